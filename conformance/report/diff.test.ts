import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SetupError } from '../model/setup-error.js';
import { diffReports, formatDiff, readReportFile, runDiff } from './diff.js';

type Outcome = 'pass' | 'fail' | 'unconfirmed' | 'skip' | 'observed';
/** A check by standing: `warning` is a failed advisory check. */
type Standing = Outcome | 'warning';

const check = (id: string, standing: Standing, title = `title of ${id}`) => ({
  id,
  title,
  severity: standing === 'warning' ? ('warning' as const) : ('error' as const),
  outcome: standing === 'warning' ? ('fail' as const) : standing,
});
const report = (target: string, checks: ReturnType<typeof check>[]) => ({ target, checks });
const STANDINGS: Standing[] = ['pass', 'fail', 'warning', 'unconfirmed', 'skip', 'observed'];

/** Where each transition belongs; `null`: unchanged, listed nowhere. */
function expectedGroup(before: Standing | 'absent', after: Standing | 'absent'): string | null {
  if (after === 'fail') return before === 'fail' ? 'stillFailing' : 'newFailures';
  if (after === 'absent') return 'lost';
  if (before === 'fail' && after === 'pass') return 'fixed';
  if (before === after) return null;
  if (before === 'absent') return 'appeared';
  if (before === 'unconfirmed' || after === 'unconfirmed') return 'unconfirmedChanges';
  if (after === 'skip' && (before === 'pass' || before === 'warning')) return 'lostCoverage';
  return 'otherChanges';
}

describe('diffReports', () => {
  it('should sort every transition between two standings, appeared and vanished included', () => {
    const all: (Standing | 'absent')[] = [...STANDINGS, 'absent'];
    const pairs = all
      .flatMap((b) => all.map((a) => [b, a] as const))
      .filter(([b, a]) => b !== 'absent' || a !== 'absent');
    const id = (b: string, a: string) => `${b}>${a}`;
    const before = report(
      'old',
      pairs.flatMap(([b, a]) => (b === 'absent' ? [] : [check(id(b, a), b)])),
    );
    const after = report(
      'new',
      pairs.flatMap(([b, a]) => (a === 'absent' ? [] : [check(id(b, a), a)])),
    );
    const diff = diffReports(before, after);
    for (const [b, a] of pairs) {
      const group = expectedGroup(b, a);
      const found = Object.entries(diff).filter(([, changes]) =>
        changes.some((c: { id: string }) => c.id === id(b, a)),
      );
      expect(
        found.map(([name]) => name),
        id(b, a),
      ).toEqual(group ? [group] : []);
      if (group)
        expect(found[0]?.[1].find((c: { id: string }) => c.id === id(b, a))).toEqual({
          id: id(b, a),
          title: `title of ${id(b, a)}`,
          before: b,
          after: a,
        });
    }
  });

  it('should read a passing advisory check as a pass', () => {
    const advisory = {
      id: 'w',
      title: 'w',
      severity: 'warning' as const,
      outcome: 'pass' as const,
    };
    const warned = { ...advisory, outcome: 'fail' as const };
    expect(diffReports(report('a', [warned]), report('b', [advisory])).otherChanges).toEqual([
      { id: 'w', title: 'w', before: 'warning', after: 'pass' },
    ]);
  });

  it('should name a check by its newest title, else its old one', () => {
    const diff = diffReports(
      report('old', [check('a', 'pass', 'old a'), check('gone', 'pass', 'old gone')]),
      report('new', [check('a', 'fail', 'new a')]),
    );
    expect(diff.newFailures[0]?.title).toBe('new a');
    expect(diff.lost).toEqual([{ id: 'gone', title: 'old gone', before: 'pass', after: 'absent' }]);
  });
});

describe('formatDiff', () => {
  it('should list each non-empty group with its count, then the counts of all groups', () => {
    const before = report('http://old', [check('a', 'pass'), check('b', 'fail')]);
    const after = report('http://new', [check('a', 'fail'), check('b', 'pass')]);
    expect(formatDiff(diffReports(before, after), before, after)).toBe(
      [
        'Comparing http://old (old) with http://new (new)',
        '',
        'New failures (1):',
        '  a: pass → fail  title of a',
        '',
        'Fixed (1):',
        '  b: fail → pass  title of b',
        '',
        '1 new failures, 0 still failing, 1 fixed, 0 lost, 0 unconfirmed changes, 0 lost coverage, 0 new checks, 0 other changes',
      ].join('\n'),
    );
  });
});

describe('runDiff and readReportFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diff-'));
  const write = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };
  const old = write('old.json', report('http://old', [check('a', 'pass')]));
  const worse = write('worse.json', report('http://new', [check('a', 'fail')]));
  const same = write('same.json', report('http://new', [check('a', 'pass')]));

  it('should exit 1 when the new report fails a check the old did not, 0 otherwise', () => {
    const lines: string[] = [];
    expect(runDiff([old, worse], (line) => lines.push(line))).toBe(1);
    expect(lines.join('\n')).toContain('New failures (1):');
    expect(runDiff([old, same], () => {})).toBe(0);
    expect(runDiff([worse, worse], () => {})).toBe(0);
  });

  it('should refuse a wrong number of arguments with the usage line', () => {
    for (const args of [[], [old], [old, same, same]])
      expect(() => runDiff(args, () => {})).toThrow(
        new SetupError('usage: 9app-conformance diff OLD.json NEW.json'),
      );
  });

  it('should say which file is missing, not JSON, or not a report', () => {
    const missing = join(dir, 'missing.json');
    expect(() => readReportFile(missing)).toThrow(SetupError);
    expect(() => readReportFile(missing)).toThrow(`cannot read ${missing}: ENOENT`);
    const text = write('text.json', 'not json');
    expect(() => readReportFile(text)).toThrow(
      `${text} is not JSON: expected a report written with --json`,
    );
    const other = write('other.json', { target: 'x', checks: [{ id: 'a' }] });
    expect(() => readReportFile(other)).toThrow(
      `${other} is not a conformance JSON report (written with --json)`,
    );
    expect(readReportFile(old)).toEqual(report('http://old', [check('a', 'pass')]));
    const every = report(
      'x',
      STANDINGS.map((s) => check(s, s)),
    );
    expect(readReportFile(write('every.json', every))).toEqual(every);
  });
});
