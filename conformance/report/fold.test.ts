import { describe, expect, it } from 'vitest';
import type { CheckResult, Report } from '../model/types.js';
import { formatConsoleReport } from './console.js';
import { foldSkips } from './fold.js';
import { formatHtmlReport } from './html.js';

const STATUS_SKIP = 'status was 405, not 200; see the status check';
const EXPIRED = 'no --expired-token: a token we alter cannot show expiry (D30)';

const result = (
  id: string,
  outcome: CheckResult['outcome'],
  actual?: string,
  caused_by?: string,
): CheckResult => ({
  id,
  title: `title of ${id}`,
  doc_ref: 'Auth',
  severity: 'error',
  outcome,
  duration_ms: 1,
  ...(actual ? { actual } : {}),
  ...(caused_by ? { caused_by } : {}),
});

const report = (checks: CheckResult[]): Report => ({
  target: 'http://localhost:1',
  started_at: '2026-12-04T00:00:00Z',
  summary: { passed: 1, failed: 1, warnings: 0, unconfirmed: 0, skipped: 6, observed: 0 },
  checks,
  observations: [],
});

/** One failed status, two aspects it held back, one lone skip, three skips sharing a reason. */
const REPORT = report([
  result('login.ok', 'pass'),
  result('getUser:schema', 'skip', STATUS_SKIP, 'getUser:status'),
  result('getUser:status', 'fail', 'HTTP 405'),
  result('getUser:envelope', 'skip', STATUS_SKIP, 'getUser:status'),
  // Its cause did not fail (it is not even in the report): a skip of its own.
  result('other:schema', 'skip', STATUS_SKIP, 'other:status'),
  result('socket.delivery', 'skip', 'changes state: run with --allow-writes'),
  result('auth.expired-a', 'skip', EXPIRED),
  result('auth.expired-b', 'skip', EXPIRED),
  result('auth.expired-c', 'skip', EXPIRED),
]);

describe('foldSkips', () => {
  it('should put a skip under its failed sibling status and gather a reason shared by three', () => {
    const { underFailure, sharedReason, folded } = foldSkips(REPORT.checks);
    expect(underFailure.get('getUser:status')?.map((c) => c.id)).toEqual([
      'getUser:schema',
      'getUser:envelope',
    ]);
    // No failed sibling: the skip stays a skip of its own.
    expect(folded.has('other:schema')).toBe(false);
    expect(sharedReason.get(EXPIRED)?.length).toBe(3);
    expect(sharedReason.has('changes state: run with --allow-writes')).toBe(false);
  });
});

describe('formatConsoleReport', () => {
  it('should print caused skips under the failure and a shared reason once', () => {
    const out = formatConsoleReport(REPORT);
    const lines = out.split('\n');
    const fail = lines.findIndex((l) => l.startsWith('FAIL getUser:status'));
    const under = lines.findIndex((l) => l.includes('skipped because of this failure (2)'));
    expect(fail).toBeGreaterThan(-1);
    expect(under).toBeGreaterThan(fail);
    expect(lines[under + 1]).toMatch(/^ {9}SKIP getUser:schema: title of getUser:schema$/);
    expect(lines[under + 2]).toMatch(/^ {9}SKIP getUser:envelope/);
    // Only the skip without a failed sibling still shows the status reason.
    expect(out.split(STATUS_SKIP).length - 1).toBe(1);
    expect(out).toContain(`SKIP other:schema: title of other:schema (${STATUS_SKIP})`);
    expect(out).toContain('SKIP socket.delivery: title of socket.delivery (changes state');
    expect(out.split(EXPIRED).length - 1).toBe(1);
    const header = lines.indexOf(`3 skipped: ${EXPIRED}`);
    expect(lines.slice(header + 1, header + 4)).toEqual([
      '  SKIP auth.expired-a: title of auth.expired-a',
      '  SKIP auth.expired-b: title of auth.expired-b',
      '  SKIP auth.expired-c: title of auth.expired-c',
    ]);
    // Failures still come first.
    expect(fail).toBe(2);
  });
});

describe('formatHtmlReport', () => {
  it('should fold caused skips under the failure and print a shared reason once', () => {
    const page = formatHtmlReport(REPORT);
    const fail = page.indexOf('data-id="getUser:status"');
    const caused = page.indexOf('2 skipped because of this failure');
    expect(caused).toBeGreaterThan(fail);
    expect(page.indexOf('data-id="getUser:schema"')).toBeGreaterThan(caused);
    expect(page.split('data-id="getUser:schema"').length - 1).toBe(1);
    expect(page.split(EXPIRED.replace("'", '&#39;')).length - 1).toBe(1);
    expect(page).toContain('<h2>Skipped for a shared reason</h2>');
    for (const id of ['auth.expired-a', 'auth.expired-b', 'auth.expired-c'])
      expect(page).toContain(`data-id="${id}"`);
    expect(page).toContain('overflow-wrap:anywhere');
  });
});
