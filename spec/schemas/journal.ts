import { z } from '@hono/zod-openapi';
import { NetworkFaultSchema } from './faults.js';
import { UuidSchema } from './primitives.js';

/** The request journal of `/__mock/requests` (D54): what the app sent and what it got. */

/** The journal's filters (D54): every one optional, all of them must hold. */
export const JournalQuerySchema = z.object({
  method: z
    .string()
    .transform((m) => m.toUpperCase())
    .optional()
    .openapi({ example: 'GET' }),
  path: z.string().optional().openapi({ description: 'A path prefix', example: '/chat/' }),
  user_id: UuidSchema.optional(),
  kind: z.enum(['http', 'socket']).optional(),
  since: z.iso.datetime({ offset: true }).optional().openapi({
    description: 'Only entries at or after this time',
    example: '2026-01-01T00:00:00Z',
  }),
  limit: z.coerce.number().int().min(1).optional().openapi({ description: 'At most this many' }),
});

const JournalCommonSchema = z.object({
  id: z.int().positive(),
  time: z.iso.datetime(),
  user_id: UuidSchema.nullable(),
});

export const HttpJournalEntrySchema = JournalCommonSchema.extend({
  kind: z.literal('http'),
  method: z.string(),
  path: z.string(),
  query: z.record(z.string(), z.string()),
  headers: z
    .record(z.string(), z.string())
    .openapi({ description: 'Request headers; the Authorization value is elided' }),
  body: z.string().nullable().openapi({ description: 'The request body as text (first 64 KiB)' }),
  status: z.int().nullable().openapi({ description: 'null when a fault sent no response' }),
  // A union with null, not `.nullable()`: that emits `allOf: [$ref, {type: [string, null]}]`,
  // which null can never satisfy (D147).
  fault: z.union([NetworkFaultSchema, z.null()]).openapi({
    description: 'The network fault that answered instead of the API, or null',
  }),
  duration_ms: z.number().nonnegative(),
  deviation: z
    .string()
    .nullable()
    .openapi({ description: 'The decision a lenient answer relied on, when it did' }),
}).openapi('MockHttpJournalEntry');

export const SocketJournalEntrySchema = JournalCommonSchema.extend({
  kind: z.literal('socket'),
  event: z
    .enum([
      'open',
      'refused',
      'frame_in',
      'frame_out',
      'frame_refused',
      'frame_dropped',
      'error',
      'close',
    ])
    .openapi({
      description:
        '`refused`: a handshake turned away (code: the HTTP status); `frame_refused`: a frame the server could not act on, with why and what the socket error policy did (an error frame, a close, nothing; D120); `frame_dropped`: a frame a drop fault kept from a socket (it is still stored)',
    }),
  data: z.string().nullable().openapi({ description: 'The frame text, or what went wrong' }),
  code: z.int().nullable().openapi({ description: 'The close code' }),
}).openapi('MockSocketJournalEntry');

export const JournalEntrySchema = z
  .discriminatedUnion('kind', [HttpJournalEntrySchema, SocketJournalEntrySchema])
  .openapi('MockJournalEntry');

export type JournalQuery = z.infer<typeof JournalQuerySchema>;
export type JournalEntry = z.infer<typeof JournalEntrySchema>;
export type HttpJournalEntry = z.infer<typeof HttpJournalEntrySchema>;
export type SocketJournalEntry = z.infer<typeof SocketJournalEntrySchema>;
