import { describe, expect, it } from 'vitest';
import { buildAsyncApiDocument, inlinePayload } from '../../../spec/asyncapi.js';
import { ChatMessageFrameSchema } from '../../../spec/schemas/socket.js';
import { checkSchema } from './schema-check.js';

const published = inlinePayload(buildAsyncApiDocument(), 'chatMessage');
const frame = (fields: object) => ({
  action: 'chat_message',
  receiver_id: '8b979f92-2d5d-471f-abdc-4f8259f5736a',
  message_body: 'hi',
  ...fields,
});

describe("The console's in-browser check of a chat_message", () => {
  const cases: [string, unknown][] = [
    ['a good frame', frame({})],
    ['an upper-case receiver', frame({ receiver_id: '8B979F92-2D5D-471F-ABDC-4F8259F5736A' })],
    ['a receiver that is no UUID', frame({ receiver_id: 'not-a-uuid' })],
    ['a UUID of no version', frame({ receiver_id: '8b979f92-2d5d-071f-abdc-4f8259f5736a' })],
    ['an empty body', frame({ message_body: '' })],
    ['a body of 4000 characters', frame({ message_body: 'x'.repeat(4000) })],
    ['a body of 4001 characters', frame({ message_body: 'x'.repeat(4001) })],
    ['a body that is a number', frame({ message_body: 7 })],
    ['another action', frame({ action: 'typing' })],
    ['an extra field', frame({ extra: true })],
    ['no receiver', { action: 'chat_message', message_body: 'hi' }],
    ['an array', []],
  ];
  it.each(cases)('should agree with the server on %s', (_name, value) => {
    const problems = checkSchema(published, value);
    expect(problems.length === 0).toBe(ChatMessageFrameSchema.safeParse(value).success);
  });

  it('should name the field and the problem', () => {
    expect(checkSchema(published, frame({ receiver_id: 'x', message_body: '' }))).toEqual([
      { path: 'receiver_id', message: 'must be a UUID' },
      { path: 'message_body', message: 'must not be empty' },
    ]);
  });
});
