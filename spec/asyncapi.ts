import { z } from '@hono/zod-openapi';
import { API_TITLE, API_VERSION } from './openapi.js';
import {
  CHAT_MESSAGE_EXAMPLE,
  ChatMessageFrameSchema,
  ERROR_FRAME_EXAMPLE,
  ErrorFrameSchema,
  FRAME_MAX_BYTES,
  RE_MESSAGE_EXAMPLE,
  ReMessageFrameSchema,
  SLOW_READER_CLOSE,
  SOCKET_ERROR_MEANINGS,
} from './schemas/socket.js';

/** The socket path the docs name first; `/ws/chat/room/` is an accepted alias (DECISIONS.md D2). */
export const SOCKET_PATH = '/chat/room/ws/';
export const SOCKET_PATH_ALIAS = '/ws/chat/room/';

/**
 * AsyncAPI's default schema format is a superset of JSON Schema draft-07, so emit draft-07. A
 * client's frame is published as the server reads it (`input`: extra fields are ignored, not
 * refused, D81); the server's frames as it writes them.
 */
function payload(schema: z.ZodType, io: 'input' | 'output') {
  const { $schema: _drop, ...jsonSchema } = z.toJSONSchema(schema, { target: 'draft-7', io });
  return jsonSchema;
}

/** The frames' payloads as named components, so generators name their types after them (D146). */
const SCHEMAS_PREFIX = '#/components/schemas/';

function frameSchemas() {
  const { properties, ...error } = payload(ErrorFrameSchema, 'output') as unknown as {
    properties: { code: { description?: string } & Record<string, unknown> };
  } & Record<string, unknown>;
  const { description: codeDescription, ...code } = properties.code;
  return {
    ChatMessageFrame: payload(ChatMessageFrameSchema, 'input'),
    ReMessageFrame: payload(ReMessageFrameSchema, 'output'),
    ErrorFrame: {
      ...error,
      properties: {
        ...properties,
        code: { $ref: `${SCHEMAS_PREFIX}SocketErrorCode`, description: codeDescription },
      },
    },
    SocketErrorCode: { ...code, title: 'SocketErrorCode' },
  };
}
type FrameSchemaName = keyof ReturnType<typeof frameSchemas>;

function message(
  name: string,
  title: string,
  summary: string,
  schema: FrameSchemaName,
  example: unknown,
  description?: string,
) {
  return {
    name,
    title,
    summary,
    ...(description ? { description } : {}),
    contentType: 'application/json',
    payload: { $ref: `${SCHEMAS_PREFIX}${schema}` },
    examples: [{ payload: example }],
  };
}

/**
 * A message's payload with the document's schema references replaced by what they name: for
 * readers that walk a schema rather than resolve it (the `/docs/ws` field tables, the fuzzer).
 *
 * @example
 * const chatMessage = inlinePayload(buildAsyncApiDocument(), 'chatMessage');
 */
export function inlinePayload(
  document: AsyncApiDocument,
  key: keyof AsyncApiDocument['components']['messages'],
): Record<string, unknown> {
  const schemas = document.components.schemas as Record<string, unknown>;
  const inline = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(inline);
    if (!node || typeof node !== 'object') return node;
    const { $ref, ...rest } = node as Record<string, unknown>;
    const own = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, inline(v)]));
    if (typeof $ref !== 'string' || !$ref.startsWith(SCHEMAS_PREFIX)) return $ref ? node : own;
    return { ...(inline(schemas[$ref.slice(SCHEMAS_PREFIX.length)]) as object), ...own };
  };
  return inline(document.components.messages[key].payload) as Record<string, unknown>;
}

export type AsyncApiDocument = ReturnType<typeof buildAsyncApiDocument>;

/**
 * Builds the AsyncAPI 3.0 document of the chat socket from the same Zod schemas the stand-in
 * validates frames with.
 *
 * @example
 * const doc = buildAsyncApiDocument({ host: '127.0.0.1:8000', protocol: 'ws' });
 */
export function buildAsyncApiDocument(server = { host: 'api.9app.co', protocol: 'wss' }) {
  return {
    asyncapi: '3.0.0',
    info: {
      title: `${API_TITLE}: chat socket`,
      version: API_VERSION,
      description: `Real-time chat ("Connecting and using the websocket" in 9app-api.md). Every frame is one JSON text frame of at most ${FRAME_MAX_BYTES} bytes; a frame the server cannot act on gets an error frame and the socket stays open (DECISIONS.md D19). A client that leaves more than a few MB of frames unread is closed with ${SLOW_READER_CLOSE.code} (D91); its messages are in the history.`,
      tags: [{ name: 'Chat', description: 'Chat history and threads, live' }],
    },
    defaultContentType: 'application/json',
    servers: {
      chat: {
        host: server.host,
        protocol: server.protocol,
        description:
          'A handshake without a valid access token is refused with HTTP 403 (production-notes.md).',
        security: [{ $ref: '#/components/securitySchemes/token' }],
      },
    },
    channels: {
      room: {
        address: SOCKET_PATH,
        title: 'Chat room',
        description: `One socket per logged-in client; a user may hold several (tabs, devices). Also served at ${SOCKET_PATH_ALIAS}, the docs' example URL (D2).`,
        servers: [{ $ref: '#/servers/chat' }],
        messages: {
          chatMessage: { $ref: '#/components/messages/chatMessage' },
          reMessage: { $ref: '#/components/messages/reMessage' },
          error: { $ref: '#/components/messages/error' },
        },
        bindings: {
          ws: {
            method: 'GET',
            query: {
              type: 'object',
              properties: { token: { type: 'string', description: 'The access JWT of the user' } },
              required: ['token'],
            },
          },
        },
      },
    },
    operations: {
      sendChatMessage: {
        action: 'send',
        title: 'Send a chat message',
        summary:
          'Stored, then delivered to every open socket of the receiver (D80); the sender gets no echo (D19).',
        description:
          'One `chat_message` frame per message. A frame the server cannot act on is answered with an `error` frame on this socket only, and nothing is stored.',
        channel: { $ref: '#/channels/room' },
        messages: [{ $ref: '#/channels/room/messages/chatMessage' }],
      },
      receiveReMessage: {
        action: 'receive',
        title: 'Receive a message sent to you',
        description:
          'A `re_message` on every open socket of the receiver, once the message is stored; the same message is in `GET /chat/messages/{uid}/`.',
        channel: { $ref: '#/channels/room' },
        messages: [{ $ref: '#/channels/room/messages/reMessage' }],
      },
      receiveError: {
        action: 'receive',
        title: 'Receive an error about your last frame',
        description:
          'An `error` frame naming why a frame was refused (`code`); the socket stays open (D19).',
        channel: { $ref: '#/channels/room' },
        messages: [{ $ref: '#/channels/room/messages/error' }],
      },
    },
    components: {
      schemas: frameSchemas(),
      securitySchemes: {
        token: {
          type: 'httpApiKey',
          name: 'token',
          in: 'query',
          description: 'The access JWT from POST /auth/login/.',
        },
      },
      messages: {
        chatMessage: message(
          'chat_message',
          'chat_message (client to server)',
          'A text message for receiver_id',
          'ChatMessageFrame',
          CHAT_MESSAGE_EXAMPLE,
        ),
        reMessage: message(
          're_message',
          're_message (server to receiver)',
          'A stored message, delivered in real time',
          'ReMessageFrame',
          RE_MESSAGE_EXAMPLE,
        ),
        error: message(
          'error',
          'error (server to sender)',
          'A frame the server could not act on; nothing was stored',
          'ErrorFrame',
          ERROR_FRAME_EXAMPLE,
          `Sent only to the socket whose frame was refused; the socket stays open (D19). Codes:\n${Object.entries(
            SOCKET_ERROR_MEANINGS,
          )
            .map(([code, meaning]) => `- \`${code}\`: ${meaning}`)
            .join('\n')}`,
        ),
      },
    },
  };
}
