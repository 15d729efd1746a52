import type { Outcome } from '../../../conformance/model/types.js';
import type { Breakage } from '../breaking-proxy.js';

/** What a variant's breakage may use: a token that works, and the stand-in's signing secret. */
export interface VariantEnv {
  userToken: string;
  secret: string;
}

/** One rule the variant breaks, and the checks that must say so. */
export interface Expectation {
  /** The checks, by id; must match at least one. */
  checks: RegExp;
  /** The rule each verdict must name (`status`, `schema.null`…); absent for single-rule checks. */
  rule?: string;
  /** What the checks must answer: `fail` unless said otherwise. */
  outcome?: Outcome;
  /** For `unconfirmed`: the decision ids the verdict must name. */
  decisions?: string[];
  /** For `observed`: the one-line answer (`closed with 1011`) the verdict must give. */
  summary?: string;
  /** Words what came back must contain (`POST`, `OWASP API1`). */
  mentions?: string;
}

/** One deliberate way of breaking the contract, and what the suite must report about it. */
export interface Variant {
  name: string;
  timeoutMs?: number;
  /** Run without --expired-token. */
  noExpiredToken?: boolean;
  /** Run without --allow-writes. */
  readOnly?: boolean;
  /** Run without --jwt-secret. */
  noJwtSecret?: boolean;
  breakage(env: VariantEnv): Breakage;
  expect: Expectation[];
}
