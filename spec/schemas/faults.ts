import { z } from '@hono/zod-openapi';
import { UuidSchema } from './primitives.js';

/** Faults the stand-in's controls set (`/__mock/faults`, D50–D53): data, applied at one seam each. */

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
    // A regex rather than `startsWith`, so the published schema carries the rule as a `pattern`.
    path: z
      .string()
      .regex(/^\//, 'must start with "/"')
      .openapi({ example: '/chat/messages/{uid}/' }),
  })
  .strict()
  .openapi('MockHttpFaultMatch');

// Each effect is a named component, so generated clients get `MockStatusEffect`, not
// `MockFaultAnyOfEightEffectAnyOfFive…` (D146).
export const HttpFaultEffectSchema = z
  .union([
    z.object({ status: HttpStatusSchema }).strict().openapi('MockStatusEffect'),
    z.object({ fault: NetworkFaultSchema }).strict().openapi('MockNetworkEffect'),
  ])
  .openapi('MockHttpFaultEffect');

/** Whose sockets a socket fault touches; everyone's when `user_id` is absent. */
export const SocketFaultMatchSchema = z
  .object({ user_id: UuidSchema.optional() })
  .strict()
  .openapi('MockSocketFaultMatch', {
    description: "Whose sockets; everyone's when user_id is absent",
  });

export const SocketFaultEffectSchema = z
  .union([
    z
      .object({ delay_ms: z.int().min(1).max(60_000) })
      .strict()
      .openapi('MockDelayEffect'),
    z
      .object({ drop_rate: z.number().min(0).max(1) })
      .strict()
      .openapi('MockDropEffect'),
    z
      .object({ duplicate: z.literal(true) })
      .strict()
      .openapi('MockDuplicateEffect'),
    z
      .object({ close_after_frames: z.int().min(1), code: CloseCodeSchema })
      .strict()
      .openapi('MockCloseAfterFramesEffect'),
    z
      .object({ refuse_handshake: z.union([z.literal(403), z.literal(503)]) })
      .strict()
      .openapi('MockRefuseHandshakeEffect'),
  ])
  .openapi('MockSocketFaultEffect');

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
      .strict()
      .openapi('MockHttpFaultRequest'),
    z
      .object({
        kind: z.literal('socket'),
        match: SocketFaultMatchSchema.default({}),
        effect: SocketFaultEffectSchema,
        remaining: RemainingSchema,
      })
      .strict()
      .openapi('MockSocketFaultRequest'),
  ])
  .openapi('MockFaultRequest', {
    example: {
      kind: 'socket',
      match: { user_id: '68f6cebe-1dfb-418d-8c4e-3ada680984d1' },
      effect: { drop_rate: 0.5 },
    },
  });

/** A fault's id: 1, 2, … for the life of the stand-in. */
export const FaultIdSchema = z.int().positive().openapi({ example: 1 });

/** `DELETE /__mock/faults/{id}`: anything but a positive safe integer is a 400 (D145). */
export const FaultParamsSchema = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'id', in: 'path' }, type: 'integer', example: 1 }),
});

/** An active fault as `GET /__mock/faults` shows it. */
export const FaultSchema = z
  .union([
    z
      .object({
        id: FaultIdSchema,
        kind: z.literal('http'),
        match: z.object({ method: z.string().optional(), path: z.string() }),
        effect: HttpFaultEffectSchema,
        remaining: z.int().nullable(),
      })
      .openapi('MockHttpFault'),
    z
      .object({
        id: FaultIdSchema,
        kind: z.literal('socket'),
        match: SocketFaultMatchSchema,
        effect: SocketFaultEffectSchema,
        remaining: z.int().nullable(),
      })
      .openapi('MockSocketFault'),
  ])
  .openapi('MockFault');

export type CloseCode = z.infer<typeof CloseCodeSchema>;
export type NetworkFault = z.infer<typeof NetworkFaultSchema>;
export type FaultRequest = z.infer<typeof FaultRequestSchema>;
export type Fault = z.infer<typeof FaultSchema>;
export type HttpFaultEffect = z.infer<typeof HttpFaultEffectSchema>;
export type SocketFaultEffect = z.infer<typeof SocketFaultEffectSchema>;
