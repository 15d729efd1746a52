import { describe, expect, it } from 'vitest';
import type { SocketSession } from '../../conformance/client/http-client.js';
import { openDatabase } from '../../src/store/database.js';
import { restoreDatabase, serializeDatabase } from '../../src/store/snapshots.js';
import {
  CODEBEE,
  expectStatus,
  KYRIAN,
  type TestStandIn,
  UDO,
  useStandIn,
} from '../support/standin.js';

let standIn: TestStandIn;
let token: string;
useStandIn((started) => ({ standIn, token } = started));

/** Every row of every table, in storage order: "exactly the saved state" made comparable. */
function dumpDatabase(): Record<string, unknown[]> {
  const tables = standIn.store.db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
    )
    .all();
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      standIn.store.db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all(),
    ]),
  );
}

async function control(method: string, path: string, body?: object) {
  return standIn.call({ method, path: `/__mock${path}`, body });
}

/** A login's tokens without the password hashing a real login costs. */
async function tokensFor(email: string): Promise<{ token: string }> {
  const minted = expectStatus(await control('POST', '/token', { email }), 200);
  return (minted as { entity: { token: string } }).entity;
}

function chat(from: SocketSession, to: string, body: string) {
  from.send(JSON.stringify({ action: 'chat_message', message_body: body, receiver_id: to }));
}

const received = (socket: SocketSession, body: string) =>
  socket.waitForFrame((f) => (f as { message_body?: string }).message_body === body, 3000);

describe('Snapshots (/__mock/snapshots)', () => {
  it('should bring back exactly the saved state after ten story steps, with sockets still open', async () => {
    const udo = await standIn.socket(token);
    const kyrianLogin = await tokensFor(KYRIAN.email);
    const kyrian = await standIn.socket(kyrianLogin.token);
    const codebee = await tokensFor(CODEBEE.email);
    const saved = dumpDatabase();
    const snapshot = (
      expectStatus(await control('POST', '/snapshots', { name: 'before the story' }), 201) as {
        entity: { id: string; name: string; size_bytes: number };
      }
    ).entity;
    expect(snapshot).toMatchObject({ name: 'before the story' });
    expect(snapshot.size_bytes).toBeGreaterThan(0);

    const people = (
      expectStatus(await control('GET', '/users'), 200) as { entity: { id: string }[] }
    ).entity;
    const stranger = people.at(-1)?.id as string;
    const settings = (id: string) => `/exec/user/settings/${id}/`;
    // 1-2: a chat both ways.
    chat(udo, KYRIAN.id, 'story: hello');
    expect(await received(kyrian, 'story: hello')).toBeDefined();
    chat(kyrian, UDO.id, 'story: hi back');
    expect(await received(udo, 'story: hi back')).toBeDefined();
    // 3: a message that opens a new thread.
    chat(kyrian, stranger, 'story: new thread');
    // 4-5: coins switched off, both the documented way and the extension.
    const coin = (action: string, method: string, name: string) =>
      standIn.call({ method, path: `/exec/coin/${action}/`, token, body: { coin: name } });
    expectStatus(await coin('disable', 'GET', 'btc'), 200);
    expectStatus(await coin('disable', 'POST', 'eth'), 200);
    // 6-7: settings changed, and an account deactivated.
    const change = (id: string, body: object, method = 'GET') =>
      standIn.call({ method, path: settings(id), token, body });
    expectStatus(await change(KYRIAN.id, { can_withdraw: false }), 200);
    expectStatus(await change(CODEBEE.id, { is_active: false }), 200);
    expectStatus(
      await standIn.call({ method: 'GET', path: '/auth/user/', token: codebee.token }),
      401,
    );
    // 8: a first read creates default settings.
    expectStatus(await standIn.call({ method: 'GET', path: settings(stranger), token }), 200);
    // 9-10: more messages and a PATCH.
    chat(udo, CODEBEE.id, 'story: are you there?');
    expectStatus(await change(UDO.id, { can_trade_ltc: false }, 'PATCH'), 200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(dumpDatabase()).not.toEqual(saved);

    const restored = await control('POST', `/snapshots/${snapshot.id}/restore`);
    expect(expectStatus(restored, 200)).toMatchObject({ entity: { id: snapshot.id } });
    expect(dumpDatabase()).toEqual(saved);

    // What users see agrees: the deactivated account's old token works again (no cached row).
    expectStatus(
      await standIn.call({ method: 'GET', path: '/auth/user/', token: codebee.token }),
      200,
    );
    const settingsNow = expectStatus(
      await standIn.call({ method: 'GET', path: settings(KYRIAN.id), token }),
      200,
    );
    expect(settingsNow).toMatchObject({ entity: { is_active: true } });
    // Sockets opened before the restore keep working, and new messages are stored after it.
    expect(udo.isOpen() && kyrian.isOpen()).toBe(true);
    chat(udo, KYRIAN.id, 'story: still here');
    expect(await received(kyrian, 'story: still here')).toBeDefined();
    const history = expectStatus(
      await standIn.call({ method: 'GET', path: `/chat/messages/${KYRIAN.id}/`, token }),
      200,
    ) as { entity: { messages: { message: string }[] } };
    expect(history.entity.messages.map((m) => m.message)).toContain('story: still here');
    expect(history.entity.messages.map((m) => m.message)).not.toContain('story: hello');
  });

  it('should list, delete and refuse unknown snapshots in the envelope', async () => {
    const made = (
      expectStatus(await control('POST', '/snapshots'), 201) as {
        entity: { id: string; name: null };
      }
    ).entity;
    expect(made.name).toBeNull();
    const listed = (
      expectStatus(await control('GET', '/snapshots'), 200) as {
        entity: { id: string }[];
      }
    ).entity;
    expect(listed.map((s) => s.id)).toContain(made.id);

    expectStatus(await control('DELETE', `/snapshots/${made.id}`), 200);
    const gone = `/snapshots/${made.id}`;
    expect(expectStatus(await control('DELETE', gone), 404)).toMatchObject({
      message: 'No such snapshot',
    });
    expectStatus(await control('POST', `${gone}/restore`), 404);
    expectStatus(await control('POST', '/snapshots', { label: 'typo' }), 400);
  });

  it('should refuse to restore into an in-memory database, saying what to do', async () => {
    const db = openDatabase(':memory:');
    await expect(restoreDatabase(db, serializeDatabase(db))).rejects.toThrow(/--db PATH/);
    db.close();
  });
});
