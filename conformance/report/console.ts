import type { CheckResult, Report } from '../model/types.js';
import { foldSkips } from './fold.js';

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);

const MARK: Record<string, string> = {
  pass: paint(32, 'PASS'),
  skip: paint(90, 'SKIP'),
  fail: paint(31, 'FAIL'),
  warn: paint(33, 'WARN'),
  unconfirmed: paint(35, 'UNCONFIRMED'),
};

function detail(result: CheckResult): string[] {
  const lines = [`       docs: ${result.doc_ref}`];
  if (result.path) lines.push(`       at:   ${result.path}`);
  if (result.rule) lines.push(`       rule: ${result.rule}`);
  if (result.decisions?.length)
    lines.push(`       assumed in spec/DECISIONS.md: ${result.decisions.join(', ')}`);
  if (result.expected) lines.push(paint(32, `     - expected: ${result.expected}`));
  if (result.actual) lines.push(paint(31, `     + received: ${result.actual}`));
  if (result.found_at) lines.push(`       found at: ${result.found_at}`);
  if (result.reproduce) lines.push(paint(90, `       replay: ${result.reproduce}`));
  return lines;
}

/** One short block: each question's id and what this server did, where the docs say nothing. */
function observationsBlock(report: Report): string[] {
  if (report.observations.length === 0) return [];
  const width = Math.max(...report.observations.map((o) => o.id.length));
  return [
    '',
    `Observed where the docs are silent (${report.observations.length}; recorded, not judged):`,
    ...report.observations.map((o) => `  ${o.id.padEnd(width)}  ${o.summary}`),
  ];
}

/** The human report: one line a check, details under failures, the summary last. */
export function formatConsoleReport(report: Report, { verbose = false } = {}): string {
  const lines = [`9app conformance against ${report.target}`, ''];
  // Failures first, then warnings and unconfirmed, then the rest: a reader acts on the top lines.
  const rank = (r: CheckResult) =>
    r.outcome === 'fail' ? (r.severity === 'error' ? 0 : 1) : r.outcome === 'unconfirmed' ? 2 : 3;
  const ordered = [...report.checks].sort((a, b) => rank(a) - rank(b));
  // Skips an earlier failure caused sit under it; a reason many skips share is printed once.
  const { underFailure, sharedReason, folded } = foldSkips(report.checks);
  const printedReasons = new Set<string>();
  for (const result of ordered) {
    const failed = result.outcome === 'fail';
    const mark = failed && result.severity === 'warning' ? MARK.warn : MARK[result.outcome];
    if (result.outcome === 'pass' && !verbose) continue;
    if (result.outcome === 'observed') continue;
    const reason = result.actual ?? '';
    if (folded.has(result.id)) {
      const shared = sharedReason.get(reason);
      if (!shared?.includes(result) || printedReasons.has(reason)) continue;
      printedReasons.add(reason);
      lines.push(`${paint(90, `${shared.length} skipped`)}: ${reason}`);
      lines.push(...shared.map((c) => `  ${MARK.skip} ${c.id}: ${c.title}`));
      continue;
    }
    const why = result.outcome === 'skip' && result.actual ? paint(90, ` (${result.actual})`) : '';
    lines.push(`${mark} ${result.id}: ${result.title}${why}`);
    if (failed || result.outcome === 'unconfirmed') lines.push(...detail(result));
    const caused = underFailure.get(result.id) ?? [];
    if (caused.length) {
      lines.push(`       skipped because of this failure (${caused.length}):`);
      lines.push(...caused.map((c) => `         ${MARK.skip} ${c.id}: ${c.title}`));
    }
  }
  lines.push(...observationsBlock(report));
  const { passed, failed, unconfirmed, warnings, skipped, observed } = report.summary;
  lines.push(
    '',
    `${passed} passed, ${failed} failed, ${unconfirmed} unconfirmed, ${warnings} warnings, ${skipped} skipped, ${observed} observed`,
  );
  return lines.join('\n');
}
