import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../conformance/model/types.js';
import { CoverageSchema } from '../../spec/schemas/coverage.js';
import { ACCOUNT_FLAGS as accounts, runCli, useBreakingProxy } from '../support/conformance.js';
import { type TestStandIn, useStandIn } from '../support/standin.js';

let standIn: TestStandIn;
useStandIn(
  (started) => ({ standIn } = started),
  {},
  { otherClients: 'the conformance CLI under test' },
);

const proxy = useBreakingProxy(() => standIn.url);

const items = (list: Array<{ item: string }>) => list.map((entry) => entry.item);

/** The login checks only: a short run whose every exchange is known. */
async function loginRun(...extra: string[]) {
  return loginRunAgainst(standIn.url, ...extra);
}

async function loginRunAgainst(baseUrl: string, ...extra: string[]) {
  const dir = mkdtempSync(join(tmpdir(), '9app-coverage-'));
  const paths = { json: join(dir, 'r.json'), html: join(dir, 'r.html') };
  const run = await runCli([
    '--base-url',
    baseUrl,
    ...accounts,
    '--only',
    'login.*',
    '--json',
    paths.json,
    '--html',
    paths.html,
    ...extra,
  ]);
  const report = JSON.parse(readFileSync(paths.json, 'utf8')) as Report;
  return { ...run, report, html: readFileSync(paths.html, 'utf8') };
}

describe('Coverage of a conformance run', () => {
  it('should put what the run touched in the JSON report, the HTML report and one console line', async () => {
    const { code, out, report, html } = await loginRun();
    expect(code).toBe(0);
    const coverage = CoverageSchema.parse(report.coverage);
    const d = coverage.dimensions;
    // The set-up counts too: two logins and a probe without a token, then the login checks.
    expect(d.operations.hit).toEqual([
      { item: 'POST /auth/login/', count: 5 },
      { item: 'GET /auth/user/', count: 1 },
    ]);
    expect(items(d.statuses.hit)).toEqual([
      'POST /auth/login/ 200',
      'POST /auth/login/ 400',
      'GET /auth/user/ 401',
    ]);
    expect(d.statuses.missed).toContain('GET /auth/user/ 200');
    expect(items(d.request_fields.hit)).toEqual([
      'POST /auth/login/ email',
      'POST /auth/login/ password',
    ]);
    // The suite reads every answer, so it sees response fields, which the stand-in journal cannot.
    expect(d.response_fields.measured).toBe(true);
    expect(items(d.response_fields.hit)).toContain('POST /auth/login/ entity.user.email');
    expect(d.frame_kinds.hit).toEqual([]);
    expect(out).toMatch(
      /^Coverage \d+\.\d% overall: operations 2\/12, operation × status 3\/\d+,/m,
    );
    expect(html).toContain('<h2>Contract coverage</h2>');
    expect(html).toContain('<code>GET /auth/user/ 200</code>');
  });

  it('should exit 1 below --min-coverage with a one-line reason, and 0 at or above it', async () => {
    const short = await loginRun('--min-coverage', '101');
    expect(short.code).toBe(1);
    const percent = short.report.coverage?.overall.percent ?? -1;
    expect(short.out.split('\n').at(-1)).toBe(
      `coverage ${percent.toFixed(1)}% is below --min-coverage 101% (overall: the mean of the measured dimensions' percentages (D137))`,
    );
    const enough = await loginRun('--min-coverage', `${percent}`);
    expect(enough.code).toBe(0);
    expect(enough.out).not.toContain('below --min-coverage');
  });

  it('should refuse a threshold that is not a percentage, before the first request', async () => {
    const { code, err } = await runCli([
      '--base-url',
      standIn.url,
      ...accounts,
      '--min-coverage',
      'most',
    ]);
    expect(code).toBe(2);
    expect(err).toBe('9app-conformance: --min-coverage must be a percentage (0 to 100), got most');
  });

  it('should list a status the contract does not document as undocumented, seen, never as covered', async () => {
    const teapot = await proxy({
      response: (req, res) =>
        req.path.startsWith('/auth/login') && res.status === 400 ? { ...res, status: 418 } : res,
    });
    const { code, report } = await loginRunAgainst(teapot);
    expect(code).toBe(1); // the status checks fail too: coverage only lists, the checks judge
    const d = CoverageSchema.parse(report.coverage).dimensions;
    expect(items(d.statuses.hit)).toEqual(['POST /auth/login/ 200', 'GET /auth/user/ 401']);
    expect(d.statuses.undocumented).toEqual([{ item: 'POST /auth/login/ 418', count: 2 }]);
    expect(d.statuses.missed).toContain('POST /auth/login/ 400');
  });

  it('should measure a fuzz run the same way, and hold it to --min-coverage', async () => {
    const json = join(mkdtempSync(join(tmpdir(), '9app-coverage-')), 'fuzz.json');
    const { code, out } = await runCli([
      'fuzz',
      '--base-url',
      standIn.url,
      ...accounts,
      '--only',
      'currentUser',
      '--max-cases',
      '5',
      '--seed',
      '7',
      '--json',
      json,
      '--min-coverage',
      '101',
    ]);
    expect(code).toBe(1);
    expect(out).toMatch(/^Coverage \d+\.\d% overall: operations 2\/12, /m);
    expect(out.split('\n').at(-1)).toMatch(/^coverage \d+\.\d% is below --min-coverage 101%/);
    const report = JSON.parse(readFileSync(json, 'utf8')) as Report;
    const d = CoverageSchema.parse(report.coverage).dimensions;
    expect(items(d.operations.hit)).toEqual(['POST /auth/login/', 'GET /auth/user/']);
    expect(items(d.statuses.hit)).toContain('GET /auth/user/ 200');
  });
});
