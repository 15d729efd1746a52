import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../conformance/checks/index.js';
import type { CheckResult, Report } from '../../conformance/model/types.js';
import { OBSERVATION_IDS, ObservationSchema } from '../../spec/schemas/observations.js';
import { startBreakingProxy } from '../support/breaking-proxy.js';
import { useBreakingProxy } from '../support/conformance.js';
import {
  accountPairs,
  everyObject,
  mapJson,
  type Pair,
  runSuiteThrough,
  TEST_SECRET,
  withPairs,
} from '../support/conformance-run.js';
import { PROVEN_ELSEWHERE } from '../support/proven-elsewhere.js';
import { KYRIAN, type TestStandIn, UDO, useStandIn } from '../support/standin.js';
import { VARIANTS, type Variant } from '../support/variants/index.js';

let standIn: TestStandIn;
let userToken: string;
useStandIn(
  (started) => ({ standIn, token: userToken } = started),
  { secret: TEST_SECRET },
  { otherClients: 'the conformance suite, through the breaking proxy' },
);

const proxy = useBreakingProxy(() => standIn.url);

const DOCUMENTED_PAIR: Pair = { user: UDO, peer: KYRIAN };

/** Who is active, and the two documented accounts' settings: what a run must leave as it found. */
async function accountsAndSettings() {
  const users = await standIn.call({ method: 'GET', path: '/__mock/users' });
  const people = (
    users.ok ? (users.json as { entity: { id: string; is_active: boolean }[] }).entity : []
  ).map(({ id, is_active }) => ({ id, is_active }));
  const settings = [];
  for (const person of [UDO, KYRIAN]) {
    const res = await standIn.call({
      method: 'GET',
      path: `/exec/user/settings/${person.id}/`,
      token: (await standIn.login(person.email)).token,
    });
    settings.push(res.ok ? (res.json as { entity: unknown }).entity : res);
  }
  return { people, settings };
}

/**
 * Runs the checks the variant names through a proxy that applies its breakage. Only those: the
 * proof is what they answer, and each check must be named by some variant to be proven at all.
 */
async function runVariant(variant: Variant, pair: Pair): Promise<Report> {
  const proxy = await startBreakingProxy(
    standIn.url,
    variant.breakage({ userToken, secret: TEST_SECRET }),
  );
  try {
    return await runSuiteThrough(standIn, proxy.url, {
      pair,
      timeoutMs: variant.timeoutMs,
      expiredToken: !variant.noExpiredToken,
      allowWrites: !variant.readOnly,
      jwtSecret: !variant.noJwtSecret,
      checks: CHECKS.filter((c) => variant.expect.some((e) => e.checks.test(c.id))),
    });
  } finally {
    await proxy.close();
  }
}

/** What a result says, in the words an expectation uses. */
const said = (r: CheckResult | undefined) =>
  r
    ? `${r.outcome}${r.rule ? ` (${r.rule})` : ''}${r.decisions ? ` ${r.decisions}` : ''}${r.outcome === 'observed' && r.actual ? ` "${r.actual}"` : ''}`
    : 'absent';

describe('The conformance suite against the stand-in', () => {
  it('should pass every required check, with only the security advisories as warnings', async () => {
    const before = await accountsAndSettings();
    const report = await runSuiteThrough(standIn, standIn.url, { pair: DOCUMENTED_PAIR });
    // Every write was put back: every account active as it was, both accounts' settings as found.
    expect(await accountsAndSettings()).toEqual(before);
    const problems = report.checks.filter((c) => !['pass', 'observed'].includes(c.outcome));
    expect(problems.map((c) => c.id)).toEqual([
      'security.password-hashes',
      'security.cors-any-origin-with-credentials',
      'authz.peer-settings-read',
      'authz.peer-settings-change',
    ]);
    expect(report.summary).toMatchObject({
      failed: 0,
      unconfirmed: 0,
      warnings: 4,
      skipped: 0,
      observed: OBSERVATION_IDS.length,
    });
    // Every question asked and answered, in the contract's shape (the stand-in's --like reads it).
    expect(report.observations.map((o) => o.id).sort()).toEqual([...OBSERVATION_IDS].sort());
    for (const o of report.observations) expect(ObservationSchema.parse(o)).toEqual(o);
  });

  it('should pass the security advisories against a server that fixes them', async () => {
    const url = await proxy({
      response: (_req, res) => ({
        ...mapJson(res, (json) => everyObject(json, (o) => delete o.password)),
        headers: Object.fromEntries(
          Object.entries(res.headers).filter(([k]) => !k.startsWith('access-control-')),
        ),
      }),
    });
    const report = await runSuiteThrough(standIn, url, { pair: DOCUMENTED_PAIR });
    const security = report.checks.filter((c) => c.id.startsWith('security.'));
    expect(security.length).toBeGreaterThan(0);
    expect(security.map((c) => c.outcome)).toEqual(['pass', 'pass']);
  });
});

describe('Rule coverage', () => {
  it('should report every rule of every check as broken by a server that breaks only that rule', async () => {
    expect(VARIANTS.length).toBeGreaterThan(0);
    const pairs = await accountPairs(standIn);
    const reports = await withPairs(VARIANTS, pairs.slice(0, 6), runVariant);

    // Each variant: the checks it names answer as expected, naming the rule it broke.
    const wrong: string[] = [];
    VARIANTS.forEach((variant, i) => {
      const report = reports[i] as Report;
      for (const e of variant.expect) {
        const ids = CHECKS.map((c) => c.id).filter((id) => e.checks.test(id));
        if (ids.length === 0) wrong.push(`${variant.name}: ${e.checks} names no check`);
        const wanted = {
          outcome: e.outcome ?? 'fail',
          rule: e.rule,
          decisions: e.decisions,
          actual: e.summary,
        };
        for (const id of ids) {
          const got = report.checks.find((c) => c.id === id);
          const ok =
            got?.outcome === wanted.outcome &&
            (wanted.rule === undefined || got.rule === wanted.rule) &&
            (wanted.decisions === undefined ||
              wanted.decisions.every((d) => got.decisions?.includes(d))) &&
            (wanted.actual === undefined || got.actual === wanted.actual) &&
            (e.mentions === undefined || got.actual?.includes(e.mentions));
          if (!ok)
            wrong.push(
              `${variant.name}: ${id} should be ${said(wanted as CheckResult)}, was ${said(got)}: ${got?.actual?.slice(0, 160)}`,
            );
        }
      }
    });
    expect(wrong).toEqual([]);

    // Every non-passing verdict names one of its check's own rules.
    const results = reports.flatMap((r) => r.checks);
    expect(results.length).toBeGreaterThan(0);
    const strays = results
      .filter((r) => r.outcome === 'fail' || r.outcome === 'unconfirmed')
      .filter((r) => {
        const rules = CHECKS.find((c) => c.id === r.id)?.rules;
        return rules && !rules.includes(r.rule ?? '');
      })
      .map((r) => `${r.id}: ${r.rule ?? 'no rule'}`);
    expect([...new Set(strays)]).toEqual([]);

    // Every check fails somewhere; every rule any check declares is shown broken somewhere.
    const broken = results.filter((r) => r.outcome === 'fail' || r.outcome === 'unconfirmed');
    const failedIds = new Set(results.filter((r) => r.outcome === 'fail').map((r) => r.id));
    const shownRules = new Set(broken.map((r) => r.rule));
    // An observation never fails (D113): its proof is a variant that it reports, not judges.
    const unproven = CHECKS.filter((c) => !c.observes)
      .map((c) => c.id)
      .filter((id) => !failedIds.has(id) && !(id in PROVEN_ELSEWHERE));
    expect(unproven).toEqual([]);
    const declared = [...new Set(CHECKS.flatMap((c) => c.rules ?? []))];
    expect(declared.length).toBeGreaterThan(0);
    expect(declared.filter((rule) => !shownRules.has(rule))).toEqual([]);
  }, 60_000);
});
