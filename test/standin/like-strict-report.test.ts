import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpCall } from '../../conformance/client/http-client.js';
import { readLikeReport } from '../../src/policy/like-report.js';
import { ACCOUNT_FLAGS, runCli } from '../support/conformance.js';
import { expiredTokenFor, TEST_SECRET } from '../support/conformance-run.js';
import { recordingSocket } from '../support/recording-socket.js';
import {
  eventually,
  expectStatus,
  KYRIAN,
  startTestStandIn,
  type TestStandIn,
  UDO,
  useStandIn,
} from '../support/standin.js';

/**
 * Every observation `--like` adopts, learned from a report the real suite wrote: the observed server
 * is a `--strict` stand-in (a Channels consumer and DRF/Django built exactly to the docs, D120–D125),
 * which differs from the lenient default on each question. A lenient stand-in started `--like` that
 * report must then answer like it, one assertion per adoption, so removing any one adoption (or a
 * seam ignoring it) fails its own test here.
 */
let observed: TestStandIn;
useStandIn(
  (started) => ({ standIn: observed } = started),
  { secret: TEST_SECRET, strict: true },
  { otherClients: 'the conformance CLI' },
);

let like: TestStandIn;
let token: string;
let reportFile: string;
let observations: { id: string; summary: string }[];

beforeAll(async () => {
  reportFile = join(mkdtempSync(join(tmpdir(), '9app-like-strict-')), 'strict.json');
  const run = await runCli([
    '--base-url',
    observed.url,
    ...ACCOUNT_FLAGS,
    '--expired-token',
    expiredTokenFor(UDO.id),
    '--jwt-secret',
    TEST_SECRET,
    '--allow-writes',
    '--json',
    reportFile,
  ]);
  expect(run.err).toBe('');
  observations = JSON.parse(readFileSync(reportFile, 'utf8')).observations;
  like = await startTestStandIn({ like: readLikeReport(reportFile) }, undefined, {
    otherClients: 'httpCall, for the 301s the docs do not list',
  });
  token = (await like.login(UDO.email)).token;
}, 90_000);
afterAll(() => like?.stop());

function storedMessages(): number {
  const db = new Database(like.dbPath, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM messages').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** The observation the report holds for one question, then the `--like` stand-in's config entry. */
async function expectAdopted(id: string, summary: string | RegExp) {
  expect(observations).toContainEqual(
    expect.objectContaining({
      id,
      summary: typeof summary === 'string' ? summary : expect.stringMatching(summary),
    }),
  );
  const config = await like.call({ method: 'GET', path: '/__mock/config' });
  const entity = (expectStatus(config, 200) as { entity: { like: { adopted: { id: string }[] } } })
    .entity;
  expect(entity.like.adopted.map((a) => a.id)).toContain(id);
}

const sendFrame = async (frame: string) => {
  const socket = await recordingSocket(`${like.wsUrl}?token=${token}`);
  const before = storedMessages();
  socket.ws.send(frame);
  return { socket, before };
};

describe('--like a report the suite wrote against a strict stand-in', () => {
  it('should close 1011 on a frame missing its message_body, storing nothing', async () => {
    await expectAdopted('socket.missing-field', 'closed with 1011');
    const { socket, before } = await sendFrame(
      JSON.stringify({ action: 'chat_message', receiver_id: KYRIAN.id }),
    );
    await eventually(() => expect(socket.closeCode()).toBe(1011));
    expect(socket.frames).toEqual([]);
    expect(storedMessages()).toBe(before);
  });

  it('should say nothing to an unknown action and keep the socket open', async () => {
    await expectAdopted('socket.unknown-action', /^nothing sent/);
    const peer = await like.login(KYRIAN.email);
    const receiver = await recordingSocket(`${like.wsUrl}?token=${peer.token}`);
    const { socket } = await sendFrame(
      JSON.stringify({ action: 'typing', receiver_id: KYRIAN.id }),
    );
    // Frames are handled in order: once the next chat message arrives, the unknown action's answer
    // (if any) would have come before it.
    socket.ws.send(
      JSON.stringify({
        action: 'chat_message',
        message_body: 'still here',
        receiver_id: KYRIAN.id,
      }),
    );
    await eventually(() => expect(receiver.messages()).toHaveLength(1));
    expect(socket.frames).toEqual([]);
    expect(socket.closeCode()).toBeUndefined();
    socket.close();
    receiver.close();
  });

  it("should deliver a message to yourself to your other socket, by the docs' rule", async () => {
    await expectAdopted('socket.message-to-self', /^delivered to your other sockets/);
    const other = await recordingSocket(`${like.wsUrl}?token=${token}`);
    const { socket, before } = await sendFrame(
      JSON.stringify({ action: 'chat_message', message_body: 'note to self', receiver_id: UDO.id }),
    );
    await eventually(() => expect(other.messages()).toHaveLength(1));
    expect(other.messages()[0]).toMatchObject({ message_body: 'note to self', sender_id: UDO.id });
    expect(socket.frames.filter((f) => f.action !== 're_message')).toEqual([]);
    expect(storedMessages()).toBe(before + 1);
    socket.close();
    other.close();
  });

  it("should answer a malformed JSON login with DRF's ParseError body", async () => {
    await expectAdopted('http.login-malformed-json', '400 application/json drf-detail');
    const res = await like.call({
      method: 'POST',
      path: '/auth/login/',
      headers: { 'content-type': 'application/json' },
      body: '{"email":',
    });
    const body = expectStatus(res, 400) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['detail']);
    expect(body.detail).toMatch(/^JSON parse error - /);
  });

  it('should redirect a GET and a POST without the trailing slash, as APPEND_SLASH does', async () => {
    await expectAdopted('http.get-without-slash', /^301 to \//);
    await expectAdopted('http.post-without-slash', /^301 to \//);
    // Not `like.call`: its contract watch rightly flags a 301 the docs do not list.
    const get = await httpCall({
      method: 'GET',
      url: `${like.url}/auth/user`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(get.ok && [get.status, get.headers.location]).toEqual([301, '/auth/user/']);
    const post = await httpCall({
      method: 'POST',
      url: `${like.url}/auth/login`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: UDO.email, password: 'x' }),
    });
    expect(post.ok && [post.status, post.headers.location]).toEqual([301, '/auth/login/']);
  });

  it("should answer an unknown route with Django's HTML 404", async () => {
    await expectAdopted('http.unknown-route', /^404 text\/html/);
    const res = await like.call({ method: 'GET', path: '/nothing-here/', token });
    expect(res.ok && [res.status, res.headers['content-type']]).toEqual([
      404,
      expect.stringMatching(/^text\/html/),
    ]);
  });
});
