import type { Check } from '../../model/types.js';
import { DELIVERY_CHECKS } from './delivery.js';
import { HANDSHAKE_CHECKS } from './handshake.js';
import { HISTORY_CHECKS } from './history.js';
import { REFUSAL_CHECKS } from './refusals.js';

/** The chat socket's checks, split along its seams: handshake, refusals, delivery, the history it leaves. */
export const SOCKET_CHECKS: Check[] = [
  ...HANDSHAKE_CHECKS,
  ...REFUSAL_CHECKS,
  ...DELIVERY_CHECKS,
  ...HISTORY_CHECKS,
];
