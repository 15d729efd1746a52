import type { Check } from '../model/types.js';
import { AUTH_CHECKS } from './auth.js';
import { HTTP_CHECKS } from './http/index.js';
import { OBJECT_AUTHORIZATION_CHECKS } from './object-authorization.js';
import { SECURITY_CHECKS } from './security.js';
import { SETTINGS_CHECKS } from './settings.js';
import { SOCKET_CHECKS } from './socket/index.js';

/** Every check, in the order they run. Ids are stable: CI history and --only rely on them. */
export const CHECKS: readonly Check[] = [
  ...HTTP_CHECKS,
  ...SETTINGS_CHECKS,
  ...AUTH_CHECKS,
  ...SOCKET_CHECKS,
  ...SECURITY_CHECKS,
  ...OBJECT_AUTHORIZATION_CHECKS,
];
