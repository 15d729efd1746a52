import { type Check } from '../types.js';
/** Every protected operation refuses each kind of bad credentials with the documented 401. */
export declare const AUTH_CHECKS: Check[];
