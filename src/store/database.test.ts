import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, readMeta, settledMeta } from './database.js';

describe('settledMeta', () => {
  it('should keep the value another process stored first, and answer it to both', () => {
    const path = join(mkdtempSync(join(tmpdir(), '9app-meta-')), 'db.sqlite');
    const [first, second] = [openDatabase(path), openDatabase(path)];
    // The second process stores its value while the first is still making its own.
    const answer = settledMeta(first, 'jwt_secret', () => {
      expect(settledMeta(second, 'jwt_secret', () => 'second')).toBe('second');
      return 'first';
    });
    expect(answer).toBe('second');
    expect(readMeta(first, 'jwt_secret')).toBe('second');
    expect(settledMeta(second, 'jwt_secret', () => 'third')).toBe('second');
    first.close();
    second.close();
  });
});
