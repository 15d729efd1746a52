import {
  OBSERVATION_QUESTIONS,
  type ObservationId,
  type Observed,
} from '../../../spec/schemas/observations.js';
import { bearer, type HttpCall, httpCall } from '../../client/http-client.js';
import { bodyShapeOf } from '../../judging/body-shape.js';
import { type Check, type RunContext, skip } from '../../model/types.js';
import { observed, SILENT } from './verdict.js';

const MALFORMED_JSON = '{"email": "conformance@example.com", ';
const ORIGIN = 'https://conformance.invalid';

type Request = Omit<HttpCall, 'timeoutMs'>;

/** The HTTP questions: one request each, answered by status, content type and the body's shape. */
const REQUESTS: [ObservationId, (ctx: RunContext) => Request][] = [
  [
    'http.login-malformed-json',
    (ctx) => ({ method: 'POST', url: `${ctx.baseUrl}/auth/login/`, body: MALFORMED_JSON }),
  ],
  [
    'http.settings-malformed-json',
    (ctx) => ({
      method: 'GET',
      url: `${ctx.baseUrl}/exec/user/settings/${ctx.user.id}/`,
      headers: bearer(ctx.user.token),
      body: '{"can_trade_btc": ',
    }),
  ],
  [
    'http.get-without-slash',
    (ctx) => ({ method: 'GET', url: `${ctx.baseUrl}/auth/user`, headers: bearer(ctx.user.token) }),
  ],
  [
    // Get all users: a POST that only reads.
    'http.post-without-slash',
    (ctx) => ({
      method: 'POST',
      url: `${ctx.baseUrl}/auth/users`,
      headers: bearer(ctx.user.token),
    }),
  ],
  [
    'http.unknown-route',
    (ctx) => ({
      method: 'GET',
      url: `${ctx.baseUrl}/conformance/no-such-route/`,
      headers: bearer(ctx.user.token),
    }),
  ],
  [
    'http.cors-preflight',
    (ctx) => ({
      method: 'OPTIONS',
      url: `${ctx.baseUrl}/auth/user/`,
      headers: {
        origin: ORIGIN,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    }),
  ],
];

/** The HTTP requests the docs say nothing about, and how this server answers them. */
export const HTTP_OBSERVATIONS: Check[] = REQUESTS.map(
  ([id, request]): Check => ({
    id: `observe.${id}`,
    title: OBSERVATION_QUESTIONS[id],
    docRef: SILENT,
    severity: 'warning',
    observes: true,
    async run(ctx) {
      const res = await httpCall({ ...request(ctx), timeoutMs: ctx.timeoutMs });
      if (!res.ok) return skip(`no HTTP answer: ${res.error}`);
      const contentType = res.headers['content-type'] ?? null;
      const answer: Observed = {
        channel: 'http',
        status: res.status,
        content_type: contentType,
        body_shape: bodyShapeOf(contentType, res.text),
        ...(res.headers.location ? { location: res.headers.location } : {}),
        ...(id === 'http.cors-preflight'
          ? { allow_origin: res.headers['access-control-allow-origin'] ?? null }
          : {}),
      };
      return observed(id, answer);
    },
  }),
);
