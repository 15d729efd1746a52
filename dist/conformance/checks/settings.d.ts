import { type Check } from '../types.js';
/**
 * "Change user settings": flips can_trade_btc with the documented GET-with-body, reads it back,
 * then puts the original value back.
 */
export declare const SETTINGS_CHECKS: Check[];
