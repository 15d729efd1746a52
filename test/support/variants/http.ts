import { everyObject, isLoginOrRefresh, mapJson } from '../conformance-run.js';
import type { Variant } from './variant.js';

type Envelope = { status?: unknown; success?: unknown };
/** Every case answered with the envelope: all but the bare lists (D12) and token refresh. */
const ENVELOPED = /^(?!list(Transactions|Deposits|Withdrawals)\.|refreshToken\.)[^:]+:/;
const enveloped = (aspect: string) => new RegExp(`${ENVELOPED.source}${aspect}$`);
const isEnvelope = (json: unknown): json is Envelope =>
  !!json && typeof json === 'object' && !Array.isArray(json) && 'success' in json;

/** Status, content type, envelope, message: the rules every documented answer shares. */
export const HTTP_VARIANTS: Variant[] = [
  {
    name: 'the stand-in itself, for its two security advisories',
    breakage: () => ({}),
    expect: [{ checks: /^security\./ }],
  },
  {
    name: 'a wrong status code on every response',
    breakage: () => ({
      response: (_req, res) => ({ ...res, status: res.status === 200 ? 203 : res.status + 2 }),
    }),
    expect: [
      { checks: /:status$/, rule: 'status' },
      { checks: /^auth\./, rule: 'auth.status' },
      { checks: /^changeUserSettings\.applies$/, rule: 'settings.status' },
    ],
  },
  {
    name: 'JSON labelled text/plain',
    breakage: () => ({
      response: (_req, res) => ({
        ...res,
        headers: { ...res.headers, 'content-type': 'text/plain' },
      }),
    }),
    expect: [{ checks: /:content-type$/, rule: 'content-type' }],
  },
  {
    name: 'an HTML error page instead of JSON',
    breakage: () => ({
      response: (req, res) =>
        isLoginOrRefresh(req.path)
          ? res
          : {
              ...res,
              headers: { 'content-type': 'text/html' },
              body: '<html><body><h1>Server Error (500)</h1></body></html>',
            },
    }),
    expect: [
      {
        checks:
          /^(currentUser|getMessages|listUsers|listDeposits)\.[^:]+:(schema|envelope|content-type|message)$/,
        rule: 'json-body',
      },
      { checks: /^changeUserSettings\.applies$/, rule: 'settings.read' },
    ],
  },
  {
    name: 'an envelope status outside the documented two',
    breakage: () => ({
      response: (_req, res) =>
        mapJson(res, (json) => (isEnvelope(json) ? { ...json, status: 'ok' } : json)),
    }),
    expect: [
      {
        checks: enveloped('envelope'),
        rule: 'envelope.shape',
      },
      { checks: enveloped('schema'), rule: 'schema.value' },
    ],
  },
  {
    name: 'success contradicting the status field',
    breakage: () => ({
      response: (_req, res) =>
        mapJson(res, (json) => (isEnvelope(json) ? { ...json, success: !json.success } : json)),
    }),
    expect: [
      {
        checks: enveloped('envelope'),
        rule: 'envelope.success-matches-status',
      },
    ],
  },
  {
    name: 'an envelope consistent in itself but contradicting the HTTP status',
    breakage: () => ({
      response: (_req, res) =>
        mapJson(res, (json) =>
          isEnvelope(json)
            ? {
                ...json,
                status: json.status === 'success' ? 'failure' : 'success',
                success: !json.success,
              }
            : json,
        ),
    }),
    expect: [
      {
        checks: enveloped('envelope'),
        rule: 'envelope.success-matches-http',
      },
    ],
  },
  {
    name: 'lists wrapped in an object',
    breakage: () => ({
      response: (_req, res) =>
        mapJson(res, (json) => (Array.isArray(json) ? { results: json } : json)),
    }),
    expect: [
      {
        checks: /^list(Transactions|Deposits|Withdrawals)\.ok:envelope$/,
        rule: 'envelope.bare-array',
      },
    ],
  },
  {
    name: 'undocumented extra fields',
    breakage: () => ({
      response: (_req, res) =>
        res.status === 401
          ? res
          : mapJson(res, (json) =>
              everyObject(json, (o) => Object.assign(o, { _undocumented: 1 })),
            ),
      frame: (text) => JSON.stringify({ ...JSON.parse(text), _undocumented: 1 }),
    }),
    expect: [
      { checks: /:extra-fields$/, rule: 'extra-fields' },
      { checks: /^socket\.re-message-extra-fields$/, rule: 'extra-fields' },
    ],
  },
  {
    name: 'messages that are not the documented ones',
    breakage: () => ({
      response: (_req, res) =>
        mapJson(res, (json) =>
          everyObject(
            json,
            (o) => typeof o.message === 'string' && Object.assign(o, { message: `${o.message}!` }),
          ),
        ),
    }),
    expect: [{ checks: /:message$/, rule: 'message' }],
  },
  {
    name: 'a redirect and a hang',
    timeoutMs: 400,
    breakage: () => ({
      response: (req, res) => {
        if (req.path.startsWith('/withdrawals/')) return undefined;
        return req.path.startsWith('/auth/users/')
          ? { status: 301, headers: { location: '/auth/users/v2/' }, body: '' }
          : res;
      },
    }),
    expect: [{ checks: /^list(Users|Withdrawals)\.ok:status$/, rule: 'status' }],
  },
];
