import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { DEFAULT_SEED, seedDatabase } from '../../seed/index.js';
import { CommitThread } from '../commit-thread.js';
import { openDatabase } from '../database.js';
import { createStore } from '../index.js';
import type { CommitRequest } from '../message-commit-thread.js';
import type { ChatStore } from './index.js';
import { type createMessageCommit, MESSAGE_COLUMNS, type NewMessage } from './message-commit.js';

type Batch = readonly NewMessage[];

describe('One message type for the commit thread and TypeScript', () => {
  // Checked by `tsc -p .` (npm test type-checks the tests first): a second message type, or a
  // field of NewMessage with no column, fails here or in message-commit.js itself.
  it('should have every writer take the message that message-commit.js declares', () => {
    expectTypeOf<Parameters<ReturnType<typeof createMessageCommit>>[0]>().toEqualTypeOf<Batch>();
    expectTypeOf<Parameters<CommitThread['commit']>[0]>().toEqualTypeOf<Batch>();
    expectTypeOf<Extract<CommitRequest, { batch: unknown }>['batch']>().toEqualTypeOf<Batch>();
    expectTypeOf<Parameters<ChatStore['storeMessages']>[0]>().toEqualTypeOf<Batch>();
    expectTypeOf<Parameters<ChatStore['storedElsewhere']>[0]>().toEqualTypeOf<Batch>();
    expectTypeOf<Parameters<ChatStore['storeHistory']>[0]>().toEqualTypeOf<Batch>();
    expectTypeOf<keyof typeof MESSAGE_COLUMNS>().toEqualTypeOf<keyof NewMessage>();
  });

  it('should store every field of a message in its column, whichever path writes it', async () => {
    const path = join(mkdtempSync(join(tmpdir(), '9app-message-')), 'chat.sqlite');
    const store = createStore(openDatabase(path));
    await seedDatabase(store, { ...DEFAULT_SEED, users: 4, messages: 0 });
    const [a, b] = store.users.listUsers().map((user) => user.id);
    if (!a || !b) throw new Error('the seed should hold two people');
    const message = (body: string): NewMessage => ({
      senderId: a,
      receiverId: b,
      body,
      created: '2026-01-01T00:00:00.000000Z',
    });
    store.chat.storeHistory([message('seeded')]);
    store.chat.storeMessages([message('on this connection')]);
    const thread = new CommitThread(path);
    await thread.commit([message('on the commit thread')]);
    thread.close();

    // Read back by the same column map the insert is built from: a path that stored a field
    // anywhere else, or not at all, shows up as a difference.
    const bodies = ['seeded', 'on this connection', 'on the commit thread'];
    const columns = Object.entries(MESSAGE_COLUMNS).map(
      ([field, column]) => `${column} AS ${field}`,
    );
    const stored = store.db
      .prepare(`SELECT ${columns.join(', ')} FROM messages WHERE body IN (?, ?, ?) ORDER BY id`)
      .all(...bodies);
    expect(stored).toEqual(bodies.map(message));
  });
});
