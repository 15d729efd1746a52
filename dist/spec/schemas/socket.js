import { z } from '@hono/zod-openapi';
import { SocketTimestampSchema, UuidSchema } from './primitives.js';
/** Longest `message_body` the stand-in stores; the docs set none (DECISIONS.md). */
export const MESSAGE_BODY_MAX_CHARS = 4000;
/** Largest text frame read at all, in bytes; larger ones get a `frame_too_large` error frame. */
export const FRAME_MAX_BYTES = 64 * 1024;
/** The docs' socket examples, repaired (D3): the schemas and the AsyncAPI document both show them. */
export const CHAT_MESSAGE_EXAMPLE = {
    action: 'chat_message',
    message_body: 'hello there',
    receiver_id: '68f6cebe-1dfb-418d-8c4e-3ada680984d1',
};
export const RE_MESSAGE_EXAMPLE = {
    message_body: 'hello',
    sender_id: '96bf0d3f-720d-4620-8dee-0f59f997cb51',
    receiver_id: '68f6cebe-1dfb-418d-8c4e-3ada680984d1',
    timestamp: '2024-06-17T12:48:28.228342+00:00',
    created_msg_id: 34,
    action: 're_message',
};
export const ERROR_FRAME_EXAMPLE = {
    action: 'error',
    code: 'unknown_action',
    message: 'Unknown action "typing"; the only action is "chat_message"',
};
/** Client to server: send a text message (Sending messages, step 1). */
export const ChatMessageFrameSchema = z
    .object({
    action: z.literal('chat_message'),
    message_body: z.string().min(1).max(MESSAGE_BODY_MAX_CHARS),
    receiver_id: UuidSchema,
})
    .openapi('ChatMessageFrame', { example: CHAT_MESSAGE_EXAMPLE });
/** Server to receiver: the stored message, delivered in real time (Sending messages, step 2). */
export const ReMessageFrameSchema = z
    .object({
    message_body: z.string(),
    sender_id: UuidSchema,
    receiver_id: UuidSchema,
    timestamp: SocketTimestampSchema,
    created_msg_id: z.int().positive(),
    action: z.literal('re_message'),
})
    .openapi('ReMessageFrame', { example: RE_MESSAGE_EXAMPLE });
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
];
/** Server to sender: a frame it could not act on. Nothing was stored; the socket stays open. */
export const ErrorFrameSchema = z
    .object({
    action: z.literal('error'),
    code: z.enum(SOCKET_ERROR_CODES),
    message: z.string(),
})
    .openapi('ErrorFrame', { example: ERROR_FRAME_EXAMPLE });
/** Any frame the client may receive. */
export const ServerFrameSchema = z.discriminatedUnion('action', [
    ReMessageFrameSchema,
    ErrorFrameSchema,
]);
