import type { Report } from '../types.js';
/**
 * JUnit XML, one testcase a check, grouped into a suite per area (the id's first segment).
 * Warnings are passing testcases with a <system-out> note, so CI stays green on advisories.
 */
export declare function formatJunitReport(report: Report): string;
