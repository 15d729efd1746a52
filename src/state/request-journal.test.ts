import { describe, expect, it, vi } from 'vitest';
import { type HttpRecord, Journal } from './request-journal.js';

const UDO = '68f6cebe-1dfb-418d-8c4e-3ada680984d1';
const KYRIAN = '8b979f92-2d5d-471f-abdc-4f8259f5736a';
const T0 = Date.parse('2026-01-01T00:00:00.000Z');

const detail = () => ({
  query: {},
  headers: {},
  body: null,
  status: 200,
  fault: null,
  duration_ms: 1,
  deviation: null,
});
const http = (method: string, path: string, user_id: string | null): HttpRecord => ({
  method,
  path,
  user_id,
  detail,
});

/** One entry each filter must exclude, and one it must keep: ids 1–5, times T0 … T0+4s. */
function filled(): Journal {
  const journal = new Journal();
  journal.recordHttp(http('GET', '/chat/messages/x/', UDO), T0);
  journal.recordHttp(http('POST', '/chat/messages/x/', KYRIAN), T0 + 1000);
  journal.recordHttp(http('GET', '/settings/', null), T0 + 2000);
  vi.setSystemTime(T0 + 3000);
  journal.recordSocket({ event: 'open', user_id: UDO });
  vi.setSystemTime(T0 + 4000);
  journal.recordSocket({ event: 'close', user_id: KYRIAN, code: 1000 });
  vi.useRealTimers();
  return journal;
}
const ids = (journal: Journal, query: Parameters<Journal['query']>[0]) =>
  journal.query(query).map((entry) => entry.id);

describe('Journal', () => {
  it('should answer everything newest first, each entry in its documented shape', () => {
    vi.useFakeTimers();
    const journal = filled();
    expect(ids(journal, {})).toEqual([5, 4, 3, 2, 1]);
    expect(journal.query()).toHaveLength(5);
    expect(journal.query({ limit: 1 })[0]).toEqual({
      id: 5,
      time: '2026-01-01T00:00:04.000Z',
      kind: 'socket',
      event: 'close',
      user_id: KYRIAN,
      data: null,
      code: 1000,
    });
    expect(journal.query({ kind: 'http', limit: 1 })[0]).toEqual({
      id: 3,
      time: '2026-01-01T00:00:02.000Z',
      kind: 'http',
      method: 'GET',
      path: '/settings/',
      user_id: null,
      ...detail(),
    });
  });

  it('should apply each filter alone, excluding every entry it does not name', () => {
    vi.useFakeTimers();
    const journal = filled();
    expect(ids(journal, { kind: 'http' })).toEqual([3, 2, 1]);
    expect(ids(journal, { kind: 'socket' })).toEqual([5, 4]);
    expect(ids(journal, { user_id: UDO })).toEqual([4, 1]);
    expect(ids(journal, { user_id: KYRIAN })).toEqual([5, 2]);
    expect(ids(journal, { since: '2026-01-01T00:00:02.000Z' })).toEqual([5, 4, 3]);
    expect(ids(journal, { method: 'GET' })).toEqual([3, 1]);
    expect(ids(journal, { path: '/chat/' })).toEqual([2, 1]);
    expect(ids(journal, { path: '/settings/' })).toEqual([3]);
    expect(ids(journal, { limit: 2 })).toEqual([5, 4]);
  });

  it('should apply filters together, each narrowing the others', () => {
    vi.useFakeTimers();
    const journal = filled();
    expect(ids(journal, { kind: 'http', user_id: UDO })).toEqual([1]);
    expect(ids(journal, { kind: 'socket', user_id: UDO })).toEqual([4]);
    expect(ids(journal, { method: 'GET', path: '/chat/' })).toEqual([1]);
    expect(ids(journal, { user_id: KYRIAN, since: '2026-01-01T00:00:01.500Z' })).toEqual([5]);
    expect(ids(journal, { path: '/chat/', limit: 1 })).toEqual([2]);
  });

  it('should keep the last N entries in a ring, numbering on, and keep nothing at size 0', () => {
    const journal = new Journal(2);
    for (const path of ['/a/', '/b/', '/c/']) journal.recordHttp(http('GET', path, null), T0);
    expect(journal.query().map((e) => [e.id, e.kind === 'http' && e.path])).toEqual([
      [3, '/c/'],
      [2, '/b/'],
    ]);
    journal.recordHttp(http('GET', '/d/', null), T0);
    expect(ids(journal, {})).toEqual([4, 3]);
    journal.clear();
    expect(journal.query()).toEqual([]);
    journal.recordHttp(http('GET', '/e/', null), T0);
    expect(ids(journal, {})).toEqual([5]);

    const off = new Journal(0);
    off.recordHttp(http('GET', '/a/', null), T0);
    off.recordSocket({ event: 'open', user_id: UDO });
    expect(off.query()).toEqual([]);
  });
});
