import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { httpCall, openSocket, type SocketSession } from '../../conformance/client/http-client.js';
import { type ReMessageFrame, ReMessageFrameSchema } from '../../spec/schemas/socket.js';
import { watchedClient, watchFrame } from '../support/contract-watch.js';
import {
  eventually,
  freePort,
  KYRIAN,
  PASSWORD,
  startTestStandIn,
  UDO,
} from '../support/standin.js';

const ROOT = new URL('../..', import.meta.url).pathname;
/** Kill-and-restart rounds on one database file; each kill lands right after a first delivery. */
const ROUNDS = 2;

/** The stand-in as its own process, so it can really be killed (or held on a database lock). */
async function spawnStandIn(db: string, port: number) {
  const args = ['--db', db, '--port', String(port), '--quiet', '--users', '4', '--messages', '20'];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i += 1) {
    const res = await httpCall({ method: 'GET', url: `${url}/openapi.json`, timeoutMs: 500 });
    if (res.ok && res.status === 200) break;
    if (i === 299) {
      child.kill('SIGKILL');
      throw new Error('the stand-in did not start');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const client = watchedClient(url);
  const login = async (email: string) => {
    const res = await client.call({
      method: 'POST',
      path: '/auth/login/',
      body: { email, password: PASSWORD },
    });
    return ((res.ok ? res.json : {}) as { entity: { token: string } }).entity.token;
  };
  /** A socket whose frames are checked against the contract; `onFrame` runs first, synchronously. */
  const socket = async (token: string, onFrame: (frame: unknown) => void = () => {}) => {
    const opened = await openSocket(`ws://127.0.0.1:${port}/chat/room/ws/?token=${token}`, 5000, {
      onFrame: (frame) => {
        onFrame(frame);
        watchFrame(frame);
      },
    });
    if (!opened.ok) throw new Error(opened.error);
    return opened.session;
  };
  return { child, client, login, socket };
}

const exited = (child: ChildProcess) =>
  new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));

const chat = (body: string) =>
  JSON.stringify({ action: 'chat_message', message_body: body, receiver_id: KYRIAN.id });

/** Sends from `sender` on every turn of the event loop until `stop()` is called. */
function pump(sender: SocketSession, label: string) {
  let sending = true;
  const done = (async () => {
    for (let i = 0; sending; i += 1) {
      if (sender.isOpen()) sender.send(chat(`${label} ${i}`));
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  return async () => {
    sending = false;
    await done;
  };
}

// Each test has its own process and file: they run side by side.
describe.concurrent('Crash safety', () => {
  it('should have stored every message it delivered when killed right after a first delivery, round after round', async () => {
    const db = join(mkdtempSync(join(tmpdir(), '9app-crash-')), 'crash.sqlite');
    const port = await freePort();
    const delivered: ReMessageFrame[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const server = await spawnStandIn(db, port);
      const [udoToken, kyrianToken] = [
        await server.login(UDO.email),
        await server.login(KYRIAN.email),
      ];
      // The kill is sent from inside the first frame's callback: no await between the two.
      const receiver = await server.socket(kyrianToken, () => server.child.kill('SIGKILL'));
      const stop = pump(await server.socket(udoToken), `round ${round}`);
      await exited(server.child);
      await stop();
      const frames = receiver.frames.map((frame) => ReMessageFrameSchema.parse(frame));
      expect(frames.length, `round ${round}`).toBeGreaterThan(0);
      delivered.push(...frames);
    }

    expect(new Database(db).pragma('integrity_check', { simple: true })).toBe('ok');
    const last = await spawnStandIn(db, port);
    try {
      const res = await last.client.call({
        method: 'GET',
        path: `/chat/messages/${UDO.id}/`,
        token: await last.login(KYRIAN.email),
      });
      const stored = new Map(
        (
          (res.ok ? res.json : {}) as { entity: { messages: { id: number; message: string }[] } }
        ).entity.messages.map((m) => [m.id, m.message]),
      );
      const missing = delivered.filter((f) => stored.get(f.created_msg_id) !== f.message_body);
      expect(missing).toEqual([]);
    } finally {
      last.child.kill('SIGKILL');
    }
    // Three stand-in processes start one after another (tsx compiles each): ~13 s on a quiet
    // 2-core machine, more when the rest of the suite shares the cores.
  }, 60_000);

  it('should deliver nothing it could not commit, and recover once it can', async () => {
    const db = join(mkdtempSync(join(tmpdir(), '9app-order-')), 'order.sqlite');
    const server = await spawnStandIn(db, await freePort());
    try {
      const udo = await server.socket(await server.login(UDO.email));
      const kyrian = await server.socket(await server.login(KYRIAN.email));
      const committed = () => {
        const reader = new Database(db, { readonly: true });
        const rows = reader.prepare('SELECT id FROM messages').all() as { id: number }[];
        reader.close();
        return new Set(rows.map((row) => row.id));
      };
      const isError = (frame: unknown) => (frame as { action?: string }).action === 'error';

      // Another connection holds SQLite's write lock, so no commit can finish: whatever reaches the
      // receiver now was delivered before it was stored.
      const lock = new Database(db);
      lock.exec('BEGIN IMMEDIATE');
      try {
        for (const n of [1, 2, 3]) udo.send(chat(`held ${n}`));
        await udo.waitForFrame(() => udo.frames.filter(isError).length === 3, 1000);
        const stored = committed();
        const early = kyrian.frames.map((f) => ReMessageFrameSchema.parse(f).created_msg_id);
        expect(early.filter((id) => !stored.has(id))).toEqual([]);
      } finally {
        lock.exec('ROLLBACK');
        lock.close();
      }

      // Each held message was refused (not_stored) or, stored late, delivered: none vanished.
      await eventually(() => expect(udo.frames.length + kyrian.frames.length).toBe(3), 8000);
      for (const frame of udo.frames) expect(frame).toMatchObject({ code: 'not_stored' });
      udo.send(chat('after the lock'));
      await eventually(() =>
        expect(kyrian.frames.at(-1)).toMatchObject({ message_body: 'after the lock' }),
      );
      const stored = committed();
      for (const frame of kyrian.frames)
        expect(stored.has(ReMessageFrameSchema.parse(frame).created_msg_id)).toBe(true);
    } finally {
      server.child.kill('SIGKILL');
    }
  });
});

describe('Durability settings', () => {
  it('should run the live database in WAL mode with synchronous = FULL', async () => {
    // A SIGKILL cannot tell FULL from NORMAL or OFF (the OS still has the pages): read them back.
    const standIn = await startTestStandIn({ users: 2, messages: 0 });
    try {
      expect(standIn.store.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(standIn.store.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    } finally {
      await standIn.stop();
    }
  });
});
