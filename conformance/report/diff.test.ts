import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SetupError } from '../model/setup-error.js';
import type { Report } from '../model/types.js';
import { diffReports, formatDiff, type ReportDiff, readReportFile, runDiff } from './diff.js';

/**
 * `9app-conformance diff OLD.json NEW.json` over every transition a check can make between two
 * reports: each standing (pass, fail, a failed warning, unconfirmed, skip, observed) to each other
 * one, and in or out of the report altogether. A check the new report no longer has is lost
 * coverage, and is listed as such; a check that passed or warned and skips now is lost coverage
 * too. `observed` (what a server does where the docs are silent) moves like any other non-failing
 * standing.
 */

type Standing = 'pass' | 'fail' | 'warning' | 'unconfirmed' | 'skip' | 'observed' | 'absent';
type Group = keyof ReportDiff;

/** Where each move lands, old standing first; `null` is no change, listed nowhere. */
const GROUP_OF: Record<Standing, Record<Standing, Group | null>> = {
  pass: {
    pass: null,
    fail: 'newFailures',
    warning: 'otherChanges',
    unconfirmed: 'unconfirmedChanges',
    skip: 'lostCoverage',
    observed: 'otherChanges',
    absent: 'lost',
  },
  fail: {
    pass: 'fixed',
    fail: 'stillFailing',
    warning: 'otherChanges',
    unconfirmed: 'unconfirmedChanges',
    skip: 'otherChanges',
    observed: 'otherChanges',
    absent: 'lost',
  },
  warning: {
    pass: 'otherChanges',
    fail: 'newFailures',
    warning: null,
    unconfirmed: 'unconfirmedChanges',
    skip: 'lostCoverage',
    observed: 'otherChanges',
    absent: 'lost',
  },
  unconfirmed: {
    pass: 'unconfirmedChanges',
    fail: 'newFailures',
    warning: 'unconfirmedChanges',
    unconfirmed: null,
    skip: 'unconfirmedChanges',
    observed: 'unconfirmedChanges',
    absent: 'lost',
  },
  skip: {
    pass: 'otherChanges',
    fail: 'newFailures',
    warning: 'otherChanges',
    unconfirmed: 'unconfirmedChanges',
    skip: null,
    observed: 'otherChanges',
    absent: 'lost',
  },
  observed: {
    pass: 'otherChanges',
    fail: 'newFailures',
    warning: 'otherChanges',
    unconfirmed: 'unconfirmedChanges',
    skip: 'otherChanges',
    observed: null,
    absent: 'lost',
  },
  absent: {
    pass: 'appeared',
    fail: 'newFailures',
    warning: 'appeared',
    unconfirmed: 'appeared',
    skip: 'appeared',
    observed: 'appeared',
    absent: null,
  },
};

const STANDINGS = Object.keys(GROUP_OF) as Standing[];
const MOVES = STANDINGS.flatMap((before) =>
  STANDINGS.filter((after) => !(before === 'absent' && after === 'absent')).map((after) => ({
    before,
    after,
    group: GROUP_OF[before][after],
  })),
);

/** A check as a report holds it: a failed advisory is a `warning` severity that failed. */
function check(id: string, standing: Exclude<Standing, 'absent'>, title = `title of ${id}`) {
  return {
    id,
    title,
    doc_ref: 'docs',
    severity: standing === 'warning' ? ('warning' as const) : ('error' as const),
    outcome: standing === 'warning' ? ('fail' as const) : standing,
    duration_ms: 1,
  };
}

function report(target: string, checks: Report['checks']): Report {
  const summary = { passed: 0, failed: 0, warnings: 0, unconfirmed: 0, skipped: 0, observed: 0 };
  return { target, started_at: '2026-01-01T00:00:00.000Z', summary, checks, observations: [] };
}

/** One check per move, named by it (`pass->absent`), in an old and a new report. */
const moveId = ({ before, after }: { before: Standing; after: Standing }) => `${before}->${after}`;
const OLD = report(
  'http://old',
  MOVES.filter((m) => m.before !== 'absent').map((m) =>
    check(moveId(m), m.before as Exclude<Standing, 'absent'>, `old title of ${moveId(m)}`),
  ),
);
const NEW = report(
  'http://new',
  MOVES.filter((m) => m.after !== 'absent').map((m) =>
    check(moveId(m), m.after as Exclude<Standing, 'absent'>, `new title of ${moveId(m)}`),
  ),
);

describe('diffReports: every transition', () => {
  const diff = diffReports(OLD, NEW);
  const groups = Object.keys(diff) as Group[];

  it.each(MOVES)('should list $before → $after under $group', (move) => {
    const id = moveId(move);
    const listedIn = groups.filter((g) => diff[g].some((c) => c.id === id));
    expect(listedIn).toEqual(move.group ? [move.group] : []);
    if (!move.group) return;
    const change = diff[move.group].find((c) => c.id === id);
    // The title a reader knows the check by: the new one, or the old one for a lost check.
    const side = move.after === 'absent' ? 'old' : 'new';
    expect(change).toMatchObject({
      id,
      title: `${side} title of ${id}`,
      before: move.before,
      after: move.after,
    });
  });

  it('should list every check that left the report as lost, whatever it was', () => {
    expect(diff.lost.map((c) => c.before).sort()).toEqual(
      ['fail', 'observed', 'pass', 'skip', 'unconfirmed', 'warning'].sort(),
    );
    const text = formatDiff(diff, OLD, NEW);
    expect(text).toContain('Lost (in the old report, not in the new) (6):');
    expect(text).toContain('  pass->absent: pass → absent  old title of pass->absent');
    expect(text).toContain('  fail->absent: fail → absent  old title of fail->absent');
    expect(text).toContain('New checks (5):');
    expect(text).toMatch(/, 6 lost, .*, 5 new checks, /);
  });

  it('should read a passing advisory check as a pass', () => {
    const advisory = { ...check('w', 'pass', 'w'), severity: 'warning' as const };
    const warned = check('w', 'warning', 'w');
    expect(diffReports(report('a', [warned]), report('b', [advisory])).otherChanges).toEqual([
      { id: 'w', title: 'w', before: 'warning', after: 'pass' },
    ]);
  });

  it('should carry what a new failure expected and received, and nothing for other changes', () => {
    const failed = { ...check('a', 'fail'), expected: '200', actual: '500' };
    const diff = diffReports(
      report('old', [check('a', 'pass'), check('b', 'fail')]),
      report('new', [failed, { ...check('b', 'fail'), expected: 'x', actual: 'y' }]),
    );
    expect(diff.newFailures).toEqual([
      {
        id: 'a',
        title: 'title of a',
        before: 'pass',
        after: 'fail',
        expected: '200',
        actual: '500',
      },
    ]);
    expect(diff.stillFailing).toEqual([
      { id: 'b', title: 'title of b', before: 'fail', after: 'fail' },
    ]);
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

  it('should print under a new failure what it expected and received', () => {
    const before = report('http://old', [check('a', 'pass')]);
    const after = report('http://new', [{ ...check('a', 'fail'), expected: '200', actual: '500' }]);
    expect(formatDiff(diffReports(before, after), before, after)).toContain(
      ['  a: pass → fail  title of a', '      - expected: 200', '      + received: 500'].join('\n'),
    );
  });
});

describe('runDiff and readReportFile', () => {
  const dir = mkdtempSync(join(tmpdir(), '9app-diff-'));
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

  it('should exit 0 on a lost check alone, listing it, and 1 once a new failure joins it', () => {
    const both = write(
      'both.json',
      report('http://old', [check('kept', 'pass'), check('dropped', 'fail')]),
    );
    const lost = write('lost.json', report('http://new', [check('kept', 'pass')]));
    const failing = write('failing.json', report('http://new', [check('kept', 'fail')]));
    const lines: string[] = [];
    expect(runDiff([both, lost], (line) => lines.push(line))).toBe(0);
    expect(lines.join('\n')).toContain('Lost (in the old report, not in the new) (1):\n  dropped');
    expect(runDiff([both, failing], () => {})).toBe(1);
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
    const every = report(
      'x',
      STANDINGS.filter((s) => s !== 'absent').map((s) =>
        check(s, s as Exclude<Standing, 'absent'>),
      ),
    );
    // Only the fields a comparison reads come back.
    expect(readReportFile(write('every.json', every))).toEqual({
      target: 'x',
      checks: every.checks.map(({ id, title, severity, outcome }) => ({
        id,
        title,
        severity,
        outcome,
      })),
    });
  });
});
