import type { Coverage } from '../../spec/schemas/coverage.js';
import type { Observation } from '../../spec/schemas/observations.js';
import type { TranscriptEntry } from '../client/evidence.js';
import type { HttpResult } from '../client/http-client.js';

export type { TranscriptEntry };

export type Severity = 'error' | 'warning';
/**
 * `unconfirmed`: only constraints the contract assumed (spec/DECISIONS.md) were broken, not ones the
 * docs state; it does not fail a run unless `--strict`. `observed`: what the server does where the
 * docs are silent, recorded and never judged (D113).
 */
export type Outcome = 'pass' | 'fail' | 'unconfirmed' | 'skip' | 'observed';

/** One HTTP exchange as it happened, with secrets replaced by `$TOKEN`, `$PEER_TOKEN`, `$PASSWORD`. */
export interface HttpEvidence {
  request: { method: string; url: string; headers: Record<string, string>; body?: string };
  /** Absent when no response came (timeout, reset); `error` says what happened instead. */
  response?: { status: number; headers: Record<string, string>; body: string; truncated?: boolean };
  error?: string;
  /** A one-line `curl` command that replays the request. */
  reproduce: string;
}

/** What a check found: data, never a throw. `expected` and `actual` are shown side by side. */
export interface Verdict {
  outcome: Outcome;
  /**
   * The rule that was broken, one of the check's `rules` (`status`, `schema.missing`…): what a
   * failure is about, and what the rule-level proof in test/conformance/variants.test.ts asserts.
   */
  rule?: string;
  expected?: string;
  actual?: string;
  /** The JSON path of the offending value, when there is one. */
  path?: string;
  /** For `unconfirmed`: the decision ids (`D17`…) whose assumptions were broken. */
  decisions?: string[];
  /** Where an expected value was found nested inside what came back. */
  found_at?: string;
  /** The exchange behind a non-passing HTTP result. */
  http?: HttpEvidence;
  /** Shortcut to `http.reproduce`, for readers of the JSON report. */
  reproduce?: string;
  /** Every socket event behind a non-passing socket result. */
  transcript?: TranscriptEntry[];
  /** How many items of a list, a history or a set of frames the check validated. */
  checked_items?: number;
  /** For `observed`: the answer to one of spec/schemas/observations.ts's questions. */
  observation?: Pick<Observation, 'id' | 'observed'>;
}

export interface Account {
  id: string;
  email?: string;
  password?: string;
  token: string;
  refresh?: string;
}

/** Everything a check may use: the target, the two accounts, and a per-run memo of calls. */
export interface RunContext {
  baseUrl: string;
  wsUrl: string;
  timeoutMs: number;
  allowWrites: boolean;
  user: Account;
  peer: Account;
  expiredToken?: string;
  /** The shortest time the sender's socket is watched for an echo (`--echo-window`). */
  echoWindowMs?: number;
  /** The server's JWT signing secret (`--jwt-secret`): enables the token-claim checks. */
  jwtSecret?: string;
  /** Runs `make` once per key per run: checks that look at one response share one call. */
  once<T>(key: string, make: () => Promise<T>): Promise<T>;
}

export interface Check {
  id: string;
  title: string;
  /** Where the requirement comes from: a section of 9app-api.md or production-notes.md. */
  docRef: string;
  severity: Severity;
  /** Changes state on the server: runs only with --allow-writes. */
  writes?: boolean;
  /** What the check reads that a fresh server may not have yet; created first with --allow-writes. */
  needs?: 'conversation';
  /** Asks a question the docs leave open: its verdict is `observed`, never pass or fail (D113). */
  observes?: boolean;
  /**
   * The rules the check applies, each named by the verdict that breaks it. With one rule the
   * verdict may leave it out; without any, the check id is the rule.
   */
  rules?: readonly string[];
  run(ctx: RunContext): Promise<Verdict>;
}

export interface CheckResult {
  id: string;
  title: string;
  doc_ref: string;
  severity: Severity;
  outcome: Outcome;
  rule?: string;
  expected?: string;
  actual?: string;
  path?: string;
  decisions?: string[];
  found_at?: string;
  http?: HttpEvidence;
  reproduce?: string;
  transcript?: TranscriptEntry[];
  checked_items?: number;
  duration_ms: number;
}

export interface Report {
  target: string;
  started_at: string;
  summary: {
    passed: number;
    failed: number;
    warnings: number;
    unconfirmed: number;
    skipped: number;
    observed: number;
  };
  checks: CheckResult[];
  /** What the server does where the docs are silent (spec/schemas/observations.ts, D113). */
  observations: Observation[];
  /** What the traffic touched of the contract (spec/coverage/), where the run measured it. */
  coverage?: Coverage;
}

export const pass = (): Verdict => ({ outcome: 'pass' });
export const skip = (why: string): Verdict => ({ outcome: 'skip', actual: why });
/** Why a check that validates list items did not pass on an empty list. */
export const NOTHING_TO_VALIDATE = 'the list was empty: nothing to validate';
export const fail = (expected: string, actual: string, path?: string): Verdict => ({
  outcome: 'fail',
  expected,
  actual,
  path,
});
/** A failure of one named rule of a check with several. */
export const failRule = (rule: string, expected: string, actual: string, path?: string) => ({
  ...fail(expected, actual, path),
  rule,
});

/** A short picture of what came back, for `actual`. */
export function describeResponse(res: HttpResult): string {
  if (!res.ok) return `no HTTP response: ${res.error}`;
  const body = res.text.length > 300 ? `${res.text.slice(0, 300)}…` : res.text;
  return `HTTP ${res.status} ${res.headers['content-type'] ?? '(no content-type)'}: ${body || '(empty body)'}`;
}
