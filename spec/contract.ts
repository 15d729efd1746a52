import type { z } from '@hono/zod-openapi';
import type {
  LoginBodySchema,
  LoginEntitySchema,
  MethodNotAllowedSchema,
  RefreshBodySchema,
  RefreshRejectedSchema,
  RefreshResponseSchema,
} from './schemas/auth.js';
import type { MessagesEntitySchema } from './schemas/chat.js';
import type { CoinBodySchema } from './schemas/exec.js';
import type { ServerFrameSchema } from './schemas/socket.js';

/**
 * The 9app API contract as a library, published as `9app-standin/contract`: the Zod schemas of
 * every HTTP payload and socket frame, their TypeScript types, the route objects and the document
 * builders. A frontend imports these instead of retyping them.
 *
 * @example
 * import { ChatMessageSchema, type ChatMessage, type Envelope } from '9app-standin/contract';
 */
export { buildAsyncApiDocument, SOCKET_PATH, SOCKET_PATH_ALIAS } from './asyncapi.js';
export { API_TITLE, API_VERSION, buildOpenApiDocument } from './openapi.js';
export { type ContractRoute, ROUTES } from './routes/index.js';
export * from './schemas/auth.js';
export * from './schemas/chat.js';
export * from './schemas/coins.js';
export * from './schemas/coverage.js';
export * from './schemas/envelope.js';
export * from './schemas/exec.js';
export * from './schemas/ledger.js';
export * from './schemas/mock.js';
export * from './schemas/observations.js';
export * from './schemas/primitives.js';
export * from './schemas/socket.js';
export * from './schemas/users.js';

// Types for the schemas whose own module exports none; inferred here, never written out.
export type LoginBody = z.infer<typeof LoginBodySchema>;
export type LoginEntity = z.infer<typeof LoginEntitySchema>;
export type RefreshBody = z.infer<typeof RefreshBodySchema>;
export type RefreshResponse = z.infer<typeof RefreshResponseSchema>;
export type RefreshRejected = z.infer<typeof RefreshRejectedSchema>;
export type MethodNotAllowed = z.infer<typeof MethodNotAllowedSchema>;
export type MessagesEntity = z.infer<typeof MessagesEntitySchema>;
export type CoinBody = z.infer<typeof CoinBodySchema>;
/** Any frame the server sends on the chat socket. */
export type ServerFrame = z.infer<typeof ServerFrameSchema>;
