import { describe, expect, it } from 'vitest';
import { documentedExample, routeById } from '../../spec/routes/index.js';
import { RE_MESSAGE_EXAMPLE } from '../../spec/schemas/socket.js';
import { checkHttpResponse, checkServerFrame } from '../support/contract-watch.js';

const messages = documentedExample(routeById('getMessages'), 200) as {
  entity: { messages: Record<string, unknown>[] };
};
const ok = {
  method: 'GET',
  path: '/chat/messages/96bf0d3f-720d-4620-8dee-0f59f997cb51/',
  status: 200,
  contentType: 'application/json',
  json: messages,
};

describe('The contract watch (every response and frame the tests receive)', () => {
  it('should pass what the published documents describe', () => {
    expect(checkHttpResponse(ok)).toEqual([]);
    expect(checkHttpResponse({ ...ok, path: ok.path.slice(0, -1) })).toEqual([]);
    expect(checkServerFrame(RE_MESSAGE_EXAMPLE)).toEqual([]);
  });

  it('should catch a body, a status, a content type or a frame the documents do not describe', () => {
    const [first, ...rest] = messages.entity.messages;
    const { seen: _seen, ...unseen } = first ?? {};
    const broken = { ...messages, entity: { messages: [unseen, ...rest] } };
    expect(checkHttpResponse({ ...ok, json: broken })).not.toEqual([]);
    expect(checkHttpResponse({ ...ok, status: 418 })).not.toEqual([]);
    expect(checkHttpResponse({ ...ok, contentType: 'text/html' })).not.toEqual([]);
    expect(checkHttpResponse({ ...ok, method: 'DELETE', status: 200 })).not.toEqual([]);
    expect(checkHttpResponse({ ...ok, path: '/no/such/path/', status: 200 })).not.toEqual([]);
    expect(checkServerFrame({ ...RE_MESSAGE_EXAMPLE, created_msg_id: '34' })).not.toEqual([]);
    expect(checkServerFrame({ action: 'error', code: 'made_up', message: 'x' })).not.toEqual([]);
  });
});
