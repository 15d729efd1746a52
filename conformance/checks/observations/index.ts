import type { Check } from '../../model/types.js';
import { HTTP_OBSERVATIONS } from './http.js';
import { SOCKET_OBSERVATIONS } from './socket.js';

/**
 * One check per question of spec/schemas/observations.ts: what the server does where the docs are
 * silent, recorded as `observed` and never judged (D113). The stand-in's `--like` reads them back.
 */
export const OBSERVATIONS: Check[] = [...SOCKET_OBSERVATIONS, ...HTTP_OBSERVATIONS];
