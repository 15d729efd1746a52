import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { CONTROL_KEY_HEADER } from '../../spec/routes/mock.js';
import { failureResponse } from '../http/errors.js';
import type { AppEnv } from '../http/hono-env.js';

function sameKey(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Guards `/__mock/*` with the control key (D55) when there is one: a missing or wrong
 * `X-Mock-Key` is a 401 in the envelope. Without a key (loopback, none set) the controls are open.
 */
export function requireControlKey(controlKey: string | undefined): MiddlewareHandler<AppEnv> {
  return async function requireControlKey(c, next) {
    if (controlKey === undefined) return next();
    const given = c.req.header(CONTROL_KEY_HEADER);
    if (given === undefined)
      return failureResponse(
        c,
        `A control key is required: send it in the ${CONTROL_KEY_HEADER} header (the banner prints it)`,
        401,
      );
    if (!sameKey(given, controlKey))
      return failureResponse(c, `Wrong control key in ${CONTROL_KEY_HEADER}`, 401);
    return next();
  };
}
