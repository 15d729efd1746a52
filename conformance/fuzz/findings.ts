import { summariseResults } from '../model/summary.js';
import type { CheckResult, Report, Severity, Verdict } from '../model/types.js';
import { redactDeep } from '../report/redact.js';

/** A finding as found: the verdict with its evidence, where it came from, and how to replay it. */
export interface Finding {
  /** Operation (`getMessages`) or frame kind (`socket`, `handshake`). */
  subject: string;
  title: string;
  docRef: string;
  severity: Severity;
  verdict: Verdict;
  /** `getMessages#0:12:3` — with the run's seed, `fuzz --replay` sends it again. */
  caseId: string;
  seed: number;
  /** The minimal case, as data. */
  example: unknown;
  /** The status or close code the dedup key counts. */
  code?: number;
}

/** Findings count once per (operation or frame kind, rule, status or close code). */
export const findingKey = (subject: string, rule: string | undefined, code: number | undefined) =>
  `${subject}|${rule ?? '?'}|${code ?? '-'}`;

/** The run's flags that change which cases a seed generates: a replay must repeat them. */
export interface ReplayFlags {
  allowWrites: boolean;
  /** Whether the run had a signing secret (it adds the edited-claims tokens); never the secret. */
  jwtSecret: boolean;
}

/** The replay flags of a run's context. */
export const replayFlagsOf = (ctx: { allowWrites: boolean; jwtSecret?: string }): ReplayFlags => ({
  allowWrites: ctx.allowWrites,
  jwtSecret: Boolean(ctx.jwtSecret),
});

/** The replay command line for a case: the base URL, credentials and secret are the reader's own. */
export function replayCommand(caseId: string, seed: number, flags: ReplayFlags): string {
  const [subject = ''] = caseId.split('#');
  // Links depend on what ran before them: they repeat as a whole run. Every other case, HTTP or
  // socket, is regenerated from the seed and its shrink path, which the flags below shape too.
  const how = subject === 'links' ? `--only ${subject}` : `--replay '${caseId}'`;
  const extra = [
    ...(flags.allowWrites ? ['--allow-writes'] : []),
    ...(flags.jwtSecret ? ['--jwt-secret "$JWT_SECRET"'] : []),
  ];
  return [`9app-conformance fuzz --base-url "$BASE_URL" ${how} --seed ${seed}`, ...extra].join(' ');
}

/**
 * The line a run prints as it finds something. A docs-silent refusal listed as a warning reads
 * `warning`, as the summary counts it, not the `fail` its verdict carries for the writers.
 */
export function findingLine(finding: Finding, flags: ReplayFlags): string {
  const said = finding.severity === 'warning' ? 'warning' : finding.verdict.outcome;
  return `finding: ${said} ${finding.subject} ${finding.verdict.rule} (case ${finding.caseId}): ${replayCommand(finding.caseId, finding.seed, flags)}`;
}

/**
 * A finding as the suite's CheckResult: the same value the fixed checks produce, so the console,
 * JSON, JUnit and HTML writers, `diff`, provenance and redaction work unchanged. The case id,
 * seed and minimal case travel in `expected`/`actual`'s neighbour fields the writers already show.
 */
export function toCheckResult(finding: Finding, flags: ReplayFlags): CheckResult {
  const { verdict } = finding;
  const rule = verdict.rule ?? 'fuzz';
  const example = JSON.stringify(finding.example);
  return {
    id: `fuzz.${finding.subject}.${rule}${finding.code === undefined ? '' : `.${finding.code}`}`,
    title: `${finding.title} (case ${finding.caseId}, seed ${finding.seed})`,
    doc_ref: finding.docRef,
    severity: finding.severity,
    ...verdict,
    rule,
    actual: `${verdict.actual ?? ''}\nminimal case: ${example}\nreplay: ${replayCommand(finding.caseId, finding.seed, flags)}`,
    duration_ms: 0,
  };
}

/** A passing (or skipped) line for what was exercised without a finding: a link, an operation. */
export function coverageResult(
  id: string,
  title: string,
  docRef: string,
  outcome: 'pass' | 'skip',
  actual?: string,
): CheckResult {
  return { id, title, doc_ref: docRef, severity: 'error', outcome, actual, duration_ms: 0 };
}

/** The report of a fuzz run: the main suite's Report, summary counted the same way. */
export function fuzzReport(
  target: string,
  started_at: string,
  checks: CheckResult[],
  redact: (text: string) => string,
): Report {
  return redactDeep(
    {
      target,
      started_at,
      summary: summariseResults(checks),
      checks,
      // The fuzzer asks none of the docs-silent questions; the fixed suite does (D113).
      observations: [],
    },
    redact,
  );
}
