import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../conformance/model/types.js';
import { ACCOUNT_FLAGS as accounts, runCli, useBreakingProxy } from '../support/conformance.js';
import { expiredTokenFor, TEST_SECRET } from '../support/conformance-run.js';
import {
  freePort,
  KYRIAN,
  PASSWORD,
  type TestStandIn,
  UDO,
  useStandIn,
} from '../support/standin.js';

let standIn: TestStandIn;
useStandIn(
  (started) => ({ standIn } = started),
  { secret: TEST_SECRET },
  { otherClients: 'the conformance CLI under test' },
);
const proxy = useBreakingProxy(() => standIn.url);

const expired = ['--expired-token', expiredTokenFor(UDO.id)];

describe('The conformance CLI', () => {
  it('should exit 0 against the stand-in and write JSON and JUnit reports', async () => {
    const dir = mkdtempSync(join(tmpdir(), '9app-reports-'));
    const { code, out } = await runCli([
      '--base-url',
      standIn.url,
      ...accounts,
      ...expired,
      '--jwt-secret',
      TEST_SECRET,
      '--allow-writes',
      '--json',
      join(dir, 'r.json'),
      '--junit',
      join(dir, 'r.xml'),
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(
      /\d+ passed, 0 failed, 0 unconfirmed, 4 warnings, 0 skipped, 13 observed$/m,
    );
    expect(out.split('\n').at(-1)).toMatch(/^Coverage \d+\.\d% overall: operations 12\/12, /);
    expect(out).toContain('Observed where the docs are silent (13; recorded, not judged):');
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as Report;
    expect(Object.keys(report)).toEqual([
      'target',
      'started_at',
      'summary',
      'checks',
      'observations',
      'coverage',
    ]);
    // The whole suite, writes allowed, exercises every documented operation and socket frame kind.
    expect(report.coverage?.dimensions.operations.missed).toEqual([]);
    expect(report.coverage?.dimensions.frame_kinds.hit.map((h) => h.item)).toEqual([
      'client chat_message',
      'server re_message',
      'server error',
    ]);
    expect(Object.keys(report.checks[0] ?? {})).toEqual(
      expect.arrayContaining(['id', 'title', 'doc_ref', 'severity', 'outcome', 'duration_ms']),
    );
    const junit = readFileSync(join(dir, 'r.xml'), 'utf8');
    expect(junit).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
    expect(junit).toContain(`tests="${report.checks.length}" failures="0"`);
  });

  it('should skip the checks that change state unless --allow-writes is given', async () => {
    const { code, out } = await runCli(['--base-url', standIn.url, ...accounts, '--verbose']);
    expect(code).toBe(0);
    // The reason many checks share is printed once, the checks listed under it (issue 20).
    expect(out).toMatch(
      /\d+ skipped: changes state: run with --allow-writes\n( {2}SKIP .*\n)* {2}SKIP socket\.delivery: /,
    );
    expect(out).toMatch(/SKIP changeUserSettings\.applies/);
  });

  it('should exit 1 with the doc section, the expectation and what came back when a check fails', async () => {
    const url = await proxy({
      response: (req, res) =>
        req.path.startsWith('/chat/messages/') ? { ...res, status: 500 } : res,
    });
    const { code, out } = await runCli(['--base-url', url, ...accounts, '--only', 'getMessages']);
    expect(code).toBe(1);
    expect(out).toContain('FAIL getMessages.peer:status');
    expect(out).toContain('docs: 1. Get Messages');
    expect(out).toContain('expected: Documented: 200');
    expect(out).toContain('received: Received: HTTP 500');
  });

  it('should exit 2 with one clear line when nothing listens, or the arguments are wrong', async () => {
    const port = await freePort();
    const dead = await runCli(['--base-url', `http://127.0.0.1:${port}`, ...accounts]);
    expect(dead.code).toBe(2);
    expect(dead.err).toBe(
      `9app-conformance: cannot reach http://127.0.0.1:${port}: connection refused (127.0.0.1:${port}): is the server running?`,
    );
    expect((await runCli(['--base-url', standIn.url])).code).toBe(2);
    const bogus = await runCli(['--bogus']);
    expect(bogus.code).toBe(2);
    expect(bogus.err).toBe("9app-conformance: Unknown option '--bogus' (see --help)");
    const badLogin = await runCli([
      '--base-url',
      standIn.url,
      '--user',
      `${UDO.email}:wrong`,
      '--peer',
      `${KYRIAN.email}:${PASSWORD}`,
    ]);
    expect(badLogin).toMatchObject({
      code: 2,
      err: expect.stringContaining('Invalid login details'),
    });
  });

  it('should read NINEAPP_EXPIRED_TOKEN and NINEAPP_JWT_SECRET, so neither shows in a command line', async () => {
    const { code, out } = await runCli(
      [
        '--base-url',
        standIn.url,
        ...accounts,
        '--only',
        'auth.currentUser.expired-token',
        '--verbose',
      ],
      { NINEAPP_EXPIRED_TOKEN: expiredTokenFor(UDO.id) },
    );
    expect(code).toBe(0);
    expect(out).toContain('PASS auth.currentUser.expired-token');
    const claims = await runCli(
      ['--base-url', standIn.url, ...accounts, '--only', 'claims.http.no-exp', '--verbose'],
      { NINEAPP_JWT_SECRET: TEST_SECRET },
    );
    expect(claims.code).toBe(0);
    expect(claims.out).toContain('PASS claims.http.no-exp');
    expect(claims.out).not.toContain(TEST_SECRET);
  });

  it('should say what is wrong with a setting a new user got wrong', async () => {
    const malformed = await runCli(['--base-url', standIn.url, '--peer', `${KYRIAN.email}:x`], {
      NINEAPP_USER: UDO.email,
    });
    expect(malformed).toMatchObject({
      code: 2,
      err: '9app-conformance: env NINEAPP_USER is malformed: expected EMAIL:PASSWORD (no ":" in it)',
    });
    const typo = await runCli(['--base-url', standIn.url, ...accounts, '--alow-writes']);
    expect(typo).toMatchObject({
      code: 2,
      err: "9app-conformance: unknown option '--alow-writes': did you mean --allow-writes? (see --help)",
    });
    const prefixed = await runCli(['--base-url', `${standIn.url}/api/`, ...accounts]);
    expect(prefixed.code).toBe(2);
    expect(prefixed.err).toContain(
      "the base URL's path /api was taken as an API prefix, so the login went to /api/auth/login/",
    );
  });
});
