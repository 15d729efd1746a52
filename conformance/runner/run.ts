import {
  OBSERVATION_QUESTIONS,
  type Observation,
  summariseObserved,
} from '../../spec/schemas/observations.js';
import { CHECKS, PREPARATIONS } from '../checks/index.js';
import { CoverageRecorder, recordCoverage } from '../client/coverage-recorder.js';
import { collectEvidence, currentEvidence, EvidenceLog } from '../client/evidence.js';
import { summariseResults } from '../model/summary.js';
import type { Check, CheckResult, Report, RunContext, Verdict } from '../model/types.js';
import { redactDeep, redactor, secretsOf } from '../report/redact.js';
import { toHttpEvidence } from '../report/reproduce.js';
import { selectChecks } from './select.js';

export interface RunOptions {
  only?: string;
  checks?: readonly Check[];
  /** Counts what the run touches; the caller's, when it also counts the set-up (the logins). */
  coverage?: CoverageRecorder;
}

async function verdictOf(check: Check, ctx: RunContext): Promise<Verdict> {
  if (check.writes && !ctx.allowWrites)
    return { outcome: 'skip', actual: 'changes state: run with --allow-writes' };
  try {
    return await check.run(ctx);
  } catch (error) {
    return {
      outcome: 'fail',
      expected: 'the check to complete',
      actual: `the check crashed: ${(error as Error).stack ?? error}`,
    };
  }
}

/** A broken verdict of a single-rule check names that rule, so every broken verdict names one. */
function withRule(verdict: Verdict, check: Check): Verdict {
  const broken = verdict.outcome === 'fail' || verdict.outcome === 'unconfirmed';
  return broken && !verdict.rule && check.rules?.length === 1
    ? { ...verdict, rule: check.rules[0] }
    : verdict;
}

/** A non-passing result carries what the check sent and received, secrets already replaced. */
function withEvidence(
  verdict: Verdict,
  log: EvidenceLog,
  startedAt: number,
  redact: (text: string) => string,
): Verdict {
  // An observation keeps its exchange too: it is what `--like` and a reader compare servers by.
  if (verdict.outcome === 'pass' || verdict.outcome === 'skip') return verdict;
  const exchange = log.lastExchange();
  const transcript = log.transcript(startedAt);
  const http = verdict.http ?? (exchange ? toHttpEvidence(exchange, redact) : undefined);
  return {
    ...verdict,
    ...(http ? { http, reproduce: http.reproduce } : {}),
    ...(transcript.length ? { transcript: verdict.transcript ?? transcript } : {}),
  };
}

/** The observation a result answers, in the contract's shape, with its evidence. */
function observationOf(result: CheckResult, answer: Verdict['observation']): Observation[] {
  if (!answer || result.outcome !== 'observed') return [];
  const evidence = {
    ...(result.http ? { http: result.http } : {}),
    ...(result.transcript ? { transcript: result.transcript } : {}),
  };
  return [
    {
      id: answer.id,
      question: OBSERVATION_QUESTIONS[answer.id],
      summary: summariseObserved(answer.observed),
      observed: answer.observed,
      ...(Object.keys(evidence).length ? { evidence } : {}),
    },
  ];
}

/**
 * With --allow-writes, creates what the selected checks read before they read it (a message
 * exchange before the history and threads), so a fresh server is checked on its first run.
 */
async function prepare(ctx: RunContext, selected: readonly Check[]): Promise<void> {
  if (!ctx.allowWrites) return;
  const needs = new Set(selected.flatMap((c) => (c.needs ? [c.needs] : [])));
  for (const need of needs) await PREPARATIONS[need](ctx);
}

/**
 * Runs every selected check in order and collects every result; a check that throws is a failure
 * with the error as what came back, never the end of the run. Every string in the report has
 * passed the redactor: no password or token leaves this function.
 */
export async function runChecks(
  ctx: RunContext,
  { only, checks = CHECKS, coverage = new CoverageRecorder(ctx.baseUrl) }: RunOptions = {},
): Promise<Report> {
  const started_at = new Date().toISOString();
  const redact = redactor(secretsOf(ctx));
  const results: CheckResult[] = [];
  const observations: Observation[] = [];
  const selected = selectChecks(checks, only);
  await recordCoverage(coverage, () => prepare(ctx, selected));
  for (const check of selected) {
    const started = performance.now();
    const log = new EvidenceLog();
    const run = () => collectEvidence(log, () => verdictOf(check, ctx));
    const verdict = withRule(await recordCoverage(coverage, run), check);
    const { observation, ...rest } = withEvidence(verdict, log, started, redact);
    const result: CheckResult = {
      id: check.id,
      title: check.title,
      doc_ref: check.docRef,
      severity: check.severity,
      ...rest,
      duration_ms: Math.round(performance.now() - started),
    };
    results.push(result);
    observations.push(...observationOf(result, observation));
  }
  return redactDeep(
    {
      target: ctx.baseUrl,
      started_at,
      summary: summariseResults(results),
      checks: results,
      observations,
      coverage: coverage.snapshot(),
    },
    redact,
  );
}

/**
 * A memo for `RunContext.once`: one promise per key for the whole run. The shared call's evidence
 * is collected once and handed to every check that reads it.
 */
export function memo() {
  const cache = new Map<string, { log: EvidenceLog; promise: Promise<unknown> }>();
  return <T>(key: string, make: () => Promise<T>): Promise<T> => {
    let entry = cache.get(key);
    if (!entry) {
      const log = new EvidenceLog();
      entry = { log, promise: collectEvidence(log, make) };
      cache.set(key, entry);
    }
    currentEvidence()?.include(entry.log);
    return entry.promise as Promise<T>;
  };
}
