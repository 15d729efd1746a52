import { z } from '@hono/zod-openapi';
import { LoginEntitySchema } from './auth.js';
import { UuidSchema } from './primitives.js';
import { BriefUserSchema } from './users.js';

/**
 * Shapes of the stand-in controls under `/__mock/` (DECISIONS.md D26, D50–D59). They are not the
 * 9app API: the conformance suite never reads them.
 */

/** One of the people `GET /__mock/users` lists, with the password every seeded person shares. */
export const MockUserSchema = BriefUserSchema.extend({
  is_active: z.boolean(),
  password: z.string().openapi({ example: 'password123' }),
  note: z.string().nullable().openapi({
    description: "Why this person is here: the docs' examples, or an edge case to test (D64)",
    example: 'No threads and no messages: the empty inbox',
  }),
}).openapi('MockUser');

/** Ten years: the longest lifetime a minted token may be given, either way. */
const MAX_LIFETIME_SECONDS = 10 * 365 * 86_400;

/** Which token `lifetime_seconds` applies to, and how long it lives (D61). */
const MintOptionsSchema = z.object({
  token_type: z.enum(['access', 'refresh']).default('access').openapi({
    description: 'The token `lifetime_seconds` applies to; the other lives as in production',
  }),
  lifetime_seconds: z
    .int()
    .min(-MAX_LIFETIME_SECONDS)
    .max(MAX_LIFETIME_SECONDS)
    .optional()
    .openapi({
      description:
        "Seconds from now until it expires; negative: already expired. Production's when absent",
      example: -60,
    }),
});

export const MockTokenRequestSchema = z
  .union([
    MintOptionsSchema.extend({ user_id: UuidSchema }).strict(),
    MintOptionsSchema.extend({ email: z.string().min(1) }).strict(),
  ])
  .openapi('MockTokenRequest', {
    example: {
      user_id: '68f6cebe-1dfb-418d-8c4e-3ada680984d1',
      token_type: 'access',
      lifetime_seconds: -60,
    },
  });

/** What a login answers, and when each token expires. */
export const MintedTokensSchema = LoginEntitySchema.extend({
  token_expires_at: z.iso.datetime(),
  refresh_token_expires_at: z.iso.datetime(),
}).openapi('MockMintedTokens');

/**
 * Close codes a control may send: going away, internal error, service restart, and the
 * application range (D52). Others are reserved by RFC 6455 or mean a protocol fault.
 */
/** Whichever option a wrong code fails, the answer names them all (not just `>=4000`; D52). */
const CLOSE_CODE_ERROR = {
  error: 'must be a close code a server may send: 1001, 1011, 1012 or 4000–4999 (D52)',
};

export const CloseCodeSchema = z
  .union(
    [
      z.literal(1001, CLOSE_CODE_ERROR),
      z.literal(1011, CLOSE_CODE_ERROR),
      z.literal(1012, CLOSE_CODE_ERROR),
      z.int(CLOSE_CODE_ERROR).min(4000, CLOSE_CODE_ERROR).max(4999, CLOSE_CODE_ERROR),
    ],
    CLOSE_CODE_ERROR,
  )
  .openapi('MockCloseCode', {
    description: '1001, 1011, 1012, or 4000–4999',
    example: 1012,
  });

export const SocketCloseRequestSchema = z
  .object({
    user_id: UuidSchema.optional().openapi({
      description: "Whose sockets to close; everyone's when absent",
    }),
    code: CloseCodeSchema.default(1012),
    reason: z.string().max(120).default(''),
  })
  .strict()
  .openapi('MockSocketCloseRequest', {
    example: { user_id: '68f6cebe-1dfb-418d-8c4e-3ada680984d1', code: 1011 },
  });

export const SocketCloseResultSchema = z
  .object({ closed: z.int().nonnegative() })
  .openapi('MockSocketCloseResult');

/** `Prefer: fault=…` and HTTP fault effects: how a connection can fail (D51). */
export const NetworkFaultSchema = z
  .enum(['reset', 'empty', 'malformed'])
  .openapi('MockNetworkFault', {
    description:
      '`reset`: connection destroyed, no response; `empty`: connection closed without a response; `malformed`: a 200 whose body is not valid JSON',
  });

/** Forced statuses are errors (D50): the normal answer needs no fault. */
const HttpStatusSchema = z.int().min(400).max(599);

/** Which requests an HTTP fault answers; `path` may use `{name}` (one segment) and `*` (anything). */
export const HttpFaultMatchSchema = z
  .object({
    method: z
      .string()
      .regex(/^[A-Za-z]+$/)
      .transform((m) => m.toUpperCase())
      .optional()
      .openapi({ description: 'Any method when absent', example: 'GET' }),
    path: z.string().startsWith('/').openapi({ example: '/chat/messages/{uid}/' }),
  })
  .strict();

export const HttpFaultEffectSchema = z.union([
  z.object({ status: HttpStatusSchema }).strict(),
  z.object({ fault: NetworkFaultSchema }).strict(),
]);

/** Whose sockets a socket fault touches; everyone's when `user_id` is absent. */
export const SocketFaultMatchSchema = z
  .object({ user_id: UuidSchema.optional() })
  .strict()
  .openapi({ description: "Whose sockets; everyone's when user_id is absent" });

export const SocketFaultEffectSchema = z.union([
  z.object({ delay_ms: z.int().min(1).max(60_000) }).strict(),
  z.object({ drop_rate: z.number().min(0).max(1) }).strict(),
  z.object({ duplicate: z.literal(true) }).strict(),
  z.object({ close_after_frames: z.int().min(1), code: CloseCodeSchema }).strict(),
  z.object({ refuse_handshake: z.union([z.literal(403), z.literal(503)]) }).strict(),
]);

const RemainingSchema = z.int().min(1).optional().openapi({
  description: 'How many more times the fault applies; until DELETE /__mock/faults when absent',
});

/** A fault as a client asks for it: one match, one effect, an optional count (D53). */
export const FaultRequestSchema = z
  .union([
    z
      .object({
        kind: z.literal('http'),
        match: HttpFaultMatchSchema,
        effect: HttpFaultEffectSchema,
        remaining: RemainingSchema,
      })
      .strict(),
    z
      .object({
        kind: z.literal('socket'),
        match: SocketFaultMatchSchema.default({}),
        effect: SocketFaultEffectSchema,
        remaining: RemainingSchema,
      })
      .strict(),
  ])
  .openapi('MockFaultRequest', {
    example: {
      kind: 'socket',
      match: { user_id: '68f6cebe-1dfb-418d-8c4e-3ada680984d1' },
      effect: { drop_rate: 0.5 },
    },
  });

/** An active fault as `GET /__mock/faults` shows it. */
export const FaultSchema = z
  .union([
    z.object({
      id: z.int().positive(),
      kind: z.literal('http'),
      match: z.object({ method: z.string().optional(), path: z.string() }),
      effect: HttpFaultEffectSchema,
      remaining: z.int().nullable(),
    }),
    z.object({
      id: z.int().positive(),
      kind: z.literal('socket'),
      match: SocketFaultMatchSchema,
      effect: SocketFaultEffectSchema,
      remaining: z.int().nullable(),
    }),
  ])
  .openapi('MockFault');

export type CloseCode = z.infer<typeof CloseCodeSchema>;
export type NetworkFault = z.infer<typeof NetworkFaultSchema>;
export type FaultRequest = z.infer<typeof FaultRequestSchema>;
export type Fault = z.infer<typeof FaultSchema>;
export type HttpFaultEffect = z.infer<typeof HttpFaultEffectSchema>;
export type SocketFaultEffect = z.infer<typeof SocketFaultEffectSchema>;

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
  fault: NetworkFaultSchema.nullable(),
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
