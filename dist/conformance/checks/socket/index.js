import { DELIVERY_CHECKS } from './delivery.js';
import { HANDSHAKE_CHECKS } from './handshake.js';
import { HISTORY_CHECKS } from './history.js';
/** The chat socket's checks, split along its seams: handshake, delivery, the history it leaves. */
export const SOCKET_CHECKS = [...HANDSHAKE_CHECKS, ...DELIVERY_CHECKS, ...HISTORY_CHECKS];
