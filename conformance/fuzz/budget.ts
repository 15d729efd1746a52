/**
 * How much a run may do and what it has done: cases and frames sent, findings, time left. One
 * object shared by every part of a run, so `--max-cases` and `--time` bound all of them.
 */
export interface Budget {
  /** Generated cases per operation (and per socket property), Schemathesis's `--max-examples`. */
  readonly maxCases: number;
  readonly startedAt: number;
  readonly deadline: number;
  httpCases: number;
  frames: number;
  findings: number;
  /**
   * Per subject (an operation id, `socket`, `handshake`): the cases actually sent and judged, and
   * why none could be, so a part that sent nothing is a skip with its reason, never a pass.
   */
  cases: Map<string, { sent: number; unsent?: string }>;
  /** Why the run stopped early (the server stopped answering), if it did. */
  stopped?: string;
  timeLeftMs(): number;
  /** Counts work done and tells the progress line. */
  tick(kind: 'http' | 'frames', n?: number): void;
  /** Counts cases of a subject that were sent, or notes why one could not be. */
  sentCases(subject: string, n: number, unsent?: string): void;
}

/** Defaults that finish in well under 60 s against a local server (README, "Fuzzing a server"). */
export const DEFAULT_MAX_CASES = 100;
export const DEFAULT_TIME_SECONDS = 45;

export function createBudget(
  maxCases = DEFAULT_MAX_CASES,
  timeSeconds = DEFAULT_TIME_SECONDS,
  onProgress?: (budget: Budget) => void,
): Budget {
  const startedAt = performance.now();
  const budget: Budget = {
    maxCases,
    startedAt,
    deadline: startedAt + timeSeconds * 1000,
    httpCases: 0,
    frames: 0,
    findings: 0,
    cases: new Map(),
    timeLeftMs: () => (budget.stopped ? 0 : Math.max(0, budget.deadline - performance.now())),
    tick(kind, n = 1) {
      if (kind === 'http') budget.httpCases += n;
      else budget.frames += n;
      onProgress?.(budget);
    },
    sentCases(subject, n, unsent) {
      const tally = budget.cases.get(subject) ?? { sent: 0 };
      tally.sent += n;
      if (unsent) tally.unsent = unsent;
      budget.cases.set(subject, tally);
    },
  };
  return budget;
}

/** One progress line: cases run, failures found, rate. A TTY rewrites it in place. */
export function progressLine(budget: Budget): string {
  const seconds = Math.max(0.001, (performance.now() - budget.startedAt) / 1000);
  const rate = Math.round((budget.httpCases + budget.frames) / seconds);
  return `fuzz: ${budget.httpCases} HTTP cases, ${budget.frames} frames, ${budget.findings} findings, ${rate}/s, ${seconds.toFixed(1)} s`;
}

/** A progress printer that redraws at most every 100 ms, on a terminal only. */
export function ttyProgress(stream: NodeJS.WriteStream = process.stderr) {
  if (!stream.isTTY) return undefined;
  let last = 0;
  return (budget: Budget) => {
    const now = performance.now();
    if (now - last < 100) return;
    last = now;
    stream.write(`\r${progressLine(budget)}\u001b[K`);
  };
}

/** A seed for one part of a run (`getMessages#0`): the run's seed, mixed, 32 bits (FNV-1a). */
export function partSeed(seed: number, part: string): number {
  let hash = 0x811c9dc5 ^ seed;
  for (const char of part) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return hash | 0;
}
