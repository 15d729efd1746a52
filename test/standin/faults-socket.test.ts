import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type RecordingSocket,
  recordingSocket,
  untilMessages,
} from '../support/recording-socket.js';
import {
  eventually,
  expectStatus,
  KYRIAN,
  type TestStandIn,
  useStandIn,
} from '../support/standin.js';

let standIn: TestStandIn;
let udoToken: string;
let kyrianToken: string;
useStandIn((started) => ({ standIn, token: udoToken } = started));
beforeAll(async () => {
  kyrianToken = (await standIn.login(KYRIAN.email)).token;
});

const open: RecordingSocket[] = [];
async function connect(token: string): Promise<RecordingSocket> {
  const socket = await recordingSocket(`${standIn.wsUrl}?token=${token}`);
  open.push(socket);
  return socket;
}
afterEach(async () => {
  for (const socket of open.splice(0)) socket.close();
  await standIn.call({ method: 'DELETE', path: '/__mock/faults' });
});

const setFault = async (fault: object) =>
  expectStatus(await standIn.call({ method: 'POST', path: '/__mock/faults', body: fault }), 201);

function say(from: RecordingSocket, text: string) {
  from.ws.send(
    JSON.stringify({ action: 'chat_message', message_body: text, receiver_id: KYRIAN.id }),
  );
}

/** The bodies of Udo's conversation with Kyrian, from HTTP history. */
async function history(): Promise<string[]> {
  const body = expectStatus(
    await standIn.call({ method: 'GET', path: `/chat/messages/${KYRIAN.id}/`, token: udoToken }),
    200,
  ) as { entity: { messages: Array<{ message: string }> } };
  return body.entity.messages.map((m) => m.message);
}

describe('Closing sockets (POST /__mock/sockets/close)', () => {
  it('should close a user’s sockets like a restart, and a client that reconnects keeps chatting', async () => {
    const udo = await connect(udoToken);
    const kyrian = await connect(kyrianToken);
    const closed = expectStatus(
      await standIn.call({
        method: 'POST',
        path: '/__mock/sockets/close',
        body: { user_id: KYRIAN.id, code: 1012 },
      }),
      200,
    ) as { entity: { closed: number } };
    expect(closed.entity.closed).toBe(1);
    await eventually(() => expect(kyrian.closeCode()).toBe(1012));
    expect(udo.ws.readyState).toBe(udo.ws.OPEN);

    const again = await connect(kyrianToken);
    say(udo, 'welcome back');
    await untilMessages(again, 1);
    expect(again.messages()[0]?.message_body).toBe('welcome back');
  });

  it("should close everyone's sockets with 1012 when no user is named", async () => {
    const udo = await connect(udoToken);
    const kyrian = await connect(kyrianToken);
    await standIn.call({ method: 'POST', path: '/__mock/sockets/close' });
    await eventually(() => expect([udo.closeCode(), kyrian.closeCode()]).toEqual([1012, 1012]));
  });

  it.each([1000, 1013, 3999, 5000, 4000.5, '1012'])(
    'should refuse close code %j naming every code it accepts, not just one bound (D52)',
    async (code) => {
      const res = await standIn.call({
        method: 'POST',
        path: '/__mock/sockets/close',
        body: { code },
      });
      expect(expectStatus(res, 400)).toMatchObject({
        status: 'failure',
        success: false,
        message:
          'Invalid request body: code: must be a close code a server may send: 1001, 1011, 1012 or 4000–4999 (D52)',
      });
    },
  );
});

describe('Socket faults (POST /__mock/faults)', () => {
  it('should drop a frame on its way to the receiver, yet keep it in history', async () => {
    const udo = await connect(udoToken);
    const kyrian = await connect(kyrianToken);
    await setFault({
      kind: 'socket',
      match: { user_id: KYRIAN.id },
      effect: { drop_rate: 1 },
      remaining: 1,
    });
    say(udo, 'lost on the way');
    say(udo, 'this one arrives');
    await untilMessages(kyrian, 1);
    expect(kyrian.messages().map((m) => m.message_body)).toEqual(['this one arrives']);
    expect(await history()).toEqual(
      expect.arrayContaining(['lost on the way', 'this one arrives']),
    );
  });

  it('should deliver a frame twice with a duplicate fault', async () => {
    const udo = await connect(udoToken);
    const kyrian = await connect(kyrianToken);
    await setFault({ kind: 'socket', effect: { duplicate: true }, remaining: 1 });
    say(udo, 'echo');
    say(udo, 'once');
    await untilMessages(kyrian, 3);
    const ids = kyrian.messages().map((m) => `${m.message_body}#${m.created_msg_id}`);
    expect(ids[0]).toBe(ids[1]);
    expect(kyrian.messages().map((m) => m.message_body)).toEqual(['echo', 'echo', 'once']);
  });

  it('should close a socket after N frames with the given code', async () => {
    const udo = await connect(udoToken);
    const kyrian = await connect(kyrianToken);
    await setFault({
      kind: 'socket',
      match: { user_id: KYRIAN.id },
      effect: { close_after_frames: 2, code: 4001 },
    });
    say(udo, 'one');
    say(udo, 'two');
    await eventually(() => expect(kyrian.closeCode()).toBe(4001));
    expect(kyrian.messages().map((m) => m.message_body)).toEqual(['one', 'two']);
  });

  it('should delay delivery by the given milliseconds', async () => {
    const udo = await connect(udoToken);
    const kyrian = await connect(kyrianToken);
    await setFault({ kind: 'socket', effect: { delay_ms: 300 } });
    const sent = Date.now();
    say(udo, 'slow');
    await untilMessages(kyrian, 1);
    expect(Date.now() - sent).toBeGreaterThanOrEqual(280);
  });

  it('should refuse the next handshake with 503, then accept', async () => {
    await setFault({
      kind: 'socket',
      match: { user_id: KYRIAN.id },
      effect: { refuse_handshake: 503 },
      remaining: 1,
    });
    await expect(connect(kyrianToken)).rejects.toMatchObject({ status: 503 });
    await connect(kyrianToken);
    const journal = expectStatus(
      await standIn.call({ method: 'GET', path: '/__mock/requests?kind=socket&limit=5' }),
      200,
    ) as { entity: Array<{ event: string; code: number | null; user_id: string }> };
    expect(journal.entity).toContainEqual(
      expect.objectContaining({ event: 'refused', code: 503, user_id: KYRIAN.id }),
    );
  });

  it('should journal a handshake refused for its token as refused with 403', async () => {
    await expect(connect('not-a-token')).rejects.toMatchObject({ status: 403 });
    const journal = expectStatus(
      await standIn.call({ method: 'GET', path: '/__mock/requests?kind=socket&limit=1' }),
      200,
    ) as { entity: unknown[] };
    expect(journal.entity).toEqual([
      expect.objectContaining({ event: 'refused', code: 403, user_id: null }),
    ]);
  });

  it('should list active faults with what remains, and forget them on DELETE', async () => {
    await setFault({ kind: 'socket', effect: { drop_rate: 0.5 }, remaining: 3 });
    const listed = expectStatus(
      await standIn.call({ method: 'GET', path: '/__mock/faults' }),
      200,
    ) as { entity: unknown[] };
    expect(listed.entity).toEqual([
      expect.objectContaining({ kind: 'socket', effect: { drop_rate: 0.5 }, remaining: 3 }),
    ]);
    await standIn.call({ method: 'DELETE', path: '/__mock/faults' });
    const after = expectStatus(
      await standIn.call({ method: 'GET', path: '/__mock/faults' }),
      200,
    ) as { entity: unknown[] };
    expect(after.entity).toEqual([]);
  });
});
