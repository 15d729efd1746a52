import { describe, expect, it } from 'vitest';
import type { HttpJournalEntry, JournalEntry } from '../../spec/schemas/mock.js';
import { JournalEntrySchema } from '../../spec/schemas/mock.js';
import { recordingSocket, untilMessages } from '../support/recording-socket.js';
import {
  expectStatus,
  KYRIAN,
  startTestStandIn,
  type TestStandIn,
  UDO,
  useStandIn,
} from '../support/standin.js';

let standIn: TestStandIn;
let token: string;
useStandIn((started) => ({ standIn, token } = started));

async function journal(query = ''): Promise<JournalEntry[]> {
  const body = expectStatus(
    await standIn.call({ method: 'GET', path: `/__mock/requests${query}` }),
    200,
  ) as { entity: unknown[] };
  return body.entity.map((entry) => JournalEntrySchema.parse(entry));
}

describe('The journal (GET /__mock/requests)', () => {
  it('should show a chat exchange: the HTTP calls and the socket frames, newest first', async () => {
    await standIn.call({ method: 'DELETE', path: '/__mock/requests' });
    const kyrianToken = (await standIn.login(KYRIAN.email)).token;
    const udo = await recordingSocket(`${standIn.wsUrl}?token=${token}`);
    const kyrian = await recordingSocket(`${standIn.wsUrl}?token=${kyrianToken}`);
    const frame = { action: 'chat_message', message_body: 'journal me', receiver_id: KYRIAN.id };
    udo.ws.send(JSON.stringify(frame));
    await untilMessages(kyrian, 1);
    await standIn.call({ method: 'GET', path: `/chat/messages/${KYRIAN.id}/?page=1`, token });
    udo.close();
    kyrian.close();

    const udoSocket = await journal(`?kind=socket&user_id=${UDO.id}`);
    expect(udoSocket.map((e) => e.kind === 'socket' && e.event).reverse()).toEqual(
      expect.arrayContaining(['open', 'frame_in']),
    );
    expect(udoSocket.find((e) => e.kind === 'socket' && e.event === 'frame_in')).toMatchObject({
      data: JSON.stringify(frame),
    });
    const delivered = await journal(`?kind=socket&user_id=${KYRIAN.id}`);
    expect(delivered).toContainEqual(
      expect.objectContaining({ event: 'frame_out', data: expect.stringContaining('journal me') }),
    );

    const [history] = (await journal(
      '?kind=http&method=get&path=/chat/messages/',
    )) as HttpJournalEntry[];
    expect(history).toMatchObject({
      method: 'GET',
      path: `/chat/messages/${KYRIAN.id}/`,
      query: { page: '1' },
      status: 200,
      user_id: UDO.id,
      deviation: null,
    });
    expect(history?.headers.authorization).toBe('Bearer (elided)');
    expect(history?.headers.authorization).not.toContain(token);

    const all = await journal();
    expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort((a, b) => b - a));
  });

  it('should record a request body, and a login by its email', async () => {
    await standIn.login(KYRIAN.email);
    const [login] = (await journal('?path=/auth/login/&limit=1')) as HttpJournalEntry[];
    expect(JSON.parse(login?.body ?? '{}')).toMatchObject({ email: KYRIAN.email });
  });

  it('should leave out its own controls and the docs, and filter by time', async () => {
    const before = new Date().toISOString();
    await standIn.call({ method: 'GET', path: '/docs' });
    await standIn.call({ method: 'GET', path: '/__mock/users' });
    expect(await journal(`?since=${before}`)).toEqual([]);
    await standIn.call({ method: 'GET', path: '/auth/user/', token });
    expect((await journal(`?since=${before}`)).length).toBe(1);
  });

  it('should refuse a filter it cannot read, in the envelope', async () => {
    const res = await standIn.call({ method: 'GET', path: '/__mock/requests?since=yesterday' });
    expect(expectStatus(res, 400)).toMatchObject({ status: 'failure' });
  });

  it('should empty on DELETE', async () => {
    await standIn.call({ method: 'DELETE', path: '/__mock/requests' });
    expect(await journal()).toEqual([]);
  });
});

describe('The journal bound (--journal N)', () => {
  it('should keep only the last N entries', async () => {
    const small = await startTestStandIn({ journal: 3 });
    try {
      for (let i = 0; i < 5; i++) await small.call({ method: 'GET', path: `/nowhere/${i}` });
      const body = expectStatus(
        await small.call({ method: 'GET', path: '/__mock/requests' }),
        200,
      ) as { entity: HttpJournalEntry[] };
      expect(body.entity.map((e) => e.path)).toEqual(['/nowhere/4', '/nowhere/3', '/nowhere/2']);
    } finally {
      await small.stop();
    }
  });
});
