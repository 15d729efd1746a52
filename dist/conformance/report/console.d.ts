import type { Report } from '../types.js';
/** The human report: one line a check, details under failures, the summary last. */
export declare function formatConsoleReport(report: Report, { verbose }?: {
    verbose?: boolean | undefined;
}): string;
