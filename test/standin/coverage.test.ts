import { describe, expect, it } from 'vitest';
import { type Coverage, CoverageSchema } from '../../spec/schemas/coverage.js';
import { recordingSocket, untilMessages } from '../support/recording-socket.js';
import {
  eventually,
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

async function coverage(of: TestStandIn = standIn): Promise<Coverage> {
  const body = expectStatus(await of.call({ method: 'GET', path: '/__mock/coverage' }), 200) as {
    entity: unknown;
  };
  return CoverageSchema.parse(body.entity);
}

const items = (list: Array<{ item: string }>) => list.map((entry) => entry.item);

/** What a frontend test run does: log in, read, fail a few times, chat, get disconnected. */
async function aKnownSession(): Promise<void> {
  await standIn.call({ method: 'DELETE', path: '/__mock/requests' });
  const kyrianToken = (await standIn.login(KYRIAN.email)).token;
  await standIn.call({ method: 'POST', path: '/auth/login/', body: { email: UDO.email } });
  await standIn.call({ method: 'GET', path: `/chat/messages/${KYRIAN.id}/?page=1`, token });
  await standIn.call({ method: 'GET', path: '/auth/user/' });
  await standIn.call({ method: 'GET', path: '/nowhere/' });
  const udo = await recordingSocket(`${standIn.wsUrl}?token=${token}`);
  const kyrian = await recordingSocket(`${standIn.wsUrl}?token=${kyrianToken}`);
  udo.ws.send(
    JSON.stringify({ action: 'chat_message', message_body: 'hi', receiver_id: KYRIAN.id }),
  );
  await untilMessages(kyrian, 1);
  udo.ws.send('not json');
  await eventually(() => expect(udo.frames.length).toBe(1));
  const close = (user_id: string, code: number) =>
    standIn.call({ method: 'POST', path: '/__mock/sockets/close', body: { user_id, code } });
  await close(KYRIAN.id, 4001);
  await close(UDO.id, 1012);
  await eventually(() => expect([udo.closeCode(), kyrian.closeCode()]).toEqual([1012, 4001]));
  await eventually(async () => expect((await coverage()).exchanges.closes).toBe(2));
}

describe('Coverage of the stand-in journal (GET /__mock/coverage)', () => {
  it('should show exactly what a known session covered, and what it never hit', async () => {
    await aKnownSession();
    const { dimensions: d, exchanges } = await coverage();
    expect(exchanges).toEqual({ http: 5, frames: 4, closes: 2, controls: 0 });
    expect(d.operations.hit).toEqual([
      { item: 'POST /auth/login/', count: 2 },
      { item: 'GET /auth/user/', count: 1 },
      { item: 'GET /chat/messages/{uid}/', count: 1 },
    ]);
    expect(d.operations.undocumented).toEqual([{ item: 'GET /nowhere/', count: 1 }]);
    expect(d.operations.missed).toHaveLength(d.operations.total - 3);
    expect(d.operations.missed).toContain('GET /chat/get-user-threads/');
    expect(items(d.statuses.hit)).toEqual([
      'POST /auth/login/ 200',
      'POST /auth/login/ 400',
      'GET /auth/user/ 401',
      'GET /chat/messages/{uid}/ 200',
    ]);
    expect(d.statuses.undocumented).toEqual([]);
    expect(d.frame_kinds.hit).toEqual([
      { item: 'client chat_message', count: 1 },
      { item: 'server re_message', count: 1 },
      { item: 'server error', count: 1 },
    ]);
    expect(d.frame_kinds.missed).toEqual([]);
    expect(d.frame_kinds.undocumented).toEqual([{ item: 'client (not JSON)', count: 1 }]);
    expect(items(d.error_codes.hit)).toEqual(['invalid_json']);
    expect(items(d.close_codes.hit)).toEqual(['1012']);
    expect(d.close_codes.missed).toEqual(['1001', '1009', '1011', '1013']);
    expect(d.close_codes.undocumented).toEqual([{ item: '4001', count: 1 }]);
    expect(items(d.request_fields.hit)).toEqual([
      'POST /auth/login/ email',
      'POST /auth/login/ password',
      'client chat_message action',
      'client chat_message message_body',
      'client chat_message receiver_id',
    ]);
    // The docs give Get Messages no query: `?page` is the test's own idea.
    expect(d.request_fields.undocumented).toEqual([
      { item: 'GET /chat/messages/{uid}/ ?page', count: 1 },
    ]);
    expect(d.response_fields).toMatchObject({ measured: false, percent: null, missed: [] });
  });

  it('should print the same as text with ?format=text, for the end of a test run', async () => {
    await aKnownSession();
    const res = await standIn.call({ method: 'GET', path: '/__mock/coverage?format=text' });
    if (!res.ok) throw new Error(res.error);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toMatch(/^Contract coverage from the stand-in journal: 5 HTTP exchanges/);
    expect(res.text).toContain('  operations                 3/17  17.6%');
    expect(res.text).toContain('not measured: the stand-in journal keeps no response bodies');
    expect(res.text).toContain('    GET /nowhere/ (1×)');
  });

  it('should start over on DELETE /__mock/requests', async () => {
    await standIn.call({ method: 'GET', path: '/auth/user/', token });
    await standIn.call({ method: 'DELETE', path: '/__mock/requests' });
    const { dimensions: d, exchanges } = await coverage();
    expect(exchanges).toEqual({ http: 0, frames: 0, closes: 0, controls: 0 });
    expect(d.operations.hit).toEqual([]);
    expect(d.operations.covered).toBe(0);
  });

  it('should refuse a format it does not know, in the envelope', async () => {
    const res = await standIn.call({ method: 'GET', path: '/__mock/coverage?format=xml' });
    expect(expectStatus(res, 400)).toMatchObject({ status: 'failure', success: false });
  });
});

describe('Coverage beyond the journal bound', () => {
  it('should keep what entries covered after the ring forgot them, and say when the journal is off', async () => {
    const small = await startTestStandIn({ journal: 2 });
    try {
      for (const path of ['/auth/user/', '/chat/get-user-threads/', '/transactions/all/'])
        await small.call({ method: 'GET', path });
      const d = (await coverage(small)).dimensions;
      expect(items(d.statuses.hit)).toEqual([
        'GET /auth/user/ 401',
        'GET /chat/get-user-threads/ 401',
        'GET /transactions/all/ 401',
      ]);
    } finally {
      await small.stop();
    }
    const off = await startTestStandIn({ journal: 0 });
    try {
      const d = (await coverage(off)).dimensions;
      expect(d.operations).toMatchObject({
        measured: false,
        reason: 'the journal is off (--journal 0): nothing was recorded',
      });
    } finally {
      await off.stop();
    }
  });
});
