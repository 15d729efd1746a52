import fc from 'fast-check';
import type { TranscriptEntry } from '../client/evidence.js';
import type { Verdict } from '../model/types.js';
import { partSeed } from './budget.js';
import { findingKey } from './findings.js';
import { type FuzzRun, roundParameters, stillAnswers } from './http-run.js';

/** One broken verdict of a socket case, with the close code or handshake status it counts by. */
export interface Broken {
  verdict: Verdict;
  code?: number;
}

/** What sending one case did: its transcript and every oracle's broken verdict. */
export interface SocketOutcome {
  transcript: TranscriptEntry[];
  broken: Broken[];
  /** Why the case could not be sent at all (no socket opened): judged nothing. */
  unsent?: string;
}

/**
 * A socket part of a run (frames, handshakes): its cases and how one is sent and judged. The
 * rounds, shrinking, reporting and replay are the same for every part.
 */
export interface SocketPart<C> {
  /** The finding's subject and the case id's prefix: `socket`, `handshake`. */
  subject: string;
  /** What the part fuzzes, as a report titles it: `chat socket frames`. */
  label: string;
  docRef: string;
  cases(run: FuzzRun): fc.Arbitrary<C>;
  send(run: FuzzRun, c: C): Promise<SocketOutcome>;
  /**
   * Sends many cases at once and answers, per case, whether it was seen clean (no oracle could
   * have broken); false where it was not or could not tell. Optional: without it, every case is
   * sent alone.
   */
  screen?(run: FuzzRun, cases: readonly C[]): Promise<boolean[]>;
  /** Closes what the part kept open between cases. */
  finish?(run: FuzzRun): void;
}

/** Rounds per part: each new finding starts another, until one finds nothing new. */
const ROUNDS = 4;

/** Sends the (shrunk) case once more, reports its findings not known yet, checks the server answers. */
async function reportCase<C>(run: FuzzRun, part: SocketPart<C>, c: C, caseId: string) {
  const { transcript, broken } = await part.send(run, c);
  for (const b of broken) {
    const key = findingKey(part.subject, b.verdict.rule, b.code);
    if (run.found.has(key)) continue;
    run.found.add(key);
    run.budget.findings++;
    // A 1011 after an invalid frame is docs-silent policy: listed as a warning, never an error.
    const warning = b.verdict.outcome === 'observed';
    run.onFinding({
      subject: part.subject,
      title: `${part.label}: ${b.verdict.rule}`,
      docRef: part.docRef,
      severity: warning ? 'warning' : 'error',
      verdict: { ...b.verdict, ...(warning ? { outcome: 'fail' } : {}), transcript },
      caseId,
      seed: run.seed,
      example: c,
      code: b.code,
    });
  }
  if (!(await stillAnswers(run.ctx)))
    run.budget.stopped = `the server stopped answering after case ${caseId}`;
}

/**
 * Fuzzes one socket part: a property fails on the first finding not known yet, then only on that
 * finding's key while fast-check shrinks it; each round after a finding looks for the next.
 */
export async function fuzzSocketPart<C>(run: FuzzRun, part: SocketPart<C>): Promise<void> {
  try {
    await rounds(run, part);
  } finally {
    part.finish?.(run);
  }
}

async function rounds<C>(run: FuzzRun, part: SocketPart<C>): Promise<void> {
  for (let round = 0; round < ROUNDS && run.budget.timeLeftMs() > 0; round++) {
    const name = `${part.subject}#${round}`;
    let target: string | undefined;
    const clean = await screened(run, part, name);
    run.budget.sentCases(part.subject, clean.filter(Boolean).length);
    let index = 0;
    const property = fc.asyncProperty(part.cases(run), async (c) => {
      const i = index++;
      if (run.budget.stopped) return true;
      // Until the first failure, fast-check asks for the cases in the order screened: one seen
      // clean is not sent again. Every other case, and every shrink step, is sent alone.
      if (target === undefined && clean[i] === JSON.stringify(c)) return true;
      const outcome = await part.send(run, c);
      if (target === undefined)
        run.budget.sentCases(part.subject, outcome.unsent ? 0 : 1, outcome.unsent);
      const fresh = outcome.broken
        .map((b) => findingKey(part.subject, b.verdict.rule, b.code))
        .filter((k) => !run.found.has(k));
      if (target === undefined && fresh[0]) target = fresh[0];
      return target === undefined || !fresh.includes(target);
    });
    const details = await fc.check(property, roundParameters(run, name));
    if (!details.failed || !details.counterexample) return;
    const c = (details.counterexample as unknown as [C])[0];
    await reportCase(run, part, c, `${name}:${details.counterexamplePath}`);
  }
}

/**
 * A round's cases in the order its property will be asked about them: the same arbitrary, seed and
 * count, drawn without sending anything.
 */
export function roundCases<C>(run: FuzzRun, part: SocketPart<C>, name: string): C[] {
  const cases: C[] = [];
  const { seed, numRuns } = roundParameters(run, name);
  fc.check(
    fc.property(part.cases(run), (c) => {
      cases.push(c);
      return true;
    }),
    { seed, numRuns },
  );
  return cases;
}

/**
 * The round's cases screened in batches: each clean case's JSON, so the property can check it is
 * answering for the same case (a mismatch only means the case is sent again, alone).
 */
async function screened<C>(
  run: FuzzRun,
  part: SocketPart<C>,
  name: string,
): Promise<(string | undefined)[]> {
  if (!part.screen) return [];
  const cases = roundCases(run, part, name);
  const clean = await part.screen(run, cases);
  return cases.map((c, i) => (clean[i] ? JSON.stringify(c) : undefined));
}

/**
 * Sends one socket case again (`fuzz --replay socket#0:12:3 --seed N`): fast-check regenerates it
 * from the round's seed and the shrink path, whatever the properties answered in the first run.
 */
export async function replaySocketPart<C>(
  run: FuzzRun,
  part: SocketPart<C>,
  round: string,
  path: string,
): Promise<C | undefined> {
  let replayed: C | undefined;
  fc.check(
    fc.property(part.cases(run), (c) => {
      replayed = c;
      return false;
    }),
    { seed: partSeed(run.seed, `${part.subject}#${round}`), path, numRuns: 1, endOnFailure: true },
  );
  try {
    if (replayed !== undefined)
      await reportCase(run, part, replayed, `${part.subject}#${round}:${path}`);
  } finally {
    part.finish?.(run);
  }
  return replayed;
}
