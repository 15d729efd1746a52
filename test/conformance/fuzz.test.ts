import { describe, expect, it } from 'vitest';
import type { HttpFuzzCase } from '../../conformance/fuzz/http-cases.js';
import type { SocketFuzzCase } from '../../conformance/fuzz/socket-frames.js';
import type { Breakage } from '../support/breaking-proxy.js';
import { useBreakingProxy } from '../support/conformance.js';
import { TEST_SECRET } from '../support/conformance-run.js';
import { foundTwice as foundTwiceWith, fuzzOnce } from '../support/fuzz-run.js';
import { KYRIAN, type TestStandIn, useStandIn } from '../support/standin.js';
import {
  acceptsUnknownAction,
  diesAfterSettingsCombination,
  newlineCloses1011,
  settingsCombination,
  transactionsWithoutToken,
  twiceWhenFast,
  upperCaseUuid,
} from '../support/variants/fuzz.js';

let standIn: TestStandIn;
let userToken: string;
useStandIn(
  (started) => ({ standIn, token: userToken } = started),
  { secret: TEST_SECRET },
  { otherClients: 'the fuzzer, directly and through the breaking proxy' },
);
const proxy = useBreakingProxy(() => standIn.url);

/** Finds the rule's finding through a proxy breaking one thing, twice with the same seed. */
async function foundTwice(breakage: Breakage, only: string, rule: string, allowWrites = false) {
  return foundTwiceWith(standIn.url, await proxy(breakage), rule, { only, allowWrites });
}

describe('9app-conformance fuzz', () => {
  it('should find a 500 for one combination of two settings flags, shrunk to exactly those two', async () => {
    const finding = await foundTwice(
      settingsCombination(),
      'changeUserSettingsPatch',
      'not_a_server_error',
      true,
    );
    const example = finding.example as HttpFuzzCase;
    expect(example.body).toEqual({ json: { can_withdraw: true, can_transfer: false } });
    expect(finding.verdict.outcome).toBe('fail');
    expect(finding.verdict.reproduce).toMatch(/^curl .*authorization: Bearer '"\$TOKEN"/);
    expect(finding.verdict.reproduce).not.toContain(userToken);
  }, 60_000);

  it('should stop when the server stops answering, say after which case, and claim nothing after', async () => {
    const url = await proxy(diesAfterSettingsCombination());
    const { report } = await fuzzOnce(standIn.url, url, { allowWrites: true, maxCases: 25 });
    const health = report.checks.find((c) => c.id === 'fuzz.health');
    expect(health?.outcome).toBe('fail');
    expect(health?.actual).toMatch(
      /^the server stopped answering after case changeUserSettings\w+#0:/,
    );
    // The socket parts came after the stop: skipped with that reason, never passed.
    for (const id of ['fuzz.socket', 'fuzz.handshake']) {
      const part = report.checks.find((c) => c.id === id);
      expect([part?.outcome, part?.actual]).toEqual([
        'skip',
        `no case was sent: ${health?.actual}`,
      ]);
    }
  }, 90_000);

  it('should find a 500 on an upper-case uuid in one path', async () => {
    const finding = await foundTwice(upperCaseUuid(), 'getMessages', 'not_a_server_error');
    const example = finding.example as HttpFuzzCase;
    expect(example.kind).toBe('upper-uuid');
    expect(example.params.uid).toMatch(/^[0-9A-F-]{36}$/);
    expect(example.params.uid).toMatch(/[A-F]/);
  }, 60_000);

  it('should find a protected read answered without a token on one path only', async () => {
    const finding = await foundTwice(transactionsWithoutToken(userToken), 'list', 'ignored_auth');
    expect(finding.subject).toBe('listTransactions');
    expect((finding.example as HttpFuzzCase).auth).toBe('none');
  }, 60_000);

  it('should find a socket closed with 1011 after an accepted frame with a line break', async () => {
    const finding = await foundTwice(
      newlineCloses1011(),
      'socket',
      'no_internal_error_on_accepted_frame',
      true,
    );
    // One frame, its body only the line break, to the run's peer (the first receiver drawn).
    expect((finding.example as SocketFuzzCase).frames).toEqual([
      {
        kind: 'valid',
        text: JSON.stringify({
          action: 'chat_message',
          message_body: '\n',
          receiver_id: KYRIAN.id,
        }),
      },
    ]);
    expect(finding.verdict.transcript?.some((e) => e.event === 'close' && e.code === 1011)).toBe(
      true,
    );
  }, 90_000);

  it('should find a frame of an unknown action delivered, unconfirmed, shrunk to that one frame', async () => {
    // With writes, a barrier message marks where a case's deliveries end (D168): read-only, a
    // delivery slower than the grace could let a shrink step pass and end on another minimal case.
    const finding = await foundTwice(
      acceptsUnknownAction(),
      'socket',
      'negative_data_rejection',
      true,
    );
    expect(finding.verdict.outcome).toBe('unconfirmed');
    const frames = (finding.example as SocketFuzzCase).frames;
    expect(frames.map((f) => f.kind)).toEqual(['unknown-action']);
    expect(JSON.parse(frames[0]?.text ?? '{}')).toMatchObject({ receiver_id: KYRIAN.id });
  }, 60_000);

  it('should find a frame delivered twice when two are sent within 1 ms', async () => {
    const url = await proxy(twiceWhenFast());
    const options = { only: 'socket', allowWrites: true };
    // Found with the same seed twice; the variant's 1 ms window is real time, so on a loaded
    // machine a shrink step may miss it and the two minimal cases differ in a body or an extra
    // field or a receiver. What both must be: two frames (the doubled one needs one before it,
    // any one), the second a deliverable frame to the peer; nothing smaller.
    for (const run of [1, 2]) {
      const { findings } = await fuzzOnce(standIn.url, url, options);
      const finding = findings.find((f) => f.verdict.rule === 'delivered_once');
      expect(finding, `run ${run}: a delivered_once finding`).toBeDefined();
      expect(finding?.verdict.actual).toContain('a frame delivered twice');
      const frames = (finding?.example as SocketFuzzCase | undefined)?.frames ?? [];
      expect(frames).toHaveLength(2);
      expect(['valid', 'extra']).toContain(frames[1]?.kind);
      expect(JSON.parse(frames[1]?.text ?? '{}').receiver_id).toBe(KYRIAN.id);
    }
  }, 90_000);
});
