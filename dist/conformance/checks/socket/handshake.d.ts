import { type Check } from '../../types.js';
/** The handshake: refused without a token, open with one (production-notes.md, D2). */
export declare const HANDSHAKE_CHECKS: Check[];
