import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, seedDatabase } from '../../seed/index.js';
import { openDatabase } from '../database.js';
import { createStore } from '../index.js';

async function seededStore() {
  const store = createStore(openDatabase(':memory:'));
  await seedDatabase(store, { ...DEFAULT_SEED, users: 6, messages: 0 });
  const [a, b, c] = store.users.listUsers().map((user) => user.id);
  if (!a || !b || !c) throw new Error('the seed should hold three people');
  return { store, a, b, c };
}

describe('Chat store: one group commit', () => {
  it('should leave each thread on its own last message when a batch holds several', async () => {
    const { store, a, b, c } = await seededStore();
    const created = '2026-01-01T00:00:00.000000Z';
    const stored = store.chat.storeMessages([
      { senderId: a, receiverId: b, body: 'a to b', created },
      { senderId: a, receiverId: c, body: 'a to c', created },
      { senderId: b, receiverId: a, body: 'b answers a', created },
    ]);
    const ids = stored.map((m) => (m instanceof Error ? m.message : m.id));
    expect(ids).toEqual([...ids].sort());
    const lastOf = (other: string) =>
      store.chat.listThreads(a).find((t) => t.user_one.id === other || t.user_two.id === other)
        ?.last_message;
    // Each thread is touched once per batch (D109), with its last message.
    expect(lastOf(b)).toBe('b answers a');
    expect(lastOf(c)).toBe('a to c');
    expect(
      store.chat
        .findConversation(a, b)
        .map((m) => m.message)
        .slice(-2),
    ).toEqual(['a to b', 'b answers a']);
  });

  it('should drop the ready bodies of every pair and person a batch wrote to', async () => {
    const { store, a, b, c } = await seededStore();
    const text = (bytes: { toString(): string }) => bytes.toString();
    const before = [text(store.chat.threadsBody(c)), text(store.chat.conversationBody(b, a))];
    store.chat.storeMessages([
      { senderId: a, receiverId: b, body: 'new', created: '2026-01-01T00:00:00.000000Z' },
      { senderId: c, receiverId: a, body: 'also new', created: '2026-01-01T00:00:01.000000Z' },
    ]);
    expect(text(store.chat.threadsBody(c))).not.toBe(before[0]);
    expect(text(store.chat.threadsBody(c))).toContain('also new');
    expect(text(store.chat.conversationBody(a, b))).not.toBe(before[1]);
    expect(text(store.chat.conversationBody(a, b))).toContain('"new"');
  });
});
