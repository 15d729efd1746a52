import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, seedDatabase } from '../seed/index.js';
import { CommitThread } from './commit-thread.js';
import { openDatabase } from './database.js';
import { createStore } from './index.js';

async function seededFile() {
  const path = join(mkdtempSync(join(tmpdir(), '9app-commit-')), 'chat.sqlite');
  const store = createStore(openDatabase(path));
  await seedDatabase(store, { ...DEFAULT_SEED, users: 6, messages: 0 });
  const [a, b, c] = store.users.listUsers().map((user) => user.id);
  if (!a || !b || !c) throw new Error('the seed should hold three people');
  return { path, store, a, b, c };
}

const created = '2026-01-01T00:00:00.000000Z';

describe('Commit thread', () => {
  it('should have every message of a batch on disk when it answers, and refuse only a bad one', async () => {
    const { path, store, a, b, c } = await seededFile();
    const thread = new CommitThread(path);
    const outcomes = await thread.commit([
      { senderId: a, receiverId: b, body: 'first', created },
      { senderId: a, receiverId: 'no-such-person', body: 'lost', created },
      { senderId: c, receiverId: a, body: 'third', created },
    ]);
    expect(outcomes[1]).toMatchObject({ error: expect.stringMatching(/FOREIGN KEY/) });
    // Read through a fresh connection: what the thread answered is committed, not just written.
    const reader = new Database(path, { readonly: true });
    const stored = reader
      .prepare('SELECT id, body FROM messages WHERE body IN (?, ?, ?) ORDER BY id')
      .all('first', 'lost', 'third');
    reader.close();
    expect(stored).toEqual([
      { id: (outcomes[0] as { id: number }).id, body: 'first' },
      { id: (outcomes[2] as { id: number }).id, body: 'third' },
    ]);
    // The main connection's reads see it too, threads touched once with their last message.
    const threads = store.chat.listThreads(a);
    expect(threads.find((t) => t.user_two.id === b || t.user_one.id === b)?.last_message).toBe(
      'first',
    );
    expect(threads.find((t) => t.user_two.id === c || t.user_one.id === c)?.last_message).toBe(
      'third',
    );
  });

  it('should end when idle and start again for the next message', async () => {
    const { path, a, b } = await seededFile();
    const thread = new CommitThread(path, 20);
    await thread.commit([{ senderId: a, receiverId: b, body: 'before', created }]);
    expect(thread.running).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(thread.running).toBe(false);
    const [outcome] = await thread.commit([{ senderId: b, receiverId: a, body: 'after', created }]);
    expect(outcome).toMatchObject({ id: expect.any(Number) });
  });

  it('should store, and say so, a message that comes while the idle thread is still exiting', async () => {
    const { path, a, b } = await seededFile();
    const thread = new CommitThread(path, 20);
    await thread.commit([{ senderId: a, receiverId: b, body: 'before the pause', created }]);
    while (thread.running) await new Promise((resolve) => setTimeout(resolve, 1));
    // The ended thread's exit comes after this message went to the next thread.
    const [outcome] = await thread.commit([
      { senderId: b, receiverId: a, body: 'at once', created },
    ]);
    expect(outcome).toMatchObject({ id: expect.any(Number) });
    thread.close();
  });

  it('should end when closed, the server going away', async () => {
    const { path, a, b } = await seededFile();
    const thread = new CommitThread(path);
    await thread.commit([{ senderId: a, receiverId: b, body: 'last words', created }]);
    expect(thread.running).toBe(true);
    thread.close();
    expect(thread.running).toBe(false);
  });

  it('should store a message sent right after a close, whenever the closed thread reports its end', async () => {
    const { path, a, b } = await seededFile();
    const thread = new CommitThread(path);
    await thread.commit([{ senderId: a, receiverId: b, body: 'before', created }]);
    thread.close();
    const [outcome] = await thread.commit([{ senderId: b, receiverId: a, body: 'after', created }]);
    thread.close();
    expect(outcome).toMatchObject({ id: expect.any(Number) });
  });

  it('should answer a batch in flight when closed, stored or not, never leave it waiting', async () => {
    const { path, a, b } = await seededFile();
    const thread = new CommitThread(path);
    const answered = thread.commit([{ senderId: a, receiverId: b, body: 'in flight', created }]);
    thread.close();
    expect(await answered).toHaveLength(1);
  });

  it('should start ahead of the first message when warmed up, and still end when idle', async () => {
    const { path } = await seededFile();
    const thread = new CommitThread(path, 50);
    thread.warmUp();
    expect(thread.running).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(thread.running).toBe(false);
  });
});
