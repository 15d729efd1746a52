import { expect } from 'vitest';
import { createBudget } from '../../conformance/fuzz/budget.js';
import type { Finding } from '../../conformance/fuzz/findings.js';
import { runFuzz } from '../../conformance/fuzz/run.js';
import type { RunContext } from '../../conformance/model/types.js';
import { defaultWsUrl, prepareContext } from '../../conformance/runner/context.js';
import { KYRIAN, PASSWORD, UDO } from './standin.js';

/** The seed every fuzz test runs with: the same seed must find the same minimal case again. */
export const FUZZ_SEED = 2112;

export interface FuzzTestOptions {
  only?: string;
  allowWrites?: boolean;
  jwtSecret?: string;
  replay?: string;
  maxCases?: number;
}

/** A run context logged in on the stand-in, pointed at `baseUrl` (the stand-in or a proxy). */
export async function contextFor(
  standInUrl: string,
  baseUrl: string,
  options: FuzzTestOptions,
): Promise<RunContext> {
  const ctx = await prepareContext({
    baseUrl: standInUrl,
    user: { email: UDO.email, password: PASSWORD },
    peer: { email: KYRIAN.email, password: PASSWORD },
    allowWrites: options.allowWrites ?? false,
    jwtSecret: options.jwtSecret,
    timeoutMs: 4000,
  });
  return { ...ctx, baseUrl, wsUrl: defaultWsUrl(baseUrl) };
}

/** One fuzz run with the default budget (or `maxCases`) and the fixed seed; answers its findings. */
export async function fuzzOnce(standInUrl: string, baseUrl: string, options: FuzzTestOptions = {}) {
  const findings: Finding[] = [];
  const report = await runFuzz(await contextFor(standInUrl, baseUrl, options), {
    seed: FUZZ_SEED,
    budget: createBudget(options.maxCases),
    only: options.only,
    replay: options.replay,
    onFinding: (f) => findings.push(f),
  });
  return { report, findings };
}

/** Finds the rule's finding twice with the same seed; answers it after checking they agree. */
export async function foundTwice(
  standInUrl: string,
  url: string,
  rule: string,
  options: FuzzTestOptions,
): Promise<Finding> {
  const pick = async () =>
    (await fuzzOnce(standInUrl, url, options)).findings.find((f) => f.verdict.rule === rule);
  const first = await pick();
  const again = await pick();
  expect(first, `a ${rule} finding`).toBeDefined();
  // Socket cases wait on real time (a pong, a delivery), so the shrink path may differ between
  // runs; the minimal case may not.
  if (!['socket', 'handshake'].includes(options.only ?? ''))
    expect(again?.caseId).toBe(first?.caseId);
  expect(again?.example).toEqual(first?.example);
  return first as Finding;
}
