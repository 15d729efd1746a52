import { AUTH_CHECKS } from './auth.js';
import { HTTP_CHECKS } from './http.js';
import { SECURITY_CHECKS } from './security.js';
import { SETTINGS_CHECKS } from './settings.js';
import { SOCKET_CHECKS } from './socket/index.js';
/** Every check, in the order they run. Ids are stable: CI history and --only rely on them. */
export const CHECKS = [
    ...HTTP_CHECKS,
    ...SETTINGS_CHECKS,
    ...AUTH_CHECKS,
    ...SOCKET_CHECKS,
    ...SECURITY_CHECKS,
];
