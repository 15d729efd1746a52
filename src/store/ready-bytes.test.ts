import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, seedDatabase } from '../seed/index.js';
import { openDatabase } from './database.js';
import { createStore } from './index.js';
import { ReadyBytes } from './ready-bytes.js';

describe('ReadyBytes', () => {
  it('should build once, serve the same text until dropped, then build again', () => {
    const ready = new ReadyBytes<string, { n: number }>();
    let builds = 0;
    const build = () => ({ n: ++builds });
    const first = ready.get('a', build);
    expect(first.toString()).toBe('{"n":1}');
    expect(ready.get('a', build)).toBe(first);
    ready.drop('a');
    expect(ready.get('a', build).toString()).toBe('{"n":2}');
  });

  it('should stay within its budget, letting the least recently used go first', () => {
    const ready = new ReadyBytes<string, string>(20); // '"xxxxxxxx"' is 10 bytes
    let builds = 0;
    const build = () => {
      builds += 1;
      return 'x'.repeat(8);
    };
    ready.get('a', build);
    ready.get('b', build);
    ready.get('a', build); // a is now the most recent
    ready.get('c', build); // over budget: b goes
    expect(builds).toBe(3);
    ready.get('a', build);
    expect(builds).toBe(3);
    ready.get('b', build);
    expect(builds).toBe(4);
  });
});

describe('Store.forgetCaches', () => {
  it('should drop every ready body after a write that went around the store modules', async () => {
    const store = createStore(openDatabase(':memory:'));
    await seedDatabase(store, { ...DEFAULT_SEED, users: 3, messages: 5 });
    const [someone] = store.users.listUsers();
    const before = store.users.usersListBody();
    const threadsBefore = store.chat.threadsBody(someone?.id ?? '');
    store.db.exec("UPDATE users SET first_name = 'Renamed'"); // as a snapshot restore would
    expect(store.users.usersListBody()).toBe(before);
    store.forgetCaches();
    expect(store.users.usersListBody().toString()).toContain('"first_name":"Renamed"');
    expect(store.users.usersListBody()).not.toBe(before);
    expect(store.chat.threadsBody(someone?.id ?? '')).not.toBe(threadsBefore);
  });
});
