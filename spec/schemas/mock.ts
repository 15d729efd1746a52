import { z } from '@hono/zod-openapi';
import { LoginEntitySchema } from './auth.js';
import { CloseCodeSchema } from './faults.js';
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
    MintOptionsSchema.extend({ user_id: UuidSchema }).strict().openapi('MockTokenForUserId'),
    MintOptionsSchema.extend({ email: z.string().min(1) })
      .strict()
      .openapi('MockTokenForEmail'),
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

export * from './faults.js';
export * from './journal.js';
