import { describe, expect, it } from 'vitest';
import { canonicalPath, findContractPath, isOwnPath, matchContractPath } from './route-table.js';

const UID = '68f6cebe-1dfb-418d-8c4e-3ada680984d1';

describe('The route table', () => {
  it('should name the contract path of a request and its raw parameters, remembered', () => {
    const found = matchContractPath(`/chat/messages/${UID}/`);
    expect(found?.value.path).toBe('/chat/messages/{uid}/');
    expect(found?.params).toEqual({ uid: UID });
    expect(matchContractPath(`/chat/messages/${UID}/`)).toBe(found);
    expect(matchContractPath('/chat/messages/a%20b/')?.params).toEqual({ uid: 'a%20b' });
    expect(findContractPath('/auth/users/')?.operations.has('POST')).toBe(true);
    expect(findContractPath('/auth/users')).toBeUndefined();
    expect(matchContractPath('/nowhere/')).toBeNull();
  });

  it("should add the trailing slash to the contract's paths and the socket's, and no other", () => {
    expect(canonicalPath('/auth/users')).toBe('/auth/users/');
    expect(canonicalPath(`/chat/messages/${UID}`)).toBe(`/chat/messages/${UID}/`);
    expect(canonicalPath('/chat/room/ws')).toBe('/chat/room/ws/');
    expect(canonicalPath('/ws/chat/room')).toBe('/ws/chat/room/');
    expect(canonicalPath('/auth/users/')).toBe('/auth/users/');
    expect(canonicalPath('/docs')).toBe('/docs');
    expect(canonicalPath('/chat/messages/a/b')).toBe('/chat/messages/a/b');
  });

  it("should tell the stand-in's own pages and controls from the API, as the journal and latency skip them", () => {
    const own = ['/__mock', '/__mock/', '/__mock/faults', '/docs', '/docs/ws', '/openapi.json'];
    const api = ['/__mockery', '/docsx', '/openapi.json/', '/asyncapi.jsonx', '/auth/users/', '/'];
    for (const path of [...own, '/asyncapi.json', '/__mock/a\nb'])
      expect(isOwnPath(path)).toBe(true);
    for (const path of api) expect(isOwnPath(path), path).toBe(false);
  });
});
