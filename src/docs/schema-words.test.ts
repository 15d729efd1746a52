import { describe, expect, it } from 'vitest';
import { buildAsyncApiDocument, inlinePayload } from '../../spec/asyncapi.js';
import { fieldRows, type JsonSchema } from './schema-words.js';

const doc = buildAsyncApiDocument();
const rows = (schema: unknown) =>
  Object.fromEntries(fieldRows(schema as JsonSchema).map((row) => [row.name, row]));

describe('Field tables of the socket messages', () => {
  it('should put constraints in words, not regular expressions', () => {
    const chat = rows(inlinePayload(doc, 'chatMessage'));
    expect(chat.receiver_id?.constraints).toEqual(['UUID']);
    expect(chat.message_body?.constraints).toEqual(['1–4000 characters']);
    expect(chat.action?.constraints).toEqual(['always `chat_message`']);
    const re = rows(inlinePayload(doc, 'reMessage'));
    expect(re.timestamp?.constraints).toEqual(['ISO-8601 date-time', 'ends in `+00:00`']);
    expect(re.created_msg_id?.constraints).toEqual(['positive']);
    expect(Object.values(re).flatMap((row) => row.patterns)).toEqual([]);
  });

  it('should show a provenance annotation as the decision it cites', () => {
    const row = rows({
      properties: {
        body: {
          type: 'string',
          maxLength: 9,
          'x-assumed': [{ decision: 'D19', constraint: 'length', shown: 'no limit' }],
        },
      },
      required: ['body'],
    }).body;
    expect(row).toMatchObject({
      required: true,
      constraints: ['at most 9 characters'],
      assumed: ['length (D19)'],
    });
  });
});
