import { describe, expect, it } from 'vitest';
import { contractLinks } from '../../spec/links.js';
import { ROUTES } from '../../spec/routes/index.js';
import { SOCKET_ERROR_POLICIES } from '../../src/policy/policies.js';
import { TEST_SECRET } from '../support/conformance-run.js';
import { fuzzOnce } from '../support/fuzz-run.js';
import { type TestStandIn, useStandIn } from '../support/standin.js';

/**
 * The fuzzer finds nothing wrong with the stand-in, lenient and strict, under every socket error
 * policy: how an invalid frame is refused (an error frame, a 1011 close, silence) is docs-silent
 * policy, never a failure. A small budget keeps six stand-ins fast; every link is still followed.
 */
const MODES = [false, true].flatMap((strict) =>
  SOCKET_ERROR_POLICIES.map((socketErrors) => ({ strict, socketErrors })),
);

/** Every link of the contract, as the report names it once followed. */
const LINK_IDS = Object.values(contractLinks(ROUTES))
  .flatMap((links) => Object.keys(links ?? {}))
  .map((name) => `fuzz.links.${name}`)
  .sort();

describe.each(MODES)(
  '9app-conformance fuzz against the stand-in (strict: $strict, --socket-errors $socketErrors)',
  ({ strict, socketErrors }) => {
    let standIn: TestStandIn;
    useStandIn(
      (started) => ({ standIn } = started),
      { secret: TEST_SECRET, strict, socketErrors },
      { otherClients: 'the fuzzer' },
    );

    it('should report no failure and follow every link', async () => {
      const { report, findings } = await fuzzOnce(standIn.url, standIn.url, {
        allowWrites: true,
        jwtSecret: TEST_SECRET,
        maxCases: 25,
      });
      // One line a finding, so a failure here reads as what the fuzzer found.
      const failing = findings
        .filter((f) => f.verdict.outcome === 'fail' && f.severity === 'error')
        .map(
          (f) =>
            `${f.caseId} ${f.verdict.rule} ${f.code}: ${JSON.stringify(f.example)} → ${f.verdict.actual}`,
        );
      expect(failing.join('\n')).toBe('');
      expect(report.summary.failed).toBe(0);
      // Every part sent cases, and says how many: a part that sent none would be a skip.
      const parts = report.checks.filter((c) => /^fuzz\.(?!tokens$|health$)[^.]+$/.test(c.id));
      expect(parts.map((c) => c.id)).toEqual(
        expect.arrayContaining(['fuzz.socket', 'fuzz.handshake']),
      );
      expect(
        parts.filter((c) => c.outcome !== 'pass' || !/^[1-9]\d* cases$/.test(c.actual ?? '')),
      ).toEqual([]);
      const links = report.checks.filter((c) => c.id.startsWith('fuzz.links.'));
      expect(links.map((c) => c.id).sort()).toEqual(LINK_IDS);
      expect(links.filter((c) => c.outcome !== 'pass')).toEqual([]);
    }, 120_000);
  },
);
