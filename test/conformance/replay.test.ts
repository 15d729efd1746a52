import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../conformance/model/types.js';
import { breakAuthenticatedAnswers, type ProxiedRequest } from '../support/breaking-proxy.js';
import { ACCOUNT_FLAGS, runCli, useBreakingProxy } from '../support/conformance.js';
import { PASSWORD, type TestStandIn, UDO, useStandIn } from '../support/standin.js';

/**
 * A finding's `curl` line names the run's secrets as shell variables (`$TOKEN`, D43), to be
 * exported before pasting it. It replays the finding only if bash expands them: so each replay
 * here goes to a proxy that breaks what an authenticated request gets and lets a refusal through,
 * and must show the broken answer with the real secret and the refusal with a spoiled one.
 */

let standIn: TestStandIn;
let token: string;
let refresh: string;
useStandIn(
  (started) => ({ standIn, token } = started),
  {},
  { otherClients: 'the conformance suite, and replayed curl lines, through the breaking proxy' },
);
const proxy = useBreakingProxy(() => standIn.url);

const run = promisify(execFile);

/** Runs a printed `curl` line through bash with `env`, as a QA engineer would; the status it shows. */
async function replay(line: string, env: Record<string, string>): Promise<number> {
  const { stdout } = await run('bash', ['-c', line], { env: { PATH: process.env.PATH, ...env } });
  return Number(/^HTTP\/[\d.]+ (\d{3})/.exec(stdout)?.[1]);
}

interface ReplayCase {
  /** The variable the replay line carries the secret in. */
  variable: string;
  check: string;
  breaks: () => (req: ProxiedRequest) => boolean;
  secret: () => string;
  /** What the server answers the request with a spoiled secret, and with an empty one. */
  refused: number;
  blank: number;
}

/** Each login after the first for an email: the suite's own logins (one each) still work. */
function laterLogins() {
  const seen = new Set<string>();
  return (req: ProxiedRequest) => {
    if (req.path !== '/auth/login/') return false;
    const email = (JSON.parse(req.body || '{}') as { email?: string }).email ?? '';
    if (seen.has(email)) return true;
    seen.add(email);
    return false;
  };
}

const CASES: ReplayCase[] = [
  {
    variable: 'TOKEN',
    check: 'getMessages.peer:status',
    breaks: () => (req) => req.path.startsWith('/chat/messages/'),
    secret: () => token,
    refused: 401,
    blank: 401,
  },
  {
    variable: 'REFRESH_TOKEN',
    check: 'refreshToken.valid:status',
    breaks: () => (req) => req.path === '/auth/token/refresh/',
    secret: () => refresh,
    refused: 401,
    blank: 400,
  },
  {
    variable: 'PASSWORD',
    check: 'login.valid-credentials:status',
    breaks: laterLogins,
    secret: () => PASSWORD,
    refused: 400,
    blank: 400,
  },
];

describe('A replay line that must authenticate', () => {
  it.each(CASES)(
    'should replay $check through the $variable variable, authenticated with the real secret only',
    async ({ variable, check, breaks, secret, refused, blank }) => {
      refresh = (await standIn.login(UDO.email)).refresh;
      const url = await proxy(breakAuthenticatedAnswers(breaks()));
      const json = join(mkdtempSync(join(tmpdir(), '9app-replay-')), 'r.json');
      const { code } = await runCli([
        '--base-url',
        url,
        ...ACCOUNT_FLAGS,
        '--only',
        check,
        '--json',
        json,
      ]);
      expect(code).toBe(1);
      const [result] = (JSON.parse(readFileSync(json, 'utf8')) as Report).checks;
      expect(result).toMatchObject({
        id: check,
        outcome: 'fail',
        http: { response: { status: 500 } },
      });
      const line = result?.reproduce ?? '';
      expect(line).toContain(`$${variable}`);
      expect(line).not.toContain(secret());

      expect(await replay(line, { [variable]: secret() }), 'with the real secret').toBe(500);
      expect(await replay(line, { [variable]: `${secret()}x` }), 'with a spoiled one').toBe(
        refused,
      );
      expect(await replay(line, {}), 'with none exported').toBe(blank);
    },
  );
});
