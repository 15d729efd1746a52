import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../conformance/checks/index.js';
import type { CheckResult } from '../../conformance/model/types.js';
import type { Breakage } from '../support/breaking-proxy.js';
import { useBreakingProxy } from '../support/conformance.js';
import { runSuiteThrough, TEST_SECRET } from '../support/conformance-run.js';
import { PROVEN_ELSEWHERE } from '../support/proven-elsewhere.js';
import { KYRIAN, type TestStandIn, UDO, useStandIn } from '../support/standin.js';

const HERE = 'conformance.security.test.ts';
const PROVEN_HERE = Object.keys(PROVEN_ELSEWHERE).filter((id) => PROVEN_ELSEWHERE[id] === HERE);

let standIn: TestStandIn;
let userToken: string;
useStandIn(
  (started) => ({ standIn, token: userToken } = started),
  { secret: TEST_SECRET },
  { otherClients: 'the conformance suite, through the breaking proxy' },
);

const claimsOf = (
  token: string | null,
): { token_type?: string; exp?: number; user_id?: string } => {
  try {
    return JSON.parse(Buffer.from(token?.split('.')[1] ?? '', 'base64url').toString());
  } catch {
    return {};
  }
};

const signedByStandIn = (token: string) => {
  const [head, body, signature] = token.split('.');
  return (
    createHmac('sha256', TEST_SECRET).update(`${head}.${body}`).digest('base64url') === signature
  );
};

/** The checks proven here, run against `baseUrl` with accounts logged in at the stand-in. */
async function runProvenHere(baseUrl: string): Promise<Map<string, CheckResult>> {
  const report = await runSuiteThrough(standIn, baseUrl, {
    pair: { user: UDO, peer: KYRIAN },
    checks: CHECKS.filter((c) => PROVEN_HERE.includes(c.id)),
  });
  return new Map(report.checks.map((c) => [c.id, c]));
}

const proxy = useBreakingProxy(() => standIn.url);
const runBehind = async (breakage: Breakage) => runProvenHere(await proxy(breakage));

const outcomes = (results: Map<string, CheckResult>) =>
  Object.fromEntries([...results].map(([id, c]) => [id, c.outcome]));

describe('The security checks against the stand-in', () => {
  it('should see every bad socket token refused and the example URL connect, and warn on peer settings', async () => {
    const results = await runProvenHere(standIn.url);
    expect(outcomes(results)).toEqual({
      'socket.handshake-expired-token': 'pass',
      'socket.handshake-other-key-token': 'pass',
      'socket.handshake-refresh-token': 'pass',
      'socket.docs-example-url': 'pass',
      'authz.peer-settings-read': 'fail',
      'authz.peer-settings-change': 'fail',
      'deactivated.reactivated': 'pass',
    });
    const read = results.get('authz.peer-settings-read');
    expect(read?.severity).toBe('warning');
    expect(read?.actual).toContain('OWASP API1');
    // The change was put back: the peer's btc flag is what it was before the run.
    const res = await standIn.call({
      method: 'GET',
      path: `/exec/user/settings/${KYRIAN.id}/`,
      token: (await standIn.login(KYRIAN.email)).token,
    });
    expect(
      res.ok && (res.json as { entity: { can_trade_btc: boolean } }).entity.can_trade_btc,
    ).toBe(true);
  });
});

describe('The security checks against servers that break them', () => {
  const swapWhen = (accepted: (token: string) => boolean): Breakage => ({
    handshakeTokenFor: (token) => (token && accepted(token) ? userToken : undefined),
  });

  it.each([
    [
      'a refresh token',
      'socket.handshake-refresh-token',
      swapWhen((t) => claimsOf(t).token_type === 'refresh'),
    ],
    [
      'an expired token',
      'socket.handshake-expired-token',
      swapWhen((t) => (claimsOf(t).exp ?? 0) * 1000 < Date.now()),
    ],
    [
      'a token signed with another key',
      'socket.handshake-other-key-token',
      swapWhen((t) => !signedByStandIn(t)),
    ],
  ])('should fail when the socket accepts %s', async (_name, id, breakage) => {
    const results = await runBehind(breakage);
    expect(results.get(id)).toMatchObject({
      outcome: 'fail',
      severity: 'error',
      actual: expect.stringContaining('the socket opened'),
    });
    expect(results.get(id)?.transcript?.map((e) => e.event)).toContain('open');
  });

  it("should warn when the docs' example socket URL does not connect", async () => {
    const results = await runBehind({ refuseSocket: (path) => path === '/ws/chat/room/' });
    expect(results.get('socket.docs-example-url')).toMatchObject({
      outcome: 'fail',
      severity: 'warning',
    });
    expect(results.get('socket.handshake-refresh-token')?.outcome).toBe('pass');
  });

  it("should pass the peer-settings advisories when the server keeps each user's settings to them", async () => {
    const owner = (path: string) => /^\/exec\/user\/settings\/([^/]+)\//.exec(path)?.[1];
    const caller = (headers: Record<string, string>) =>
      claimsOf(headers.authorization?.replace(/^Bearer /, '') ?? null).user_id;
    const foreign = (req: { path: string; headers: Record<string, string> }) =>
      owner(req.path) !== undefined && owner(req.path) !== caller(req.headers);
    const results = await runBehind({
      // Refused before it reaches the stand-in: the change must not happen, not only look refused.
      request: (req) => void (foreign(req) && Object.assign(req, { body: '' })),
      response: (req, res) =>
        foreign(req)
          ? {
              status: 403,
              headers: { 'content-type': 'application/json' },
              body: '{"detail":"forbidden"}',
            }
          : res,
    });
    expect(results.get('authz.peer-settings-read')?.outcome).toBe('pass');
    expect(results.get('authz.peer-settings-change')?.outcome).toBe('pass');
  });

  it('should fail, saying what to do by hand, when the deactivated peer cannot be reactivated', async () => {
    const results = await runBehind({
      // Every reactivation is dropped on its way: the peer stays deactivated.
      request: (req) =>
        void (/"is_active":\s*true/.test(req.body) && Object.assign(req, { body: '' })),
    });
    expect(results.get('deactivated.reactivated')).toMatchObject({
      outcome: 'fail',
      severity: 'error',
      actual: `the peer ${KYRIAN.email} could NOT be reactivated: set is_active true on its settings by hand`,
    });
    // What the QA engineer would do by hand, so the next test finds the peer active.
    const back = await standIn.call({
      method: 'GET',
      path: `/exec/user/settings/${KYRIAN.id}/`,
      token: (await standIn.login(UDO.email)).token,
      body: { is_active: true },
    });
    expect(back.ok && back.status).toBe(200);
  });
});
