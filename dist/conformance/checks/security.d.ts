import { type Check } from '../types.js';
/** Advisories: reported as warnings, never failing a run. */
export declare const SECURITY_CHECKS: Check[];
