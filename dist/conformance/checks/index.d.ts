import type { Check } from '../types.js';
/** Every check, in the order they run. Ids are stable: CI history and --only rely on them. */
export declare const CHECKS: readonly Check[];
