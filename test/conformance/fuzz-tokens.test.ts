import { describe, expect, it } from 'vitest';
import type { HandshakeCase } from '../../conformance/fuzz/handshake-run.js';
import type { HttpFuzzCase } from '../../conformance/fuzz/http-cases.js';
import type { SocketFuzzCase } from '../../conformance/fuzz/socket-frames.js';
import { useBreakingProxy } from '../support/conformance.js';
import { TEST_SECRET } from '../support/conformance-run.js';
import { foundTwice, fuzzOnce } from '../support/fuzz-run.js';
import { type TestStandIn, useStandIn } from '../support/standin.js';
import {
  closes1011OnOpen,
  newlineCloses1011,
  noUserIdServerError,
  refreshTokenAccepted,
  refusesEveryHandshake,
  socketAcceptsForgery,
} from '../support/variants/fuzz.js';

let standIn: TestStandIn;
let userToken: string;
useStandIn(
  (started) => ({ standIn, token: userToken } = started),
  { secret: TEST_SECRET },
  { otherClients: 'the fuzzer, directly and through the breaking proxy' },
);
const proxy = useBreakingProxy(() => standIn.url);

/** The claim set a finding must shrink to: only user_id gone, every other claim as issued. */
const NO_USER_ID = { user_id: 'drop', token_type: 'keep', exp: 'keep' };

describe('9app-conformance fuzz: generated tokens and handshakes', () => {
  it('should find a 500 over HTTP for a signed token without user_id, shrunk to that claim set', async () => {
    const url = await proxy(noUserIdServerError(TEST_SECRET));
    const finding = await foundTwice(standIn.url, url, 'not_a_server_error', {
      only: 'currentUser',
      jwtSecret: TEST_SECRET,
    });
    const example = finding.example as HttpFuzzCase;
    expect(example).toMatchObject({ kind: 'bad-token', auth: 'claims', claims: NO_USER_ID });
    expect(finding.code).toBe(500);
  }, 60_000);

  it('should find a 500 at the handshake for a signed token without user_id, shrunk to that claim set', async () => {
    const url = await proxy(noUserIdServerError(TEST_SECRET));
    const finding = await foundTwice(standIn.url, url, 'not_a_server_error', {
      only: 'handshake',
      jwtSecret: TEST_SECRET,
    });
    expect(finding.example as HandshakeCase).toEqual({
      token: { kind: 'claims', edits: NO_USER_ID },
      path: 'documented',
    });
    expect(finding.code).toBe(500);
  }, 60_000);

  it('should skip signed tokens without --jwt-secret, with the reason in the report', async () => {
    const url = await proxy(noUserIdServerError(TEST_SECRET));
    const { report, findings } = await fuzzOnce(standIn.url, url, {
      only: 'currentUser',
      maxCases: 30,
    });
    expect(findings.filter((f) => f.verdict.outcome === 'fail')).toEqual([]);
    const skipped = report.checks.find((c) => c.id === 'fuzz.tokens');
    expect(skipped?.outcome).toBe('skip');
    expect(skipped?.actual).toContain('--jwt-secret');
  }, 60_000);

  it('should find a socket that opens for a token signed with another key, shrunk to that token', async () => {
    const url = await proxy(socketAcceptsForgery(TEST_SECRET, userToken));
    const finding = await foundTwice(standIn.url, url, 'ignored_auth', { only: 'handshake' });
    expect(finding.example as HandshakeCase).toEqual({
      token: { kind: 'other-key' },
      path: 'documented',
    });
    expect(finding.verdict.outcome).toBe('fail');
  }, 60_000);

  it('should find a protected read that takes a signed refresh token, shrunk to that one claim', async () => {
    const url = await proxy(refreshTokenAccepted(TEST_SECRET, userToken));
    const finding = await foundTwice(standIn.url, url, 'ignored_auth', {
      only: 'currentUser',
      jwtSecret: TEST_SECRET,
    });
    expect(finding.example).toMatchObject({
      kind: 'bad-token',
      auth: 'claims',
      claims: { user_id: 'keep', token_type: 'refresh', exp: 'keep' },
    });
  }, 60_000);

  it('should find a socket that refuses the documented handshake with a valid token', async () => {
    const url = await proxy(refusesEveryHandshake());
    const finding = await foundTwice(standIn.url, url, 'opens_with_valid_token', {
      only: 'handshake',
    });
    expect(finding.example as HandshakeCase).toEqual({
      token: { kind: 'user' },
      path: 'documented',
    });
  }, 60_000);

  it('should skip the frames part with its reason when no socket opens, never pass it', async () => {
    const url = await proxy(refusesEveryHandshake());
    const { report } = await fuzzOnce(standIn.url, url, { only: 'socket', allowWrites: true });
    const frames = report.checks.find((c) => c.id === 'fuzz.socket');
    expect(frames?.outcome).toBe('skip');
    expect(frames?.actual).toContain('refused');
  }, 60_000);

  it('should find a socket closed with 1011 right after the documented handshake', async () => {
    const url = await proxy(closes1011OnOpen());
    const finding = await foundTwice(standIn.url, url, 'no_internal_error_on_handshake', {
      only: 'handshake',
    });
    expect(finding.example as HandshakeCase).toEqual({
      token: { kind: 'user' },
      path: 'documented',
    });
    expect(finding.code).toBe(1011);
  }, 60_000);

  it('should replay a socket finding from its case id and seed, and find it again', async () => {
    const url = await proxy(newlineCloses1011());
    const rule = 'no_internal_error_on_accepted_frame';
    const found = (await fuzzOnce(standIn.url, url, { only: 'socket', allowWrites: true }))
      .findings;
    const finding = found.find((f) => f.verdict.rule === rule);
    expect(finding?.caseId).toMatch(/^socket#\d+:[\d:]+$/);
    const replayed = await fuzzOnce(standIn.url, url, {
      allowWrites: true,
      replay: finding?.caseId,
    });
    const again = replayed.findings.find((f) => f.verdict.rule === rule);
    expect(again?.caseId).toBe(finding?.caseId);
    expect(again?.example as SocketFuzzCase).toEqual(finding?.example);
    expect(again?.verdict.transcript?.some((e) => e.event === 'close' && e.code === 1011)).toBe(
      true,
    );
  }, 60_000);
});
