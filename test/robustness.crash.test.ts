import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { httpCall, openSocket } from '../conformance/client.js';
import { ReMessageFrameSchema } from '../spec/schemas/socket.js';
import { freePort, KYRIAN, PASSWORD, UDO } from './support/standin.js';

const ROOT = new URL('..', import.meta.url).pathname;

/** The stand-in as its own process, so it can really be killed. */
async function spawnStandIn(db: string, port: number) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/cli.ts',
      '--db',
      db,
      '--port',
      String(port),
      '--quiet',
      '--users',
      '4',
      '--messages',
      '20',
    ],
    { cwd: ROOT, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i += 1) {
    const res = await httpCall({ method: 'GET', url: `${url}/openapi.json`, timeoutMs: 500 });
    if (res.ok && res.status === 200) return { child, url };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  throw new Error('the stand-in did not start');
}

async function login(url: string, email: string) {
  const res = await httpCall({
    method: 'POST',
    url: `${url}/auth/login/`,
    body: { email, password: PASSWORD },
  });
  return ((res.ok ? res.json : {}) as { entity: { token: string } }).entity.token;
}

describe('Crash safety', () => {
  it('should keep every delivered message, ids unchanged, after SIGKILL under socket load', async () => {
    const db = join(mkdtempSync(join(tmpdir(), '9app-crash-')), 'crash.sqlite');
    const port = await freePort();
    const first = await spawnStandIn(db, port);
    const [udoToken, kyrianToken] = [
      await login(first.url, UDO.email),
      await login(first.url, KYRIAN.email),
    ];
    const ws = `ws://127.0.0.1:${port}/chat/room/ws/?token=`;
    const sender = await openSocket(`${ws}${udoToken}`);
    const receiver = await openSocket(`${ws}${kyrianToken}`);
    if (!sender.ok || !receiver.ok) throw new Error('sockets did not open');

    // Keep sending until well past the kill; record what was delivered.
    let sending = true;
    const pump = (async () => {
      for (let i = 0; sending; i += 1) {
        if (sender.session.isOpen())
          sender.session.send(
            JSON.stringify({
              action: 'chat_message',
              message_body: `crash ${i}`,
              receiver_id: KYRIAN.id,
            }),
          );
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await receiver.session.waitForFrame(() => receiver.session.frames.length >= 300, 10_000);
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    sending = false;
    await pump;
    const delivered = receiver.session.frames.map((frame) => ReMessageFrameSchema.parse(frame));
    expect(delivered.length).toBeGreaterThanOrEqual(300);

    const integrity = new Database(db).pragma('integrity_check', { simple: true });
    expect(integrity).toBe('ok');

    const second = await spawnStandIn(db, port);
    try {
      const res = await httpCall({
        method: 'GET',
        url: `${second.url}/chat/messages/${UDO.id}/`,
        headers: { authorization: `Bearer ${kyrianToken}` },
      });
      const stored = new Map(
        (
          (res.ok ? res.json : {}) as { entity: { messages: { id: number; message: string }[] } }
        ).entity.messages.map((m) => [m.id, m.message]),
      );
      const missing = delivered.filter(
        (frame) => stored.get(frame.created_msg_id) !== frame.message_body,
      );
      expect(missing).toEqual([]);
    } finally {
      second.child.kill('SIGKILL');
    }
  });
});
