import type { Check } from '../../types.js';
/** The chat socket's checks, split along its seams: handshake, delivery, the history it leaves. */
export declare const SOCKET_CHECKS: Check[];
