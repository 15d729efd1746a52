import { NEEDS_SECRET } from '../checks/claims.js';
import { SetupError } from '../model/setup-error.js';
import type { CheckResult, Report, RunContext } from '../model/types.js';
import { redactor, secretsOf } from '../report/redact.js';
import { matchesSelector } from '../runner/select.js';
import type { Budget } from './budget.js';
import {
  coverageResult,
  type Finding,
  fuzzReport,
  replayFlagsOf,
  toCheckResult,
} from './findings.js';
import { HANDSHAKE_PART } from './handshake-run.js';
import { type FuzzRun, fuzzOperation, replayOperation } from './http-run.js';
import { followLinks } from './links.js';
import { FUZZ_OPERATIONS, operationById } from './operations.js';
import { withStateRestored } from './restore.js';
import { fuzzSocketPart, replaySocketPart, type SocketPart } from './socket-rounds.js';
import { FRAMES_PART } from './socket-run.js';

export interface FuzzOptions {
  seed: number;
  budget: Budget;
  /** An operation id, `socket`, or a pattern (as the main suite's --only). */
  only?: string;
  /** Parts not to run (`socket`, `handshake`, `links`): the bench measures one kind at a time. */
  skip?: readonly string[];
  /** `getMessages#0:12:3`: send that one case again. */
  replay?: string;
  /** One line per finding, as it is found. */
  onFinding?: (finding: Finding) => void;
}

/**
 * The socket's parts, in the order a run fuzzes them. Typed by `never` so one list holds parts of
 * different case types: each part only ever gets back the cases it generated itself.
 */
const SOCKET_PARTS: readonly SocketPart<never>[] = [
  FRAMES_PART as SocketPart<never>,
  HANDSHAKE_PART as SocketPart<never>,
];

/** At most this many operations are fuzzed at once: enough to keep a local server busy. */
const PARALLEL = 4;

async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}

/** Whether `--only` selects anything at all: a typo must not pass CI with an empty run. */
export const selectsAnything = (only: string | undefined) =>
  only === undefined ||
  ['socket', 'handshake', 'links', ...FUZZ_OPERATIONS.map((op) => op.operationId)].some((subject) =>
    selected(only, subject),
  );

/** A subject is selected by its own id or by `--only` matching it (`socket`, `getMessages`, `*Coin*`). */
export const selected = (only: string | undefined, subject: string) =>
  only === undefined || matchesSelector(subject, only);

/**
 * Runs the fuzzer: generated cases for every selected operation, then the rest of the parts.
 * Answers the main suite's Report: findings as failing CheckResults, coverage as passes.
 */
export async function runFuzz(ctx: RunContext, options: FuzzOptions): Promise<Report> {
  const started_at = new Date().toISOString();
  const redact = redactor(secretsOf(ctx));
  const findings: Finding[] = [];
  const run: FuzzRun = {
    ctx,
    seed: options.seed,
    budget: options.budget,
    known: { uuids: [ctx.user.id, ctx.peer.id] },
    redact,
    found: new Set(),
    changes: { disabledCoins: new Set() },
    onFinding: (finding) => {
      findings.push(finding);
      options.onFinding?.(finding);
    },
  };
  const results: CheckResult[] = [];
  if (options.replay) {
    const [subject = '', rest = ''] = options.replay.split('#');
    const [round = '0', ...path] = rest.split(':');
    const op = operationById(subject);
    const part = SOCKET_PARTS.find((p) => p.subject === subject);
    if (op) await replayOperation(run, op, round, path.join(':'));
    else if (part) await replaySocketPart(run, part, round, path.join(':'));
    else
      throw new SetupError(
        `--replay ${options.replay}: not a case id (an operation id, socket or handshake, then #round:path); links repeat as a whole run: --only links with the same --seed`,
      );
  } else {
    const ops = FUZZ_OPERATIONS.filter((op) => selected(options.only, op.operationId));
    await withStateRestored(ctx, run.changes, () =>
      pool(ops, PARALLEL, (op) => fuzzOperation(run, op)),
    );
    const runs = (subject: string) =>
      selected(options.only, subject) && !options.skip?.includes(subject);
    for (const part of SOCKET_PARTS) if (runs(part.subject)) await fuzzSocketPart(run, part);
    if (runs('links')) results.push(...(await followLinks(run)));
    if (!ctx.jwtSecret && (ops.some((op) => op.protected) || selected(options.only, 'handshake')))
      results.push(
        coverageResult(
          'fuzz.tokens',
          'generated tokens with edited claims (HTTP auth and the socket handshake)',
          'production-notes.md: Errors outside the envelope',
          'skip',
          NEEDS_SECRET,
        ),
      );
    const pushCaseTally = (subject: string, title: string, docRef: string) => {
      const tally = options.budget.cases.get(subject);
      results.push(
        tally?.sent
          ? coverageResult(`fuzz.${subject}`, title, docRef, 'pass', `${tally.sent} cases`)
          : coverageResult(
              `fuzz.${subject}`,
              title,
              docRef,
              'skip',
              tally?.unsent ??
                (options.budget.stopped
                  ? `no case was sent: ${options.budget.stopped}`
                  : 'no case was sent: the time budget ended first'),
            ),
      );
    };
    for (const op of ops)
      pushCaseTally(op.operationId, `${op.method} ${op.path}: generated cases`, op.docRef);
    for (const part of SOCKET_PARTS)
      if (runs(part.subject))
        pushCaseTally(part.subject, `${part.label}: generated cases`, part.docRef);
  }
  if (options.budget.stopped)
    results.push({
      ...coverageResult(
        'fuzz.health',
        'the server still answers after each finding',
        'production-notes.md',
        'pass',
      ),
      outcome: 'fail',
      expected: 'an answer to GET /auth/user/',
      actual: options.budget.stopped,
    });
  return fuzzReport(
    ctx.baseUrl,
    started_at,
    [...findings.map((f) => toCheckResult(f, replayFlagsOf(ctx))), ...results],
    redact,
  );
}
