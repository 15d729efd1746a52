import type { Check, RunContext } from '../model/types.js';
import { AUTH_CHECKS } from './auth.js';
import { CLAIM_CHECKS } from './claims.js';
import { DEACTIVATION_CHECKS } from './deactivation.js';
import { HTTP_CHECKS } from './http/index.js';
import { OBJECT_AUTHORIZATION_CHECKS } from './object-authorization.js';
import { OBSERVATIONS } from './observations/index.js';
import { SECURITY_CHECKS } from './security.js';
import { SETTINGS_CHECKS } from './settings.js';
import { exchange } from './socket/exchange.js';
import { SOCKET_CHECKS } from './socket/index.js';

/** Every check, in the order they run. Ids are stable: CI history and --only rely on them. */
export const CHECKS: readonly Check[] = [
  ...HTTP_CHECKS,
  ...SETTINGS_CHECKS,
  ...AUTH_CHECKS,
  ...CLAIM_CHECKS,
  ...SOCKET_CHECKS,
  ...SECURITY_CHECKS,
  ...OBJECT_AUTHORIZATION_CHECKS,
  ...DEACTIVATION_CHECKS,
  ...OBSERVATIONS,
];

/**
 * What a check's `needs` names, made before the first check runs (with --allow-writes only): a
 * fresh server's empty history would otherwise pass its schema check on nothing.
 */
export const PREPARATIONS: Record<
  NonNullable<Check['needs']>,
  (ctx: RunContext) => Promise<unknown>
> = {
  // The socket checks' own exchange (once per run): the history then holds the message they judge.
  conversation: (ctx) => exchange(ctx),
};
