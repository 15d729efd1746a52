import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult, Report } from '../../conformance/model/types.js';
import { formatHtmlReport } from '../../conformance/report/html.js';
import { type Browser, hasChromium, launchChromium } from '../support/chromium.js';

const LONG = `curl -sS -i -X POST 'http://localhost:3000/chat/messages/${'x'.repeat(400)}' -H 'Authorization: Bearer $TOKEN' --data '${'{"a":1}'.repeat(80)}'`;

const failing: CheckResult = {
  id: `sendMessage:status-${'y'.repeat(200)}`,
  title: `a title without spaces ${'z'.repeat(300)}`,
  doc_ref: 'Chat',
  severity: 'error',
  outcome: 'fail',
  duration_ms: 1,
  expected: 'HTTP 201',
  actual: `HTTP 500 ${'{"body":"long"}'.repeat(60)}`,
  reproduce: LONG,
  http: {
    request: { method: 'POST', url: `http://localhost:3000/${'p'.repeat(300)}`, headers: {} },
    response: { status: 500, headers: { 'x-long': 'h'.repeat(500) }, body: 'b'.repeat(2000) },
    reproduce: LONG,
  },
  transcript: [{ at_ms: 1, socket: 'user', event: 'received', data: 'd'.repeat(1000) }],
};

const REPORT: Report = {
  target: `http://localhost:3000/${'t'.repeat(300)}`,
  started_at: '2026-12-04T00:00:00Z',
  summary: { passed: 0, failed: 1, warnings: 0, unconfirmed: 0, skipped: 0, observed: 0 },
  checks: [failing],
  observations: [],
};

describe.skipIf(!hasChromium)('The HTML report at 1280 px', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 30_000);
  afterAll(() => browser?.close());

  it('should fit its width with every finding open, long curl lines and bodies included', async () => {
    const file = join(mkdtempSync(join(tmpdir(), '9app-report-width-')), 'report.html');
    writeFileSync(file, formatHtmlReport(REPORT));
    const tab = await browser.newTab();
    await tab.viewport(1280, 800);
    await tab.goto(`file://${file}`);
    await tab.evaluate(`document.querySelectorAll('details').forEach((d) => { d.open = true; })`);
    const width = await tab.evaluate<number>('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(1280);
  });
});
