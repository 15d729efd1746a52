import { z } from '@hono/zod-openapi';
import { assumed, shownWithValues } from './assumed.js';
import { DateTimeSchema, DecimalStringSchema, UuidSchema } from './primitives.js';

/**
 * The docs show a different user shape on almost every endpoint; each is declared here once and the
 * larger ones extend the smaller, so a field has one definition.
 */

/** Sender and receiver inside a chat message (Get Messages). `profile` is never shown non-null. */
export const MessageUserSchema = z
  .object({
    id: UuidSchema,
    email: z.email(),
    profile: z.record(z.string(), z.unknown()).nullable(),
  })
  .openapi('MessageUser');

/** The four-field user of threads and of the login answer. */
export const BriefUserSchema = z
  .object({
    id: UuidSchema,
    email: z.email(),
    ...shownWithValues({ first_name: z.string(), last_name: z.string() }),
  })
  .openapi('BriefUser');

/** Only "email" appears in the docs; "sms" is the other Django choice we assume (DECISIONS.md). */
export const TwoFactorTypeSchema = assumed(z.enum(['email', 'sms']).openapi('TwoFactorType'), {
  decision: 'D17',
  constraint: 'closed-enum',
  shown: '"email"',
});

/** The user nested in transactions, deposits and settings, and answered by `GET /auth/user/`. */
export const UserSummarySchema = BriefUserSchema.extend(
  shownWithValues({
    phone_number: z.string(),
    has_kyc: z.boolean(),
    two_factor_enabled: z.boolean(),
    two_factor_type: TwoFactorTypeSchema,
  }),
).openapi('UserSummary');

/** The whole Django user row that `/auth/users/` exposes, password hash included (DECISIONS.md). */
export const FullUserSchema = UserSummarySchema.extend(
  shownWithValues({
    password: z
      .string()
      .regex(/^pbkdf2_sha256\$\d+\$[^$]+\$[^$]+$/, 'a Django PBKDF2 hash')
      .openapi({ example: 'pbkdf2_sha256$600000$oH9ngp1WKImQge2X5v8jxT$qGxw...' }),
    last_login: DateTimeSchema.nullable(),
    email_verified: z.boolean(),
    phone_number_verified: z.boolean(),
    is_staff: z.boolean(),
    is_superuser: z.boolean(),
    is_active: z.boolean(),
    available_balance: DecimalStringSchema,
    user_number: z.int().positive(),
    created_at: DateTimeSchema,
    country: z.string().nullable(),
    updated_at: DateTimeSchema,
    groups: z.array(z.int()),
    user_permissions: z.array(z.int()),
  }),
).openapi('FullUser');

export type MessageUser = z.infer<typeof MessageUserSchema>;
export type BriefUser = z.infer<typeof BriefUserSchema>;
export type UserSummary = z.infer<typeof UserSummarySchema>;
export type FullUser = z.infer<typeof FullUserSchema>;
