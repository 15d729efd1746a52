import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../conformance/model/types.js';
import type { Breakage } from '../support/breaking-proxy.js';
import { ACCOUNT_FLAGS, runCli, useBreakingProxy } from '../support/conformance.js';
import { everyPayloadObject, mapJson } from '../support/conformance-run.js';
import { type TestStandIn, useStandIn } from '../support/standin.js';

let standIn: TestStandIn;
useStandIn(
  (started) => ({ standIn } = started),
  {},
  { otherClients: 'the conformance CLI, through the breaking proxy' },
);
const proxy = useBreakingProxy(() => standIn.url);

/** Rewrites every object in the transactions list (users included): the one response looked at. */
const transactions = (change: (t: Record<string, unknown>) => void): Breakage => ({
  response: (req, res) =>
    req.path.startsWith('/transactions/')
      ? mapJson(res, (json) => everyPayloadObject(json, change))
      : res,
});

/** The CLI on the transactions list only, with JSON and JUnit reports; answers both parsed. */
async function runOnTransactions(url: string, extra: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), '9app-outcomes-'));
  const [json, junit] = [join(dir, 'r.json'), join(dir, 'r.xml')];
  const run = await runCli([
    '--base-url',
    url,
    ...ACCOUNT_FLAGS,
    '--only',
    'listTransactions.ok:schema',
    '--json',
    json,
    '--junit',
    junit,
    ...extra,
  ]);
  const report = JSON.parse(readFileSync(json, 'utf8')) as Report;
  const result = report.checks.find((c) => c.id === 'listTransactions.ok:schema');
  return { ...run, report, result, junit: readFileSync(junit, 'utf8') };
}

describe('Outcomes: documented vs. assumed', () => {
  it('should call a value outside an assumed closed list unconfirmed, naming the decision, and exit 0', async () => {
    const url = await proxy(transactions((t) => Object.assign(t, { transaction_type: 'SWAP' })));
    const { code, out, result, report, junit } = await runOnTransactions(url);
    expect(code).toBe(0);
    expect(result).toMatchObject({
      outcome: 'unconfirmed',
      rule: 'schema.value',
      decisions: ['D17'],
    });
    expect(result?.actual).toContain(
      'the docs show only "DEPOSIT"; the server sent "SWAP" — the docs or the contract may be incomplete (D17)',
    );
    expect(report.summary).toMatchObject({ failed: 0, unconfirmed: 1 });
    expect(out).toContain('UNCONFIRMED listTransactions.ok:schema');
    expect(out).toMatch(/0 failed, 1 unconfirmed/);
    // JUnit: a passing testcase that says so, not a failure.
    expect(junit).toContain('failures="0"');
    expect(junit).toContain('<property name="outcome" value="unconfirmed"/>');
    expect(junit).toContain('<property name="decisions" value="D17"/>');
  });

  it('should fail a number in an assumed closed list: a type the docs state, not an unseen value', async () => {
    const url = await proxy(transactions((t) => Object.assign(t, { transaction_type: 42 })));
    const { code, result } = await runOnTransactions(url);
    expect(code).toBe(1);
    expect(result).toMatchObject({ outcome: 'fail', rule: 'schema.type' });
    expect(result?.decisions).toBeUndefined();
  });

  it('should fail the run on unconfirmed with --strict', async () => {
    const url = await proxy(transactions((t) => Object.assign(t, { transaction_type: 'SWAP' })));
    const { code, result, junit } = await runOnTransactions(url, ['--strict']);
    expect(code).toBe(1);
    expect(result?.outcome).toBe('unconfirmed');
    expect(junit).toContain('type="unconfirmed"');
    expect(junit).toContain('failures="1"');
  });

  it('should fail when the same answer also breaks a documented constraint', async () => {
    const url = await proxy(
      transactions((t) => Object.assign(t, { transaction_type: 'SWAP', amount: 50 })),
    );
    const { code, result } = await runOnTransactions(url);
    expect(code).toBe(1);
    expect(result).toMatchObject({ outcome: 'fail', rule: 'schema.type', decisions: ['D17'] });
    expect(result?.actual).toMatch(/^\$\[0\]\.amount: .*also unconfirmed: .*\(D17\)/);
  });

  it('should call null in a field the docs only show with a value unconfirmed (D28)', async () => {
    const url = await proxy(
      transactions((o) => {
        if ('phone_number' in o) o.phone_number = null;
      }),
    );
    const { code, result } = await runOnTransactions(url);
    expect(code).toBe(0);
    expect(result).toMatchObject({
      outcome: 'unconfirmed',
      rule: 'schema.null',
      decisions: ['D28'],
    });
    expect(result?.path).toBe('$[0].user.phone_number');
  });
});

describe('Outcomes: observed where the docs are silent (D113)', () => {
  it('should record the answer in every report format, never as a failure, and exit 0', async () => {
    const url = await proxy({
      response: (req, res) =>
        req.path.startsWith('/conformance/')
          ? { status: 404, headers: { 'content-type': 'text/html' }, body: '<h1>Not Found</h1>' }
          : res,
    });
    const dir = mkdtempSync(join(tmpdir(), '9app-observed-'));
    const [json, junit, html] = ['r.json', 'r.xml', 'r.html'].map((name) => join(dir, name));
    const { code, out } = await runCli([
      '--base-url',
      url,
      ...ACCOUNT_FLAGS,
      '--only',
      'observe.http.unknown-route',
      '--json',
      json ?? '',
      '--junit',
      junit ?? '',
      '--html',
      html ?? '',
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(json ?? '', 'utf8')) as Report;
    expect(report.summary).toMatchObject({ failed: 0, observed: 1 });
    expect(report.checks[0]).toMatchObject({ outcome: 'observed', actual: '404 text/html html' });
    expect(report.observations).toEqual([
      expect.objectContaining({
        id: 'http.unknown-route',
        summary: '404 text/html html',
        observed: { channel: 'http', status: 404, content_type: 'text/html', body_shape: 'html' },
        evidence: { http: expect.objectContaining({ reproduce: expect.stringContaining('curl') }) },
      }),
    ]);
    expect(out).toMatch(
      /Observed where the docs are silent \(1; recorded, not judged\):\n {2}http\.unknown-route {2}404 text\/html html/,
    );
    expect(out).not.toContain('FAIL');
    const xml = readFileSync(junit ?? '', 'utf8');
    expect(xml).toContain('failures="0"');
    expect(xml).toContain('<property name="outcome" value="observed"/>');
    expect(xml).toContain('<property name="observed" value="404 text/html html"/>');
    expect(xml).not.toContain('<failure');
    const page = readFileSync(html ?? '', 'utf8');
    expect(page).toContain('Observed where the docs are silent');
    expect(page).toContain('<span class="observed">1 observed</span>');
  });
});
