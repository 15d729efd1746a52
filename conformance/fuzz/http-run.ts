import fc from 'fast-check';
import { collectEvidence, EvidenceLog } from '../client/evidence.js';
import { type HttpResult, httpCall } from '../client/http-client.js';
import type { RunContext } from '../model/types.js';
import { toHttpEvidence } from '../report/reproduce.js';
import { type Budget, partSeed } from './budget.js';
import { type Finding, findingKey } from './findings.js';
import { casesOf, type HttpFuzzCase, requestOf } from './http-cases.js';
import type { FuzzOperation } from './operations.js';
import { judgeExchange } from './oracles.js';
import { type Changes, noteChange } from './restore.js';
import type { Known } from './schema-arbitrary.js';

/** What every part of a fuzz run shares. */
export interface FuzzRun {
  ctx: RunContext;
  seed: number;
  budget: Budget;
  known: Known;
  redact: (text: string) => string;
  /** Dedup keys already reported: a property stops failing on them, so the search goes on. */
  found: Set<string>;
  changes: Changes;
  onFinding(finding: Finding): void;
}

/** Rounds per operation: each new finding starts another, until one finds nothing new. */
const MAX_ROUNDS = 6;

interface Sent {
  res: HttpResult;
  log: EvidenceLog;
}

async function send(run: FuzzRun, op: FuzzOperation, c: HttpFuzzCase): Promise<Sent> {
  const log = new EvidenceLog();
  const res = await collectEvidence(log, () => httpCall(requestOf(run.ctx, op, c)));
  run.budget.tick('http');
  noteChange(run.changes, op, c, res);
  return { res, log };
}

/** The findings of one sent case that are not known yet. */
function freshFindings(run: FuzzRun, op: FuzzOperation, c: HttpFuzzCase, sent: Sent) {
  const status = sent.res.ok ? sent.res.status : undefined;
  return judgeExchange({ op, c, res: sent.res })
    .map((broken) => ({ ...broken, key: findingKey(op.operationId, broken.verdict.rule, status) }))
    .filter((broken) => !run.found.has(broken.key));
}

/** Any answer at all to a plain request: the server still serves. */
export async function stillAnswers(ctx: RunContext): Promise<boolean> {
  const res = await httpCall({
    method: 'GET',
    url: `${ctx.baseUrl}/auth/user/`,
    timeoutMs: ctx.timeoutMs,
  });
  return res.ok;
}

/** Records a case's fresh findings (already shrunk), then checks the server still answers. */
async function report(run: FuzzRun, op: FuzzOperation, c: HttpFuzzCase, caseId: string) {
  const sent = await send(run, op, c);
  const exchange = sent.log.lastExchange();
  const http = exchange ? toHttpEvidence(exchange, run.redact) : undefined;
  for (const { oracle, verdict, key } of freshFindings(run, op, c, sent)) {
    run.found.add(key);
    run.budget.findings++;
    run.onFinding({
      subject: op.operationId,
      title: `${op.method} ${op.path}: ${oracle.name}`,
      docRef: op.docRef,
      severity: oracle.severity,
      verdict: { ...verdict, ...(http ? { http, reproduce: http.reproduce } : {}) },
      caseId,
      seed: run.seed,
      example: c,
      code: sent.res.ok ? sent.res.status : undefined,
    });
  }
  if (!(await stillAnswers(run.ctx)))
    run.budget.stopped = `the server stopped answering after case ${caseId} (${op.operationId})`;
}

/**
 * A property over one operation's cases: it fails on the first finding not known yet, then only on
 * that finding's key while fast-check shrinks, so the minimal case still shows the same problem.
 */
function propertyOf(run: FuzzRun, op: FuzzOperation) {
  let target: string | undefined;
  return fc.asyncProperty(
    casesOf(op, run.known, run.ctx.allowWrites, !!run.ctx.jwtSecret),
    async (c) => {
      if (run.budget.stopped) return true;
      // Generated cases actually sent, shrink steps left out: what the report's tally claims.
      if (target === undefined) run.budget.sentCases(op.operationId, 1);
      const fresh = freshFindings(run, op, c, await send(run, op, c)).map((f) => f.key);
      if (target === undefined && fresh[0] !== undefined) target = fresh[0];
      return target === undefined || !fresh.includes(target);
    },
  );
}

/** fast-check's settings for one round: its own seed, the budget's cases and time. */
export const roundParameters = (
  run: FuzzRun,
  part: string,
  extra: fc.Parameters<unknown> = {},
) => ({
  seed: partSeed(run.seed, part),
  numRuns: run.budget.maxCases,
  interruptAfterTimeLimit: Math.max(1, run.budget.timeLeftMs()),
  markInterruptAsFailure: false,
  ...extra,
});

/** Fuzzes one operation: rounds of cases until a round finds nothing new or the budget ends. */
export async function fuzzOperation(run: FuzzRun, op: FuzzOperation): Promise<void> {
  for (let round = 0; round < MAX_ROUNDS && run.budget.timeLeftMs() > 0; round++) {
    const part = `${op.operationId}#${round}`;
    const details = await fc.check(propertyOf(run, op), roundParameters(run, part));
    if (!details.failed || !details.counterexample) return;
    await report(
      run,
      op,
      (details.counterexample as unknown as [HttpFuzzCase])[0],
      `${part}:${details.counterexamplePath}`,
    );
  }
}

/** Sends one case again (`fuzz --replay getMessages#0:12:3 --seed N`) and reports what it breaks. */
export async function replayOperation(
  run: FuzzRun,
  op: FuzzOperation,
  round: string,
  path: string,
) {
  let replayed: HttpFuzzCase | undefined;
  const property = fc.property(
    casesOf(op, run.known, run.ctx.allowWrites, !!run.ctx.jwtSecret),
    (c) => {
      replayed = c;
      return false;
    },
  );
  fc.check(property, {
    seed: partSeed(run.seed, `${op.operationId}#${round}`),
    path,
    numRuns: 1,
    endOnFailure: true,
  });
  if (replayed) await report(run, op, replayed, `${op.operationId}#${round}:${path}`);
  return replayed;
}
