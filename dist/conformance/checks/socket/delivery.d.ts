import { type Check } from '../../types.js';
/** One message user → peer: what arrives, to whom, and to nobody else. */
export declare const DELIVERY_CHECKS: Check[];
