import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../conformance/model/types.js';
import {
  diffReports,
  formatDiff,
  type ReportDiff,
  runDiff,
} from '../../conformance/report/diff.js';

/**
 * `9app-conformance diff OLD.json NEW.json` over every transition a check can make between two
 * reports: each standing (pass, fail, a failed warning, unconfirmed, skip) to each other one, and
 * in or out of the report altogether. A check the new report no longer has is lost coverage, and
 * is listed as such; a check that passed or warned and skips now is lost coverage too. `observed`
 * (what a server does where the docs are silent) moves like any other non-failing standing.
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

describe('9app-conformance diff: every transition', () => {
  const diff = diffReports(OLD, NEW);
  const groups = Object.keys(diff) as Group[];

  it.each(MOVES)('should list $before → $after under $group', (move) => {
    const id = moveId(move);
    const listedIn = groups.filter((g) => diff[g].some((c) => c.id === id));
    expect(listedIn).toEqual(move.group ? [move.group] : []);
    if (!move.group) return;
    const change = diff[move.group].find((c) => c.id === id);
    expect(change).toMatchObject({ before: move.before, after: move.after });
    // The title a reader knows the check by: the new one, or the old one for a lost check.
    const side = move.after === 'absent' ? 'old' : 'new';
    expect(change?.title).toBe(`${side} title of ${id}`);
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

  it('should exit 0 on a lost check alone, listing it, and 1 once a new failure joins it', () => {
    const dir = mkdtempSync(join(tmpdir(), '9app-diff-'));
    const write = (name: string, value: Report) => {
      const path = join(dir, name);
      writeFileSync(path, JSON.stringify(value));
      return path;
    };
    const both = [check('kept', 'pass'), check('dropped', 'fail')];
    const old = write('old.json', report('http://old', both));
    const lost = write('lost.json', report('http://new', [check('kept', 'pass')]));
    const worse = write('worse.json', report('http://new', [check('kept', 'fail')]));
    const lines: string[] = [];
    expect(runDiff([old, lost], (line) => lines.push(line))).toBe(0);
    expect(lines.join('\n')).toContain('Lost (in the old report, not in the new) (1):\n  dropped');
    expect(runDiff([old, worse], () => {})).toBe(1);
  });
});
