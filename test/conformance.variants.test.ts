import { describe, expect, it } from 'vitest';
import { CHECKS } from '../conformance/checks/index.js';
import { defaultWsUrl, prepareContext } from '../conformance/context.js';
import { runChecks } from '../conformance/run.js';
import type { Report } from '../conformance/types.js';
import {
  type Breakage,
  type ProxiedResponse,
  startBreakingProxy,
} from './support/breaking-proxy.js';
import { PROVEN_ELSEWHERE } from './support/proven-elsewhere.js';
import { KYRIAN, PASSWORD, type TestStandIn, UDO, useStandIn } from './support/standin.js';

let standIn: TestStandIn;
let userToken: string;
useStandIn(
  (started) => ({ standIn, token: userToken } = started),
  {},
  { otherClients: 'the conformance suite, through the breaking proxy' },
);

/**
 * Logs in against the stand-in itself, then points every check at `baseUrl`: a broken login must
 * fail the login checks, not stop the run.
 */
async function runSuite(baseUrl: string, timeoutMs = 1500): Promise<Report> {
  const ctx = await prepareContext({
    baseUrl: standIn.url,
    user: { email: UDO.email, password: PASSWORD },
    peer: { email: KYRIAN.email, password: PASSWORD },
    allowWrites: true,
    timeoutMs,
  });
  return runChecks({ ...ctx, baseUrl, wsUrl: defaultWsUrl(baseUrl) });
}

/** Rewrites a JSON body; non-JSON bodies pass untouched. */
function mapJson(res: ProxiedResponse, change: (json: unknown) => unknown): ProxiedResponse {
  try {
    return { ...res, body: JSON.stringify(change(JSON.parse(res.body))) };
  } catch {
    return res;
  }
}

function everyObject(value: unknown, change: (object: Record<string, unknown>) => void): unknown {
  if (Array.isArray(value)) {
    for (const item of value) everyObject(item, change);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) everyObject(item, change);
    change(value as Record<string, unknown>);
  }
  return value;
}

const isLoginOrRefresh = (path: string) =>
  path.startsWith('/auth/login') || path.startsWith('/auth/token/refresh');

interface Variant {
  name: string;
  timeoutMs?: number;
  breakage: () => Breakage;
  /** The checks that must fail: ids ending with a suffix, or exact ids. */
  mustFail: (id: string) => boolean;
}

const VARIANTS: Variant[] = [
  {
    name: 'a wrong status code on every response',
    breakage: () => ({
      response: (_req, res) => ({ ...res, status: res.status === 200 ? 203 : res.status + 2 }),
    }),
    mustFail: (id) => id.endsWith(':status') || id.startsWith('auth.'),
  },
  {
    name: 'JSON labelled text/plain',
    breakage: () => ({
      response: (_req, res) => ({
        ...res,
        headers: { ...res.headers, 'content-type': 'text/plain' },
      }),
    }),
    mustFail: (id) => id.endsWith(':content-type'),
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
    mustFail: (id) =>
      /^(currentUser|getMessages|listUsers|listDeposits)\.[^:]+:(schema|envelope|content-type)$/.test(
        id,
      ),
  },
  {
    name: 'an inconsistent envelope, and lists wrapped in an object',
    breakage: () => ({
      response: (_req, res) =>
        mapJson(res, (json) =>
          Array.isArray(json)
            ? { results: json }
            : json && typeof json === 'object' && 'success' in json
              ? { ...json, success: !(json as { success: boolean }).success }
              : json,
        ),
    }),
    mustFail: (id) => id.endsWith(':envelope'),
  },
  {
    name: 'fields dropped, renamed or of the wrong type',
    breakage: () => ({
      response: (_req, res) =>
        mapJson(res, (json) => {
          if (Array.isArray(json)) return json.map(() => ({ renamed: true }));
          const body = json as Record<string, unknown>;
          if ('access' in body) return { acess: body.access };
          if ('success' in body) return { ...body, entity: body.entity === null ? 'not null' : 42 };
          return body;
        }),
    }),
    mustFail: (id) => id.endsWith(':schema'),
  },
  {
    name: 'undocumented extra fields',
    breakage: () => ({
      response: (_req, res) =>
        mapJson(res, (json) => everyObject(json, (o) => Object.assign(o, { _undocumented: 1 }))),
      frame: (text) => JSON.stringify({ ...JSON.parse(text), _undocumented: 1 }),
    }),
    mustFail: (id) => id.endsWith(':extra-fields') || id === 'socket.re-message-extra-fields',
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
    mustFail: (id) => id.endsWith(':message'),
  },
  {
    name: 'authentication not enforced',
    breakage: () => ({
      request: (req) =>
        void (
          isLoginOrRefresh(req.path) ||
          Object.assign(req.headers, { authorization: `Bearer ${userToken}` })
        ),
    }),
    mustFail: (id) => id.startsWith('auth.'),
  },
  {
    name: '401 without its WWW-Authenticate header',
    breakage: () => ({
      response: (_req, res) => ({
        ...res,
        headers: Object.fromEntries(
          Object.entries(res.headers).filter(([k]) => k !== 'www-authenticate'),
        ),
      }),
    }),
    mustFail: (id) => id.startsWith('auth.'),
  },
  {
    name: 'a settings change that is ignored',
    breakage: () => ({
      request: (req) =>
        void (req.path.startsWith('/exec/user/settings/') && Object.assign(req, { body: '' })),
    }),
    mustFail: (id) => id === 'changeUserSettings.applies',
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
    mustFail: (id) => id === 'listUsers.ok:status' || id === 'listWithdrawals.ok:status',
  },
  {
    name: 'a socket frame with the wrong action',
    breakage: () => ({
      frame: (text) => JSON.stringify({ ...JSON.parse(text), action: 'message' }),
    }),
    mustFail: (id) => id === 'socket.delivery',
  },
  {
    name: 'a socket frame with a mistyped id',
    breakage: () => ({
      frame: (text) =>
        JSON.stringify({
          ...JSON.parse(text),
          created_msg_id: String(JSON.parse(text).created_msg_id),
        }),
    }),
    mustFail: (id) => id === 'socket.delivery',
  },
  {
    name: 'a socket frame with sender and receiver swapped',
    breakage: () => ({
      frame: (text) =>
        JSON.stringify({
          ...JSON.parse(text),
          sender_id: JSON.parse(text).receiver_id,
          receiver_id: JSON.parse(text).sender_id,
        }),
    }),
    mustFail: (id) => id === 'socket.re-message-ids',
  },
  {
    name: 'no delivery',
    breakage: () => ({ frame: () => null }),
    mustFail: (id) => id === 'socket.delivery',
  },
  {
    name: 'delivery to the wrong socket',
    breakage: () => ({ broadcast: true }),
    mustFail: (id) => id === 'socket.no-echo-to-sender',
  },
  {
    name: 'sockets closed at once',
    breakage: () => ({ closeSockets: true }),
    mustFail: (id) => id === 'socket.delivery',
  },
  {
    name: 'a handshake refused even with a token',
    breakage: () => ({ refuseSockets: true }),
    mustFail: (id) => id === 'socket.handshake-with-token',
  },
  {
    name: 'a handshake that ignores the token',
    breakage: () => ({ handshakeToken: userToken }),
    mustFail: (id) => id === 'socket.handshake-without-token',
  },
  {
    name: 'history and threads that miss the new message',
    breakage: () => ({
      response: (req, res) =>
        mapJson(res, (json) => {
          const entity = (json as { entity?: unknown }).entity;
          if (
            req.path.startsWith('/chat/messages/') &&
            entity &&
            typeof entity === 'object' &&
            'messages' in entity
          )
            (entity as { messages: unknown[] }).messages.pop();
          if (req.path.startsWith('/chat/get-user-threads/') && Array.isArray(entity))
            everyObject(
              entity,
              (o) => 'last_message' in o && Object.assign(o, { last_message: 'stale' }),
            );
          return json;
        }),
    }),
    mustFail: (id) => id === 'socket.message-in-history' || id === 'socket.thread-last-message',
  },
];

describe('The conformance suite against the stand-in', () => {
  it('should pass every required check, with only the security advisories as warnings', async () => {
    const report = await runSuite(standIn.url);
    const problems = report.checks.filter((c) => c.outcome !== 'pass');
    expect(problems.map((c) => c.id)).toEqual([
      'security.password-hashes',
      'security.cors-any-origin-with-credentials',
      'authz.peer-settings-read',
      'authz.peer-settings-change',
    ]);
    expect(report.summary).toMatchObject({ failed: 0, warnings: 4, skipped: 0 });
  });

  it('should pass the security advisories against a server that fixes them', async () => {
    const proxy = await startBreakingProxy(standIn.url, {
      response: (_req, res) => ({
        ...mapJson(res, (json) => everyObject(json, (o) => delete o.password)),
        headers: Object.fromEntries(
          Object.entries(res.headers).filter(([k]) => !k.startsWith('access-control-')),
        ),
      }),
    });
    try {
      const report = await runSuite(proxy.url);
      expect(
        report.checks.filter((c) => c.id.startsWith('security.')).map((c) => c.outcome),
      ).toEqual(['pass', 'pass']);
    } finally {
      await proxy.close();
    }
  });
});

describe('The conformance suite against deliberately broken servers', () => {
  const failedSomewhere = new Set<string>([
    'security.password-hashes',
    'security.cors-any-origin-with-credentials',
  ]);

  for (const variant of VARIANTS) {
    it(`should catch ${variant.name}`, async () => {
      const proxy = await startBreakingProxy(standIn.url, variant.breakage());
      try {
        const report = await runSuite(proxy.url, variant.timeoutMs);
        const expected = CHECKS.map((c) => c.id).filter(variant.mustFail);
        expect(expected.length, 'the variant names checks that exist').toBeGreaterThan(0);
        const notCaught = expected.filter(
          (id) => report.checks.find((c) => c.id === id)?.outcome !== 'fail',
        );
        expect(notCaught, `checks that should have failed on "${variant.name}"`).toEqual([]);
        for (const c of report.checks) if (c.outcome === 'fail') failedSomewhere.add(c.id);
      } finally {
        await proxy.close();
      }
    });
  }

  it('should have every check fail against at least one broken server', () => {
    const unproven = CHECKS.map((c) => c.id).filter(
      (id) => !failedSomewhere.has(id) && !(id in PROVEN_ELSEWHERE),
    );
    expect(unproven).toEqual([]);
  });
});
