import { z } from '@hono/zod-openapi';
import { assumed, shownWithValues } from './assumed.js';
import { SocketTimestampSchema, UuidInputSchema, UuidSchema } from './primitives.js';

/** Longest `message_body` the stand-in stores; the docs set none (DECISIONS.md). */
export const MESSAGE_BODY_MAX_CHARS = 4000;
/** Largest text frame read at all, in bytes; larger ones get a `frame_too_large` error frame. */
export const FRAME_MAX_BYTES = 64 * 1024;

/** The docs' socket examples, repaired (D3): the schemas and the AsyncAPI document both show them. */
export const CHAT_MESSAGE_EXAMPLE = {
  action: 'chat_message',
  message_body: 'hello there',
  receiver_id: '68f6cebe-1dfb-418d-8c4e-3ada680984d1',
} as const;
export const RE_MESSAGE_EXAMPLE = {
  message_body: 'hello',
  sender_id: '96bf0d3f-720d-4620-8dee-0f59f997cb51',
  receiver_id: '68f6cebe-1dfb-418d-8c4e-3ada680984d1',
  timestamp: '2024-06-17T12:48:28.228342+00:00',
  created_msg_id: 34,
  action: 're_message',
} as const;
export const ERROR_FRAME_EXAMPLE = {
  action: 'error',
  code: 'unknown_action',
  message: 'Unknown action "typing"; the only action is "chat_message"',
} as const;

/** Client to server: send a text message (Sending messages, step 1). */
export const ChatMessageFrameSchema = z
  .object({
    action: z.literal('chat_message'),
    message_body: assumed(
      z
        .string()
        .min(1)
        .max(MESSAGE_BODY_MAX_CHARS)
        .describe(
          'The text of the message; the docs set no limit, the stand-in keeps 1–4000 (D19).',
        ),
      { decision: 'D19', constraint: 'length', shown: 'short texts, with no limit stated' },
    ),
    receiver_id: UuidInputSchema.describe('The user to deliver to: any user but yourself.'),
  })
  .openapi('ChatMessageFrame', { example: CHAT_MESSAGE_EXAMPLE });

/** Server to receiver: the stored message, delivered in real time (Sending messages, step 2). */
export const ReMessageFrameSchema = z
  .object({
    ...shownWithValues({ message_body: z.string().describe('The text, as sent.') }),
    sender_id: UuidSchema.describe('Who sent it.'),
    receiver_id: UuidSchema.describe('You: the receiver.'),
    ...shownWithValues({
      timestamp: SocketTimestampSchema.describe(
        "When it was stored: ISO-8601 in UTC ending in `+00:00`, Python's `isoformat()` (D18).",
      ),
    }),
    created_msg_id: z.int().positive().describe('The stored message id, as Get Messages lists it.'),
    action: z.literal('re_message'),
  })
  .openapi('ReMessageFrame', { example: RE_MESSAGE_EXAMPLE });

/**
 * The close a client gets when it leaves more frames unread than the server keeps for it (D91):
 * 1013 "Try Again Later"; the messages are stored, so the client reconnects and reads history.
 */
export const SLOW_READER_CLOSE = {
  code: 1013,
  reason: 'Too many unread frames: reconnect and read the history',
} as const;

/** What an ASGI server does when a consumer's `receive` raises: close with 1011 (RFC 6455 §7.4.1, D120). */
export const INTERNAL_ERROR_CLOSE = 1011;
/** A message larger than the server reads: 1009 "Message Too Big" (D120). */
export const TOO_BIG_CLOSE = 1009;

/** Why a client frame was refused. The docs define no error frame; this one is ours. */
export const SOCKET_ERROR_CODES = [
  'invalid_json',
  'invalid_frame',
  'unknown_action',
  'binary_not_supported',
  'frame_too_large',
  'unknown_receiver',
  'self_message',
  'not_stored',
] as const;
export type SocketErrorCode = (typeof SOCKET_ERROR_CODES)[number];

/** When each error code is sent (D19): the AsyncAPI document and `/docs/ws` both show these. */
export const SOCKET_ERROR_MEANINGS: Record<SocketErrorCode, string> = {
  invalid_json: 'The text frame is not JSON.',
  invalid_frame:
    'The JSON is not an object, or a `chat_message` breaks its schema (a field missing, of the wrong type or out of range); the message names the fields. Extra fields are ignored (D81).',
  unknown_action:
    'The `action` is missing or is not `chat_message`, the only action a client sends.',
  binary_not_supported: 'A binary frame: only JSON text frames are read.',
  frame_too_large: `A text frame over ${FRAME_MAX_BYTES} bytes; refused before it is parsed.`,
  unknown_receiver: '`receiver_id` is a well-formed UUID, but no user has it.',
  self_message: "`receiver_id` is the sender's own id.",
  not_stored:
    'The message could not be written to the database, so it was not delivered either: send it again.',
};

/** Server to sender: a frame it could not act on. Nothing was stored; the socket stays open. */
export const ErrorFrameSchema = z
  .object({
    action: z.literal('error'),
    code: z.enum(SOCKET_ERROR_CODES).describe('Why the frame was refused (see the list above).'),
    message: z.string().describe('A sentence for people; match on `code`, not on this.'),
  })
  .openapi('ErrorFrame', { example: ERROR_FRAME_EXAMPLE });

/** Any frame the client may receive. */
export const ServerFrameSchema = z.discriminatedUnion('action', [
  ReMessageFrameSchema,
  ErrorFrameSchema,
]);

export type ChatMessageFrame = z.infer<typeof ChatMessageFrameSchema>;
export type ReMessageFrame = z.infer<typeof ReMessageFrameSchema>;
export type ErrorFrame = z.infer<typeof ErrorFrameSchema>;
