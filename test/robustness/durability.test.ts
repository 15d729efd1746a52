import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CommitThread } from '../../src/store/commit-thread.js';
import {
  eventually,
  expectStatus,
  KYRIAN,
  type TestStandIn,
  useStandIn,
} from '../support/standin.js';

/**
 * "A message acknowledged by the server has been fsynced": true only if every connection that
 * writes runs WAL with `synchronous = FULL`. A SIGKILL cannot tell FULL from NORMAL or OFF (the OS
 * still has the pages), so the settings are read back from the live connections themselves: the
 * main one, and the commit thread's own (D110), which is the one that stores chat messages.
 */

let standIn: TestStandIn;
let token: string;
useStandIn((started) => ({ standIn, token } = started), { users: 4, messages: 10 });

/** What every writing connection must run with; `synchronous` 2 is FULL. */
const DURABLE = { journal_mode: 'wal', synchronous: 2, foreign_keys: 1, busy_timeout: 5000 };

async function expectDurable(when: string) {
  const settings = await standIn.writerSettings();
  expect(Object.keys(settings), when).toEqual(['main', 'commit thread']);
  for (const [connection, read] of Object.entries(settings))
    expect(read, `${connection} connection, ${when}`).toEqual(DURABLE);
}

/** One chat message, stored (through the commit thread) and delivered. */
async function chat(body: string) {
  const kyrian = await standIn.socket((await standIn.login(KYRIAN.email)).token);
  const udo = await standIn.socket(token);
  udo.send(JSON.stringify({ action: 'chat_message', message_body: body, receiver_id: KYRIAN.id }));
  const frame = await kyrian.waitForFrame(
    (f) => (f as { message_body?: string }).message_body === body,
    5000,
  );
  expect(frame, `delivery of ${body}`).toBeDefined();
  await Promise.all([udo.close(), kyrian.close()]);
}

describe('Durability of every writing connection', () => {
  it('should run both writing connections durably from the start, and after a message', async () => {
    await expectDurable('at start');
    await chat('first');
    await expectDurable('after a message');
  });

  it('should still be durable after a reset (the seed relaxes some settings while it runs)', async () => {
    expectStatus(await standIn.call({ method: 'POST', path: '/__mock/reset' }), 200);
    await expectDurable('after a reset');
    await chat('after the reset');
    await expectDurable('after a reset and a message');
  });

  it('should have a snapshot restore on disk when it answers, and stay durable after it', async () => {
    const saved = expectStatus(
      await standIn.call({ method: 'POST', path: '/__mock/snapshots' }),
      201,
    ) as {
      entity: { id: string };
    };
    await chat('to be undone');
    const restore = `/__mock/snapshots/${saved.entity.id}/restore`;
    expectStatus(await standIn.call({ method: 'POST', path: restore }), 200);
    // The restore's own connection does not fsync its commit: a checkpoint through the main one
    // does, leaving nothing in the WAL (src/store/snapshots.ts).
    expect(statSync(`${standIn.dbPath}-wal`).size, 'bytes left in the WAL').toBe(0);
    await expectDurable('after a snapshot restore');
    await chat('after the restore');
    await expectDurable('after a snapshot restore and a message');
  });

  it('should start each new commit thread as durably as the first, after an idle end', async () => {
    const thread = new CommitThread(standIn.dbPath, 20);
    try {
      expect(await thread.settings(), 'first thread').toEqual(DURABLE);
      await eventually(() => expect(thread.running).toBe(false));
      expect(await thread.settings(), 'the thread started after it').toEqual(DURABLE);
    } finally {
      thread.close();
    }
  });
});
