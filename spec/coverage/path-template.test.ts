import { describe, expect, it } from 'vitest';
import { matchTemplateWithParams, PathTemplate } from './path-template.js';

const entries = ['/chat/messages/{uid}/', '/chat/threads/'].map((path) => ({
  path,
  template: new PathTemplate(path),
}));

describe('PathTemplate', () => {
  it('should answer the parameters of a path it matches, decoded', () => {
    expect(
      new PathTemplate('/exec/user/settings/{user_id}/').match('/exec/user/settings/a%20b/'),
    ).toEqual({
      user_id: 'a b',
    });
  });

  it('should keep a value as written when it is not valid percent-encoding', () => {
    expect(new PathTemplate('/chat/messages/{uid}/').match('/chat/messages/%E0%A4%A/')).toEqual({
      uid: '%E0%A4%A',
    });
  });

  it('should match one segment per parameter, and nothing else', () => {
    const template = new PathTemplate('/chat/messages/{uid}/');
    expect(template.match('/chat/messages/a/b/')).toBeUndefined();
    expect(template.match('/chat/messages//')).toBeUndefined();
    expect(new PathTemplate('/a.b/').match('/axb/')).toBeUndefined();
  });
});

describe('matchTemplateWithParams', () => {
  it('should take a path without its trailing slash as the slashed one (D22)', () => {
    expect(matchTemplateWithParams(entries, '/chat/messages/42')).toEqual({
      entry: entries[0],
      params: { uid: '42' },
    });
    expect(matchTemplateWithParams(entries, '/chat/threads')?.entry).toBe(entries[1]);
  });

  it('should answer undefined for a path no template is', () => {
    expect(matchTemplateWithParams(entries, '/chat/threads/extra/')).toBeUndefined();
  });
});
