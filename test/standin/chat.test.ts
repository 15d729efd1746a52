import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentedExample, requiredResponseSchema, routeById } from '../../spec/routes/index.js';
import {
  ErrorFrameSchema,
  MESSAGE_BODY_MAX_CHARS,
  ReMessageFrameSchema,
} from '../../spec/schemas/socket.js';
import {
  CODEBEE,
  eventually,
  expectStatus,
  KYRIAN,
  startTestStandIn,
  type TestStandIn,
  UDO,
  useStandIn,
} from '../support/standin.js';

let standIn: TestStandIn;
useStandIn((started) => ({ standIn } = started));

function expectContract(
  operationId: Parameters<typeof routeById>[0],
  status: number,
  body: unknown,
) {
  const result = requiredResponseSchema(routeById(operationId), status).safeParse(body);
  expect(result?.success, JSON.stringify(result?.error?.issues)).toBe(true);
}

describe('Chat over the socket and HTTP', () => {
  it("should answer the docs' example conversation exactly, on a fresh database", async () => {
    const { token } = await standIn.login(UDO.email);
    const body = expectStatus(
      await standIn.call({ method: 'GET', path: `/chat/messages/${CODEBEE.id}/`, token }),
      200,
    );
    expect(body).toEqual(documentedExample(routeById('getMessages'), 200));
  });

  it('should count the body limit in characters, as the published maxLength does', async () => {
    const udo = await standIn.login(UDO.email);
    const kyrian = await standIn.login(KYRIAN.email);
    const udoSocket = await standIn.socket(udo.token);
    const kyrianSocket = await standIn.socket(kyrian.token);
    // 4,000 emoji are 8,000 UTF-16 units: within the limit for Django and JSON Schema alike.
    const longest = '😀'.repeat(MESSAGE_BODY_MAX_CHARS);
    const send = (message_body: string) =>
      udoSocket.send(
        JSON.stringify({ action: 'chat_message', message_body, receiver_id: KYRIAN.id }),
      );
    send(longest);
    const delivered = ReMessageFrameSchema.parse(await kyrianSocket.waitForFrame(() => true, 3000));
    expect(delivered.message_body).toBe(longest);
    send(`${longest}x`);
    const refused = ErrorFrameSchema.parse(await udoSocket.waitForFrame(() => true, 3000));
    expect(refused.code).toBe('invalid_frame');
  });

  it('should deliver messages both ways, stored, then show them in history and threads', async () => {
    const udo = await standIn.login(UDO.email);
    const kyrian = await standIn.login(KYRIAN.email);
    const udoSocket = await standIn.socket(udo.token);
    const kyrianSocket = await standIn.socket(kyrian.token);

    udoSocket.send(
      JSON.stringify({
        action: 'chat_message',
        message_body: 'are you there?',
        receiver_id: KYRIAN.id,
      }),
    );
    const toKyrian = ReMessageFrameSchema.parse(await kyrianSocket.waitForFrame(() => true, 3000));
    expect(toKyrian).toMatchObject({
      message_body: 'are you there?',
      sender_id: UDO.id,
      receiver_id: KYRIAN.id,
    });

    kyrianSocket.send(
      JSON.stringify({ action: 'chat_message', message_body: 'yes, here', receiver_id: UDO.id }),
    );
    const toUdo = ReMessageFrameSchema.parse(await udoSocket.waitForFrame(() => true, 3000));
    expect(toUdo.created_msg_id).toBeGreaterThan(toKyrian.created_msg_id);
    // The sender gets no echo of its own message (D19).
    expect(udoSocket.frames).toHaveLength(1);
    expect(kyrianSocket.frames).toHaveLength(1);

    for (const viewer of [udo, kyrian]) {
      const other = viewer === udo ? KYRIAN.id : UDO.id;
      const history = expectStatus(
        await standIn.call({
          method: 'GET',
          path: `/chat/messages/${other}/`,
          token: viewer.token,
        }),
        200,
      );
      expectContract('getMessages', 200, history);
      const messages = (history as { entity: { messages: { id: number; message: string }[] } })
        .entity.messages;
      expect(messages.slice(-2).map((m) => [m.id, m.message])).toEqual([
        [toKyrian.created_msg_id, 'are you there?'],
        [toUdo.created_msg_id, 'yes, here'],
      ]);
      const threads = expectStatus(
        await standIn.call({ method: 'GET', path: '/chat/get-user-threads/', token: viewer.token }),
        200,
      );
      expectContract('getUserThreads', 200, threads);
      const [newest] = (threads as { entity: { last_message: string }[] }).entity;
      expect(newest?.last_message).toBe('yes, here');
    }
  });

  it('should deliver to every open socket of the receiver and to nobody else', async () => {
    const udo = await standIn.login(UDO.email);
    const kyrian = await standIn.login(KYRIAN.email);
    const codebee = await standIn.login(CODEBEE.email);
    const [tab1, tab2, bystander, sender] = await Promise.all([
      standIn.socket(kyrian.token),
      standIn.socket(kyrian.token),
      standIn.socket(codebee.token),
      standIn.socket(udo.token),
    ]);
    sender.send(
      JSON.stringify({ action: 'chat_message', message_body: 'both tabs', receiver_id: KYRIAN.id }),
    );
    await eventually(() => {
      expect(tab1.frames).toHaveLength(1);
      expect(tab2.frames).toHaveLength(1);
    });
    expect(tab1.frames[0]).toEqual(tab2.frames[0]);
    expect(bystander.frames).toEqual([]);
  });

  it("should never return another pair's messages", async () => {
    const people = standIn.store.users
      .listUsers()
      .filter((u) => u.is_active === 1)
      .slice(0, 8);
    for (const viewer of people) {
      const { token } = await standIn.login(viewer.email);
      for (const other of people) {
        const body = expectStatus(
          await standIn.call({ method: 'GET', path: `/chat/messages/${other.id}/`, token }),
          200,
        );
        for (const m of (
          body as { entity: { messages: { sender: { id: string }; receiver: { id: string } }[] } }
        ).entity.messages) {
          expect([m.sender.id, m.receiver.id].sort()).toEqual([viewer.id, other.id].sort());
        }
      }
    }
  });

  it('should answer 404 "Invalid receipient" for an unknown or malformed uid', async () => {
    const { token } = await standIn.login(UDO.email);
    for (const uid of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid', '1']) {
      const body = expectStatus(
        await standIn.call({ method: 'GET', path: `/chat/messages/${uid}/`, token }),
        404,
      );
      expect(body).toEqual({
        status: 'failure',
        entity: null,
        message: 'Invalid receipient',
        success: false,
      });
    }
  });

  it('should keep acknowledged messages and tokens across a restart on the same file', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), '9app-restart-')), 'kept.sqlite');
    const other = await startTestStandIn({ db: dbPath });
    const udo = await other.login(UDO.email);
    const kyrian = await other.login(KYRIAN.email);
    const kyrianSocket = await other.socket(kyrian.token);
    (await other.socket(udo.token)).send(
      JSON.stringify({
        action: 'chat_message',
        message_body: 'persist me',
        receiver_id: KYRIAN.id,
      }),
    );
    const frame = ReMessageFrameSchema.parse(await kyrianSocket.waitForFrame(() => true, 3000));
    await other.stop();

    const again = await startTestStandIn({ db: dbPath });
    try {
      const history = expectStatus(
        await again.call({ method: 'GET', path: `/chat/messages/${UDO.id}/`, token: kyrian.token }),
        200,
      );
      const last = (
        history as { entity: { messages: { id: number; message: string }[] } }
      ).entity.messages.at(-1);
      expect(last).toMatchObject({ id: frame.created_msg_id, message: 'persist me' });
    } finally {
      await again.stop();
    }
  });
});
