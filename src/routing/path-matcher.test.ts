import { describe, expect, it } from 'vitest';
import { PathPattern, PathTable } from './path-matcher.js';

const UID = '68f6cebe-1dfb-418d-8c4e-3ada680984d1';

describe('PathPattern', () => {
  it('should capture each {name} as one segment, in order, and say nothing for another path', () => {
    const pattern = new PathPattern('/exec/{kind}/settings/{user_id}/');
    expect(pattern.names).toEqual(['kind', 'user_id']);
    expect(pattern.match(`/exec/coin/settings/${UID}/`)).toEqual({ kind: 'coin', user_id: UID });
    expect(pattern.match('/exec/coin/settings/a/b/')).toBeUndefined();
    expect(pattern.match('/exec/coin/settings//')).toBeUndefined();
    expect(pattern.match('/exec/coin/settings/x/y')).toBeUndefined();
    expect(pattern.test('/other/')).toBe(false);
  });

  it('should give parameters as sent, an escaped slash staying inside its segment', () => {
    const pattern = new PathPattern('/chat/messages/{uid}/');
    expect(pattern.match('/chat/messages/a%2Fb/')).toEqual({ uid: 'a%2Fb' });
    expect(pattern.match('/chat/messages/%20x%zz/')).toEqual({ uid: '%20x%zz' });
    expect(pattern.match('/chat/messages/a/b/')).toBeUndefined();
  });

  it('should keep the trailing slash exact by default (the contract), optional when asked (faults)', () => {
    const exact = new PathPattern('/auth/users/');
    expect(exact.test('/auth/users/')).toBe(true);
    expect(exact.test('/auth/users')).toBe(false);
    expect(new PathPattern('/auth/users').test('/auth/users/')).toBe(false);
    const optional = new PathPattern('/auth/users/', 'optional');
    expect(optional.test('/auth/users/')).toBe(true);
    expect(optional.test('/auth/users')).toBe(true);
    expect(optional.test('/auth/users//')).toBe(false);
    expect(new PathPattern('/auth/users', 'optional').test('/auth/users/')).toBe(true);
  });

  it('should read * as anything, slashes and line breaks included, and every other character as itself', () => {
    const star = new PathPattern('/chat/*');
    expect(star.test('/chat/')).toBe(true);
    expect(star.test('/chat/messages/a/b/')).toBe(true);
    expect(star.test('/chat/a\nb')).toBe(true);
    expect(star.test('/chats/')).toBe(false);
    expect(new PathPattern('/a/*/c/').test('/a/b/x/c/')).toBe(true);
    const literal = new PathPattern('/a.b(c)?+$^|[d]{}\\:e');
    expect(literal.test('/a.b(c)?+$^|[d]{}\\:e')).toBe(true);
    expect(literal.test('/axb(c)?+$^|[d]{}\\:e')).toBe(false);
    expect(literal.names).toEqual([]);
  });
});

describe('PathTable', () => {
  const table = new PathTable<string>()
    .add('/auth/users/', 'users')
    .add('/chat/messages/{uid}/', 'conversation')
    .add('/exec/user/settings/{user_id}/', 'settings')
    .add('/exec/{kind}/settings/{user_id}/', 'kind settings');

  it("should find a path's value and its own parameters, not another pattern's", () => {
    expect(table.match('/auth/users/')).toEqual({ value: 'users', params: {} });
    expect(table.match(`/chat/messages/${UID}/`)).toEqual({
      value: 'conversation',
      params: { uid: UID },
    });
    expect(table.match(`/exec/coin/settings/${UID}/`)).toEqual({
      value: 'kind settings',
      params: { kind: 'coin', user_id: UID },
    });
  });

  it('should let the first pattern added win when two match', () => {
    expect(table.match(`/exec/user/settings/${UID}/`)).toEqual({
      value: 'settings',
      params: { user_id: UID },
    });
  });

  it('should match nothing for a path outside it, or its trailing slash left off, or when empty', () => {
    expect(table.match('/auth/users')).toBeUndefined();
    expect(table.match('/auth/users/x/')).toBeUndefined();
    expect(table.test('/nowhere/')).toBe(false);
    expect(new PathTable().match('/')).toBeUndefined();
    expect(new PathTable().test('')).toBe(false);
  });

  it('should match a pattern added after a first match, with the table slash rule', () => {
    const growing = new PathTable<number>('optional').add('/a/', 1);
    expect(growing.match('/b')).toBeUndefined();
    growing.add('/b/{id}/', 2);
    expect(growing.match('/b/7')).toEqual({ value: 2, params: { id: '7' } });
    expect(growing.match('/a')).toEqual({ value: 1, params: {} });
    expect(growing.size).toBe(2);
  });
});
