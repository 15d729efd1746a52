import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StandInConfig } from '../../src/server/config.js';
import { type RecordingSocket, recordingSocket } from '../support/recording-socket.js';
import {
  eventually,
  expectStatus,
  KYRIAN,
  startTestStandIn,
  type TestStandIn,
  UDO,
} from '../support/standin.js';

/** The frames a Channels consumer cannot act on, as the issue lists them, and their error codes. */
const REFUSED = [
  { what: 'a malformed frame', data: 'not json', code: 'invalid_json' },
  {
    what: 'a missing field',
    data: JSON.stringify({ action: 'chat_message', receiver_id: KYRIAN.id }),
    code: 'invalid_frame',
  },
  {
    what: 'an unknown receiver',
    data: JSON.stringify({
      action: 'chat_message',
      message_body: 'anyone there?',
      receiver_id: '00000000-0000-4000-8000-000000000000',
    }),
    code: 'unknown_receiver',
  },
  { what: 'an unknown action', data: JSON.stringify({ action: 'typing' }), code: 'unknown_action' },
] as const;

const HELLO = JSON.stringify({
  action: 'chat_message',
  message_body: 'still here',
  receiver_id: KYRIAN.id,
});

/** A stand-in started with `config`, logged in as the docs' onuhudoudo, for one describe block. */
function useSocketStandIn(config: Partial<StandInConfig>) {
  const ctx = {} as { standIn: TestStandIn; token: string; url: string };
  beforeAll(async () => {
    ctx.standIn = await startTestStandIn(config);
    ctx.token = (await ctx.standIn.login(UDO.email)).token;
    ctx.url = `${ctx.standIn.wsUrl}?token=${ctx.token}`;
  }, 60_000);
  afterAll(() => ctx.standIn?.stop());
  return ctx;
}

const storedMessages = (standIn: TestStandIn) =>
  (standIn.store.db.prepare('SELECT count(*) AS n FROM messages').get() as { n: number }).n;

/** The socket events the journal holds for onuhudoudo, newest first. */
async function socketJournal(standIn: TestStandIn) {
  const res = await standIn.call({
    method: 'GET',
    path: `/__mock/requests?kind=socket&user_id=${UDO.id}`,
  });
  return (
    expectStatus(res, 200) as {
      entity: { event: string; data: string | null; code: number | null }[];
    }
  ).entity;
}

/** Waits `ms` and asserts the socket received nothing and is still open. */
async function expectSilence(socket: RecordingSocket, ms = 300) {
  await new Promise((resolve) => setTimeout(resolve, ms));
  expect(socket.frames).toEqual([]);
  expect(socket.closeCode()).toBeUndefined();
}

describe('Socket errors: frame (the lenient default)', () => {
  const ctx = useSocketStandIn({});

  it.each(REFUSED)(
    'should answer $what with an error frame and keep the socket open',
    async ({ data, code }) => {
      const socket = await recordingSocket(ctx.url);
      socket.ws.send(data);
      await eventually(() =>
        expect(socket.frames).toEqual([expect.objectContaining({ action: 'error', code })]),
      );
      expect(socket.closeCode()).toBeUndefined();
      const [refused] = (await socketJournal(ctx.standIn)).filter(
        (e) => e.event === 'frame_refused',
      );
      expect(refused?.data).toContain(`${code} (`);
      expect(refused?.data).toContain('error frame sent, socket errors: frame (D120)');
      socket.close();
    },
  );
});

describe('Socket errors: close (--socket-errors close)', () => {
  const ctx = useSocketStandIn({ socketErrors: 'close' });

  it.each(REFUSED)('should close on $what with 1011, storing nothing', async ({ data, code }) => {
    const before = storedMessages(ctx.standIn);
    const socket = await recordingSocket(ctx.url);
    socket.ws.send(data);
    socket.ws.send(HELLO); // in flight behind it: the socket is closing, so never stored either
    await eventually(() => expect(socket.closeCode()).toBe(1011));
    expect(socket.frames).toEqual([]);
    expect(storedMessages(ctx.standIn)).toBe(before);
    // The journal, and the request log, say what happened and why.
    const journal = await socketJournal(ctx.standIn);
    const refused = journal.find((e) => e.event === 'frame_refused')?.data;
    expect(refused).toContain(`${code} (`);
    expect(refused).toContain('closed 1011, socket errors: close (D120)');
    await eventually(async () =>
      expect((await socketJournal(ctx.standIn)).find((e) => e.event === 'close')?.code).toBe(1011),
    );
    expect(
      ctx.standIn.logLines.some(
        (l) => l.includes(`refused ${code} (`) && l.includes('closed 1011'),
      ),
    ).toBe(true);
  });
});

describe('/docs/ws under --socket-errors close', () => {
  const ctx = useSocketStandIn({ socketErrors: 'close' });

  it('should show the 1011 close with its meaning, in the reference and in the console', async () => {
    const page = await ctx.standIn.call({ method: 'GET', path: '/docs/ws' });
    const html = page.ok ? page.text : '';
    expect(html).toMatch(
      /<code>1011<\/code><\/th><td>Internal error: the server could not act on a frame/,
    );
    expect(html).toContain(
      'On this server a refused frame gets: close 1011, frame_too_large: close 1009 (--socket-errors close)',
    );
    // The console's frame log reads its words from the page (src/docs/close-codes.ts, D157).
    const meanings = /data-close-meanings="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(JSON.parse(meanings.replaceAll('&quot;', '"').replaceAll('&amp;', '&'))['1011']).toMatch(
      /^internal error: the server could not act on a frame/,
    );
  });
});

describe('Socket errors: silent (NINEAPP_SOCKET_ERRORS=silent)', () => {
  const ctx = useSocketStandIn({ socketErrors: 'silent' });

  it.each(REFUSED)(
    'should send nothing for $what and keep the socket working',
    async ({ data, code }) => {
      const socket = await recordingSocket(ctx.url);
      const peer = await recordingSocket(
        `${ctx.standIn.wsUrl}?token=${(await ctx.standIn.login(KYRIAN.email)).token}`,
      );
      socket.ws.send(data);
      await expectSilence(socket);
      const [refused] = (await socketJournal(ctx.standIn)).filter(
        (e) => e.event === 'frame_refused',
      );
      expect(refused?.data).toContain(`${code} (`);
      expect(refused?.data).toContain('nothing sent, socket errors: silent (D120)');
      socket.ws.send(HELLO);
      await eventually(() => expect(peer.messages()).toHaveLength(1));
      socket.close();
      peer.close();
    },
  );
});

describe('Socket errors under --strict: what a Channels consumer built to the docs does', () => {
  const ctx = useSocketStandIn({ strict: true });

  it('should close with 1011 on a frame its receive cannot read, and ignore an unknown action', async () => {
    for (const { data, code } of REFUSED) {
      const socket = await recordingSocket(ctx.url);
      socket.ws.send(data);
      if (code === 'unknown_action') await expectSilence(socket);
      else await eventually(() => expect(socket.closeCode(), code).toBe(1011));
      expect(socket.frames, code).toEqual([]);
      socket.close();
    }
  });

  it("should deliver a message to yourself to your other sockets, by the docs' rule, and store it", async () => {
    const sending = await recordingSocket(ctx.url);
    const otherTab = await recordingSocket(ctx.url);
    const before = storedMessages(ctx.standIn);
    sending.ws.send(
      JSON.stringify({ action: 'chat_message', message_body: 'note to self', receiver_id: UDO.id }),
    );
    await eventually(() =>
      expect(otherTab.messages()).toEqual([
        expect.objectContaining({
          message_body: 'note to self',
          sender_id: UDO.id,
          receiver_id: UDO.id,
        }),
      ]),
    );
    await expectSilence(sending); // no echo to the sending socket (D19)
    expect(storedMessages(ctx.standIn)).toBe(before + 1);
    sending.close();
    otherTab.close();
  });
});
