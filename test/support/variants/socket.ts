import { everyObject, mapJson } from '../conformance-run.js';
import { acceptedAs } from './tokens.js';
import type { Variant } from './variant.js';

const frameWith = (change: (frame: Record<string, unknown>) => void) => (text: string) => {
  const frame = JSON.parse(text) as Record<string, unknown>;
  change(frame);
  return JSON.stringify(frame);
};

/** The socket: handshake, delivery to the right socket only, and what history shows after. */
export const SOCKET_VARIANTS: Variant[] = [
  {
    name: 'a socket frame with sender and receiver swapped',
    breakage: () => ({
      frame: frameWith((f) =>
        Object.assign(f, { sender_id: f.receiver_id, receiver_id: f.sender_id }),
      ),
    }),
    expect: [{ checks: /^socket\.re-message-ids$/, rule: 'delivery.sender' }],
  },
  {
    name: 'a socket frame naming the sender as receiver',
    breakage: () => ({ frame: frameWith((f) => Object.assign(f, { receiver_id: f.sender_id })) }),
    expect: [{ checks: /^socket\.re-message-ids$/, rule: 'delivery.receiver' }],
  },
  {
    name: 'a re_message wrapped inside another object',
    timeoutMs: 1000,
    breakage: () => ({
      frame: (text) => JSON.stringify({ type: 'chat', message: JSON.parse(text) }),
    }),
    expect: [{ checks: /^socket\.delivery$/, rule: 'delivery.unwrapped' }],
  },
  {
    name: 'no delivery',
    timeoutMs: 1000,
    breakage: () => ({ frame: () => null }),
    expect: [{ checks: /^socket\.delivery$/, rule: 'delivery.arrives' }],
  },
  {
    name: 'delivery to the sender too',
    breakage: () => ({ broadcast: true }),
    expect: [{ checks: /^socket\.no-echo-to-sender$/, rule: 'no-echo' }],
  },
  {
    name: 'an echo to the sender 500 ms late',
    breakage: () => ({ echoAfterMs: 500 }),
    expect: [{ checks: /^socket\.no-echo-to-sender$/, rule: 'no-echo' }],
  },
  {
    name: 'sockets closed at once',
    timeoutMs: 1000,
    breakage: () => ({ closeSockets: true }),
    expect: [{ checks: /^socket\.delivery$/, rule: 'delivery.arrives' }],
  },
  {
    name: 'a handshake refused even with a token',
    breakage: () => ({ refuseSockets: true }),
    expect: [
      { checks: /^socket\.handshake-with-token$/ },
      { checks: /^socket\.delivery$/, rule: 'delivery.sockets' },
      { checks: /^socket\.no-echo-to-sender$/, outcome: 'skip' },
    ],
  },
  {
    name: 'a handshake accepting tokens with a forged signature',
    breakage: ({ secret }) => ({
      handshakeTokenFor: (token) => acceptedAs(token, secret, (t) => !t.signed),
    }),
    expect: [
      { checks: /^socket\.handshake-forged-signature$/ },
      { checks: /^socket\.handshake-expired-token$/, outcome: 'pass' },
    ],
  },
  {
    name: 'a handshake accepting genuinely expired tokens (without --expired-token: not claimed)',
    noExpiredToken: true,
    breakage: ({ secret }) => ({
      handshakeTokenFor: (token) => acceptedAs(token, secret, (t) => t.signed && t.expired),
    }),
    expect: [
      { checks: /^socket\.handshake-expired-token$/, outcome: 'skip' },
      { checks: /^socket\.handshake-forged-signature$/, outcome: 'pass' },
    ],
  },
  {
    name: 'a handshake that ignores the token',
    breakage: ({ userToken }) => ({ handshakeToken: userToken }),
    expect: [{ checks: /^socket\.handshake-without-token$/ }],
  },
  {
    name: 'history and threads that miss the new message',
    breakage: () => ({
      response: (req, res) =>
        mapJson(res, (json) => {
          const entity = (json as { entity?: unknown }).entity;
          if (
            req.path.startsWith('/chat/messages/') &&
            entity &&
            typeof entity === 'object' &&
            'messages' in entity
          )
            (entity as { messages: unknown[] }).messages.pop();
          if (req.path.startsWith('/chat/get-user-threads/') && Array.isArray(entity))
            everyObject(
              entity,
              (o) => 'last_message' in o && Object.assign(o, { last_message: 'stale' }),
            );
          return json;
        }),
    }),
    expect: [
      { checks: /^socket\.message-in-history$/, rule: 'history.stored' },
      { checks: /^socket\.thread-last-message$/, rule: 'thread.last-message' },
    ],
  },
  {
    name: 'history that stores another text than was sent',
    breakage: () => ({
      response: (req, res) =>
        req.path.startsWith('/chat/messages/')
          ? mapJson(res, (json) =>
              everyObject(
                json,
                (o) =>
                  'seen' in o &&
                  typeof o.message === 'string' &&
                  Object.assign(o, { message: `${o.message} (edited)` }),
              ),
            )
          : res,
    }),
    expect: [{ checks: /^socket\.message-in-history$/, rule: 'history.body' }],
  },
];
