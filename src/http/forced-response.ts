import { STATUS_CODES } from 'node:http';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  methodNotAllowed,
  NOT_AUTHENTICATED_DETAIL,
  WWW_AUTHENTICATE,
} from '../../spec/schemas/auth.js';
import { failure } from '../../spec/schemas/envelope.js';
import type { NetworkFault } from '../../spec/schemas/mock.js';
import { allowedMethods, findContractPath, findOperation } from '../routing/route-table.js';
import type { AppEnv } from './hono-env.js';

type DocumentedResponses = Record<
  string,
  { description: string; content?: Record<string, { example?: unknown }> }
>;

/** Django's own 500 page with `DEBUG = False` (`django.views.defaults.server_error`). */
const DJANGO_SERVER_ERROR =
  '\n<!doctype html>\n<html lang="en">\n<head>\n  <title>Server Error (500)</title>\n</head>\n<body>\n  <h1>Server Error (500)</h1><p></p>\n</body>\n</html>\n';

/** What a reverse proxy (nginx's default page) answers when Django is down or slow. */
function gatewayPage(status: number): string {
  const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
}

/**
 * A forced error status (D50): the contract's own body when the operation documents the status;
 * otherwise what production's stack would send: Django's HTML 500, a gateway's HTML 502–504 (and
 * any other 5xx), DRF's bodies for 401 and 405, and the documented envelope for any other 4xx.
 */
export function forcedStatus(c: Context<AppEnv>, status: number): Response {
  const entry = findContractPath(c.req.path);
  const operation = entry && findOperation(entry, c.req.method);
  if (entry) c.header('Allow', allowedMethods(entry)); // as DRF's APIView (D72)
  const documented = (operation?.responses as DocumentedResponses | undefined)?.[String(status)];
  const code = status as ContentfulStatusCode;
  if (documented) {
    const example = documented.content?.['application/json']?.example;
    if (example !== undefined) return c.json(example, code);
  }
  if (status === 401) {
    c.header('WWW-Authenticate', WWW_AUTHENTICATE);
    return c.json({ detail: NOT_AUTHENTICATED_DETAIL }, code);
  }
  if (status === 405) return c.json(methodNotAllowed(c.req.method), code);
  if (documented) return c.json(failure(documented.description), code);
  if (status === 500) return c.html(DJANGO_SERVER_ERROR, code);
  if (status > 500) return c.html(gatewayPage(status), code);
  return c.json(failure(`${STATUS_CODES[status] ?? 'Error'} (forced by the stand-in)`), code);
}

/** A 200 that claims to be JSON and is cut off mid-way. */
const MALFORMED_JSON = '{"status": "success", "entity": [{"id": ';

/**
 * A network fault (D51) on the real connection: `reset` destroys it (RST), `empty` closes it
 * without a byte of response, `malformed` answers a 200 whose JSON body is cut off. In process
 * (`createStandIn`) the first two are handed to `onLostConnection`, so `standIn.fetch` rejects as
 * `fetch` does (D156); with neither (`app.request()` in a test) they answer an empty 502.
 */
export function networkFault(c: Context<AppEnv>, fault: NetworkFault): Response {
  if (fault === 'malformed') {
    return c.body(MALFORMED_JSON, 200, { 'Content-Type': 'application/json' });
  }
  const socket = c.env?.incoming?.socket;
  if (socket) {
    if (fault === 'reset') socket.resetAndDestroy();
    else socket.destroySoon();
  } else c.env?.onLostConnection?.(fault);
  return c.body(null, 502);
}
