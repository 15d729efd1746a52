import type { Report } from '../model/types.js';

const xml = (text: string) =>
  text
    .replace(
      /[<>&"']/g,
      (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch,
    )
    // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 cannot carry these, so they are stripped.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/**
 * JUnit XML, one testcase a check, grouped into a suite per area (the id's first segment).
 * Warnings are passing testcases with a <system-out> note, so CI stays green on advisories.
 * `observed` (docs-silent behaviour) is a passing testcase with an `outcome` property and the
 * answer. `unconfirmed` (only the contract's assumptions broken) is a passing testcase with an `outcome`
 * property, the decision ids and a <system-out> note; with `strict` it is a failure, as the exit
 * code is.
 */
export function formatJunitReport(report: Report, { strict = false } = {}): string {
  const groups = new Map<string, Report['checks']>();
  for (const check of report.checks) {
    const area = check.id.split(/[.:]/)[0] ?? 'checks';
    groups.set(area, [...(groups.get(area) ?? []), check]);
  }
  const suites = [...groups].map(([area, checks]) => {
    const failing = (c: Report['checks'][number]) =>
      (c.outcome === 'fail' && c.severity === 'error') || (strict && c.outcome === 'unconfirmed');
    const failures = checks.filter(failing).length;
    const skipped = checks.filter((c) => c.outcome === 'skip').length;
    const time = checks.reduce((sum, c) => sum + c.duration_ms, 0) / 1000;
    const cases = checks.map((c) => {
      const attrs = `classname="conformance.${xml(area)}" name="${xml(c.id)}: ${xml(c.title)}" time="${(c.duration_ms / 1000).toFixed(3)}"`;
      const message = `${c.expected ? `expected ${c.expected}; ` : ''}${c.actual ? `received ${c.actual}` : ''}`;
      const body = [
        `docs: ${c.doc_ref}`,
        c.path ? `at: ${c.path}` : '',
        c.rule ? `rule: ${c.rule}` : '',
        c.decisions?.length ? `assumed in spec/DECISIONS.md: ${c.decisions.join(', ')}` : '',
        c.expected ? `expected: ${c.expected}` : '',
        c.actual ? `received: ${c.actual}` : '',
        c.found_at ? `found at: ${c.found_at}` : '',
        c.reproduce ? `replay: ${c.reproduce}` : '',
        ...(c.transcript ?? []).map(
          (e) =>
            `${e.at_ms} ms ${e.socket} ${e.event}${e.code === undefined ? '' : ` ${e.code}`}${e.data ? ` ${e.data}` : ''}`,
        ),
      ]
        .filter(Boolean)
        .join('\n');
      if (c.outcome === 'skip')
        return `    <testcase ${attrs}><skipped message="${xml(c.actual ?? 'skipped')}"/></testcase>`;
      if (failing(c))
        return `    <testcase ${attrs}><failure message="${xml(message)}" type="${c.outcome === 'fail' ? 'contract' : 'unconfirmed'}">${xml(body)}</failure></testcase>`;
      if (c.outcome === 'unconfirmed')
        return `    <testcase ${attrs}><properties><property name="outcome" value="unconfirmed"/><property name="decisions" value="${xml((c.decisions ?? []).join(' '))}"/></properties><system-out>${xml(`UNCONFIRMED ${body}`)}</system-out></testcase>`;
      if (c.outcome === 'fail')
        return `    <testcase ${attrs}><system-out>${xml(`WARNING ${body}`)}</system-out></testcase>`;
      // Observed: what the server does where the docs are silent, never a failure (D113).
      if (c.outcome === 'observed')
        return `    <testcase ${attrs}><properties><property name="outcome" value="observed"/><property name="observed" value="${xml(c.actual ?? '')}"/></properties><system-out>${xml(`OBSERVED ${body}`)}</system-out></testcase>`;
      return `    <testcase ${attrs}/>`;
    });
    return `  <testsuite name="${xml(area)}" tests="${checks.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${time.toFixed(3)}" timestamp="${report.started_at}">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const { passed, failed, unconfirmed, warnings, skipped, observed } = report.summary;
  const total = passed + failed + unconfirmed + warnings + skipped + observed;
  const failures = failed + (strict ? unconfirmed : 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="9app conformance: ${xml(report.target)}" tests="${total}" failures="${failures}" errors="0" skipped="${skipped}">\n${suites.join('\n')}\n</testsuites>\n`;
}
