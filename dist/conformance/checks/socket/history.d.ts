import { type Check } from '../../types.js';
/** After delivery, the HTTP side agrees: the message is in the history and the threads. */
export declare const HISTORY_CHECKS: Check[];
