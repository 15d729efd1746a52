import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../conformance/checks/index.js';
import type { Report } from '../../conformance/model/types.js';
import { diffReports, formatDiff } from '../../conformance/report/diff.js';
import { ACCOUNT_FLAGS, runCli, useBreakingProxy } from '../support/conformance.js';
import { KYRIAN, PASSWORD, type TestStandIn, UDO, useStandIn } from '../support/standin.js';

let standIn: TestStandIn;
useStandIn(
  (started) => ({ standIn } = started),
  {},
  { otherClients: 'the conformance CLI under test' },
);

const proxy = useBreakingProxy(() => standIn.url);

const tempDir = () => mkdtempSync(join(tmpdir(), '9app-ci-'));

/** An exit 2 is one line, with no stack trace. */
function expectOneLine(err: string) {
  expect(err.split('\n')).toHaveLength(1);
  expect(err).not.toMatch(/\n\s+at /);
}

describe('The conformance CLI in CI', () => {
  it('should list every check id with its title, and exit 0', async () => {
    const { code, out } = await runCli(['--list']);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines).toHaveLength(CHECKS.length);
    for (const [i, check] of CHECKS.entries())
      expect(lines[i]).toMatch(
        new RegExp(
          `^${check.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} +${check.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
        ),
      );
  });

  it('should list only the selected checks with --only', async () => {
    const { code, out } = await runCli(['--list', '--only', 'socket.handshake-*']);
    expect(code).toBe(0);
    expect(out.split('\n').map((line) => line.split(' ')[0])).toEqual([
      'socket.handshake-without-token',
      'socket.handshake-with-token',
      'socket.handshake-forged-signature',
      'socket.handshake-expired-token',
      'socket.handshake-other-key-token',
      'socket.handshake-refresh-token',
    ]);
  });

  it('should exit 2 naming a --only that matches nothing, with close ids, before any request', async () => {
    let requests = 0;
    const url = await proxy({ request: () => void requests++ });
    const { code, err } = await runCli([
      '--base-url',
      url,
      ...ACCOUNT_FLAGS,
      '--only',
      'getMesages.peer',
    ]);
    expect(code).toBe(2);
    expectOneLine(err);
    expect(err).toContain(
      '--only "getMesages.peer" matches no check; close ids: getMessages.peer:',
    );
    expect(requests).toBe(0);
  });

  it('should exit 2 when every selected check was skipped, saying why', async () => {
    const { code, out, err } = await runCli([
      '--base-url',
      standIn.url,
      ...ACCOUNT_FLAGS,
      '--only',
      'socket.delivery',
    ]);
    expect(code).toBe(2);
    expect(out).toContain('SKIP socket.delivery');
    expect(err).toBe(
      '9app-conformance: nothing ran: every selected check was skipped (1 × changes state: run with --allow-writes)',
    );
  });

  it('should check report paths before the first request, and exit 2 with one line', async () => {
    let requests = 0;
    const url = await proxy({ request: () => void requests++ });
    const dir = tempDir();
    mkdirSync(join(dir, 'a-folder'));
    for (const [flag, path, reason] of [
      ['--json', join(dir, 'missing', 'r.json'), 'its folder does not exist'],
      ['--junit', join(dir, 'a-folder'), 'it is a folder'],
      ['--html', join(dir, 'missing', 'r.html'), 'its folder does not exist'],
    ]) {
      const { code, err } = await runCli([
        '--base-url',
        url,
        ...ACCOUNT_FLAGS,
        flag ?? '',
        path ?? '',
      ]);
      expect(code).toBe(2);
      expectOneLine(err);
      expect(err).toBe(`9app-conformance: cannot write ${flag} ${path}: ${reason}`);
    }
    expect(requests).toBe(0);
  });

  it('should work with a base URL that has a path prefix and a trailing slash', async () => {
    const url = await proxy({ pathPrefix: '/api' });
    const { code, out } = await runCli(['--base-url', `${url}/api/`, ...ACCOUNT_FLAGS]);
    expect(out).toMatch(/\d+ passed, 0 failed/);
    expect(code).toBe(0);
  });

  it('should take credentials from the environment and never print them', async () => {
    const user = await standIn.login(UDO.email);
    const peer = await standIn.login(KYRIAN.email);
    const byToken = await runCli(['--base-url', standIn.url, '--verbose'], {
      NINEAPP_TOKEN: user.token,
      NINEAPP_PEER_TOKEN: peer.token,
    });
    expect(byToken.code).toBe(0);
    expect(byToken.out).toContain('SKIP login.valid-credentials');
    const byPassword = await runCli(['--base-url', standIn.url, '--only', 'login.'], {
      NINEAPP_USER: `${UDO.email}:${PASSWORD}`,
      NINEAPP_PEER: `${KYRIAN.email}:${PASSWORD}`,
    });
    expect(byPassword.code).toBe(0);
    const missing = await runCli(['--base-url', standIn.url], {
      NINEAPP_USER: `${UDO.email}:${PASSWORD}`,
    });
    expect(missing).toMatchObject({
      code: 2,
      err: '9app-conformance: --peer EMAIL:PASSWORD (env NINEAPP_PEER) or --peer-token JWT (env NINEAPP_PEER_TOKEN) is required',
    });
    const wrong = await runCli(['--base-url', standIn.url, '--peer-token', peer.token], {
      NINEAPP_TOKEN: `${user.token}x`,
    });
    expect(wrong.code).toBe(2);
    expectOneLine(wrong.err);
    for (const secret of [user.token, peer.token, PASSWORD])
      for (const output of [byToken.out, byPassword.out, wrong.err])
        expect(output).not.toContain(secret);
  });
});

describe('A check whose precondition failed', () => {
  it('should be skipped with the reason, never passed', async () => {
    const url = await proxy({ frame: () => null });
    const json = join(tempDir(), 'r.json');
    const args = ['--base-url', url, ...ACCOUNT_FLAGS, '--allow-writes', '--only', 'socket.'];
    expect((await runCli([...args, '--timeout', '500', '--json', json])).code).toBe(1);
    const results = (JSON.parse(readFileSync(json, 'utf8')) as Report).checks;
    const outcome = (id: string) => results.find((c) => c.id === id);
    expect(outcome('socket.delivery')?.outcome).toBe('fail');
    for (const id of [
      'socket.re-message-extra-fields',
      'socket.no-echo-to-sender',
      'socket.re-message-ids',
    ])
      expect(outcome(id)).toMatchObject({
        outcome: 'skip',
        actual: expect.stringContaining('see socket.delivery'),
      });
  });
});

describe('9app-conformance diff', () => {
  const report = (outcomes: Record<string, Report['checks'][number]['outcome']>): Report => ({
    target: 'http://x',
    started_at: '2026-01-01T00:00:00.000Z',
    summary: { passed: 0, failed: 0, warnings: 0, unconfirmed: 0, skipped: 0, observed: 0 },
    observations: [],
    checks: Object.entries(outcomes).map(([id, outcome]) => ({
      id,
      title: `title of ${id}`,
      doc_ref: 'docs',
      severity: id.startsWith('w') ? 'warning' : 'error',
      outcome,
      duration_ms: 1,
    })),
  });
  const before = report({
    a: 'pass',
    b: 'fail',
    c: 'fail',
    d: 'pass',
    e: 'unconfirmed',
    w: 'pass',
  });
  const after = report({
    a: 'fail',
    b: 'fail',
    c: 'pass',
    d: 'unconfirmed',
    e: 'pass',
    w: 'fail',
    n: 'fail',
  });

  it('should sort every change: new failures, still failing, fixed, unconfirmed changes', () => {
    const ids = (changes: { id: string }[]) => changes.map((c) => c.id);
    const diff = diffReports(before, after);
    expect(ids(diff.newFailures)).toEqual(['a', 'n']);
    expect(ids(diff.stillFailing)).toEqual(['b']);
    expect(ids(diff.fixed)).toEqual(['c']);
    expect(ids(diff.unconfirmedChanges)).toEqual(['d', 'e']);
    expect(diff.otherChanges).toEqual([
      { id: 'w', title: 'title of w', before: 'pass', after: 'warning' },
    ]);
  });

  it('should exit 1 on new failures, 0 without, and 2 on a file that is not a report', async () => {
    const dir = tempDir();
    const [old, now, junk] = ['old.json', 'new.json', 'junk.json'].map((name) => join(dir, name));
    writeFileSync(old ?? '', JSON.stringify(before));
    writeFileSync(now ?? '', JSON.stringify(after));
    writeFileSync(junk ?? '', '{"not":"a report"}');
    const worse = await runCli(['diff', old ?? '', now ?? '']);
    expect(worse.code).toBe(1);
    expect(worse.out).toContain('New failures (2):\n  a: pass → fail  title of a');
    const allPass = join(dir, 'all-pass.json');
    writeFileSync(allPass, JSON.stringify(report({ a: 'pass', b: 'pass', c: 'pass', n: 'pass' })));
    const better = await runCli(['diff', now ?? '', allPass]);
    expect(better.code).toBe(0);
    expect(better.out).toContain('Fixed (3):');
    const broken = await runCli(['diff', old ?? '', junk ?? '']);
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('is not a conformance JSON report');
    expect(readFileSync(old ?? '', 'utf8')).toContain('"a"');
  });

  it('should show what a new failure expected and received, and list lost coverage on its own', () => {
    const old = report({ a: 'pass', l: 'pass', w: 'fail' });
    const now = report({ a: 'fail', l: 'skip', w: 'skip' });
    const [failing] = now.checks;
    Object.assign(failing ?? {}, { expected: 'Documented: 200', actual: 'Received: HTTP 500' });
    const diff = diffReports(old, now);
    expect(diff.lostCoverage.map((c) => c.id)).toEqual(['l', 'w']);
    const text = formatDiff(diff, old, now);
    expect(text).toContain(
      'New failures (1):\n  a: pass → fail  title of a\n      - expected: Documented: 200\n      + received: Received: HTTP 500',
    );
    expect(text).toContain('Lost coverage (checked before, skipped now) (2):\n  l: pass → skip');
  });
});
