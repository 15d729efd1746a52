import {
  bearer,
  type HttpCall,
  type HttpResult,
  httpCall,
  openSocket,
} from '../../conformance/client/http-client.js';
import { watched } from './contract-violations.js';
import { checkDeclaredDeviation } from './declared-deviations.js';
import {
  followRef,
  PUBLISHED_ASYNCAPI,
  PUBLISHED_OPENAPI,
  pointer,
  validateAt,
} from './published-contract.js';

/**
 * Every response and frame the story and robustness tests receive from the stand-in is checked
 * here against the published documents (Ajv, not Zod). The test support calls `watchHttp` and
 * `watchFrame` on each one; a mismatch is recorded and thrown, and `test/support/setup.ts` fails the
 * running test if any is left. The counters let a file prove the watch saw every response.
 */

export interface WatchedResponse {
  method: string;
  /** As requested: may lack the trailing slash, may carry a query. */
  path: string;
  /** The request asked for a forced answer (`Prefer`, D26). */
  prefer?: string;
  status: number;
  contentType?: string;
  json: unknown;
  /** `X-Standin-Deviation`: a deliberate answer outside the contract, judged by its decision. */
  deviation?: string;
}

type Node = Record<string, unknown>;
const paths = PUBLISHED_OPENAPI.paths as Record<string, Record<string, Node>>;
const templates = Object.keys(paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

/** The stand-in's own pages and controls: outside the contract, never validated against it. */
const STAND_IN_OWN =
  /^\/(?:$|docs|__mock|openapi\.json|asyncapi\.json|chat\/room\/ws|ws\/chat\/room)/;

const FAILURE_ENVELOPE = pointer('components', 'schemas', 'FailureEnvelope');
const METHOD_NOT_ALLOWED = pointer('components', 'schemas', 'MethodNotAllowed');

function publishedPath(rawPath: string): string | undefined {
  // The path as the client sends it: `..` and `.` segments already resolved.
  const { pathname: path } = new URL(rawPath, 'http://stand-in');
  // The stand-in answers paths without their trailing slash like the slashed ones (D22).
  const slashed = path.endsWith('/') ? path : `${path}/`;
  return templates.find((t) => t.pattern.test(slashed))?.template;
}

/** The problems of one HTTP response, judged only by the published OpenAPI document. */
export function checkHttpResponse(r: WatchedResponse): string[] {
  const template = publishedPath(r.path);
  const where = `${r.method} ${r.path} → ${r.status}`;
  const declared = checkDeclaredDeviation(r, where);
  if (declared) return declared;
  if (r.prefer && r.status === 400 && !STAND_IN_OWN.test(new URL(r.path, 'http://s').pathname))
    // A refused `Prefer` (`code=abc`, `delay=-5`) is the stand-in's control speaking (D26, D51),
    // answered before routing, in the envelope.
    return validateBody(where, r, FAILURE_ENVELOPE);
  if (!template) {
    if (STAND_IN_OWN.test(new URL(r.path, 'http://stand-in').pathname)) return [];
    if (r.status !== 404) return [`${where}: a path outside the contract must be 404`];
    return validateBody(where, r, FAILURE_ENVELOPE);
  }
  const item = paths[template] ?? {};
  const method = r.method === 'HEAD' ? 'get' : r.method.toLowerCase();
  const operation = item[method];
  if (!operation) {
    if (r.method === 'OPTIONS') return r.status < 300 ? [] : [`${where}: OPTIONS must succeed`];
    if (r.status === 405) return validateBody(where, r, METHOD_NOT_ALLOWED);
    const sibling = Object.entries(item).find(([, op]) => responsesOf(op)[r.status]);
    if (r.status === 401 && sibling)
      return checkBody(where, r, [template, sibling[0], String(r.status)]);
    return [`${where}: an undeclared method must answer 405, got ${r.status}`];
  }
  if (r.prefer?.includes('code=') && !responsesOf(operation)[r.status])
    // A forced status the operation does not document is the control speaking too (D50): 5xx as
    // production's HTML pages, 4xx in the envelope.
    return r.status >= 500 ? [] : validateBody(where, r, FAILURE_ENVELOPE);
  if (!responsesOf(operation)[r.status])
    return [
      `${where}: Received ${r.status} / Documented: ${Object.keys(responsesOf(operation)).join(', ')}`,
    ];
  return checkBody(where, r, [template, method, String(r.status)]);
}

const responsesOf = (operation: Node | undefined) =>
  (operation?.responses ?? {}) as Record<string, Node>;

function checkBody(where: string, r: WatchedResponse, [template, method, status]: string[]) {
  const response = responsesOf(paths[template ?? '']?.[method ?? ''])[status ?? ''];
  const content = response?.content as Record<string, unknown> | undefined;
  if (!content) return [];
  if (r.method === 'HEAD') return [];
  if (!content['application/json']) return [`${where}: no JSON content documented`];
  if (!r.contentType?.startsWith('application/json'))
    return [`${where}: content type ${r.contentType}, documented application/json`];
  const at = pointer('paths', template ?? '', method ?? '', 'responses', status ?? '', 'content');
  return validateBody(where, r, `${at}${pointer('application/json', 'schema')}`);
}

/**
 * A HEAD answer has no body to check; its status was checked like GET's. An answer that declares
 * broken assumptions (D126) is judged with only the assumed rules lifted: every documented one holds.
 */
function validateBody(where: string, r: WatchedResponse, schemaAt: string): string[] {
  if (r.method === 'HEAD') return [];
  const document = r.deviation?.includes('D126; broken assumptions:')
    ? 'openapi-without-assumptions'
    : 'openapi';
  return validateAt(document, schemaAt, r.json).map((problem) => `${where}: ${problem}`);
}

/** The payload pointers of every message the server may send (the `receive` operations). */
const receivedPayloads = Object.values(PUBLISHED_ASYNCAPI.operations as Record<string, Node>)
  .filter((operation) => operation.action === 'receive')
  .flatMap((operation) => operation.messages as { $ref: string }[])
  .map((message) => `${followRef(PUBLISHED_ASYNCAPI, message.$ref)}/payload`);

/** The problems of one frame the server sent, judged only by the published AsyncAPI document. */
export function checkServerFrame(frame: unknown): string[] {
  const results = receivedPayloads.map((at) => validateAt('asyncapi', at, frame));
  if (results.some((problems) => problems.length === 0)) return [];
  return [
    `frame ${JSON.stringify(frame).slice(0, 200)} matches no received message: ${results.flat().join('; ')}`,
  ];
}

export type StandInCall = (
  call: Omit<HttpCall, 'url'> & { path: string; token?: string },
) => Promise<HttpResult>;

/**
 * A client for the stand-in at `baseUrl` whose every response and frame is checked against the
 * published documents; `checked()` counts the responses, for comparing with what the server served.
 *
 * @example
 * const { call, openSocket } = watchedClient(url);
 */
export function watchedClient(baseUrl: string) {
  let checked = 0;
  const call: StandInCall = async ({ path, token, headers, ...rest }) => {
    const res = await httpCall({
      ...rest,
      url: `${baseUrl}${path}`,
      headers: { ...(token ? bearer(token) : {}), ...headers },
    });
    if (res.ok) {
      checked += 1;
      watchHttp({
        method: rest.method,
        path,
        prefer: headers?.prefer,
        status: res.status,
        contentType: res.headers['content-type'],
        json: res.json,
        deviation: res.headers['x-standin-deviation'],
      });
    }
    return res;
  };
  return {
    call,
    openSocket: (url: string) => openSocket(url, 5000, { onFrame: watchFrame }),
    checked: () => checked,
  };
}

/** Records a checked response; throws at once on a mismatch so the calling test fails there. */
export function watchHttp(response: WatchedResponse): void {
  watched.http += 1;
  const problems = checkHttpResponse(response);
  if (problems.length === 0) return;
  watched.violations.push(...problems);
  throw new Error(`The stand-in broke the published contract:\n${problems.join('\n')}`);
}

/**
 * Records a checked frame. Frames arrive in a socket callback, where a throw would be lost, so a
 * mismatch is kept and fails the running test from test/support/setup.ts.
 */
export function watchFrame(frame: unknown): void {
  watched.frames += 1;
  watched.violations.push(...checkServerFrame(frame));
}
