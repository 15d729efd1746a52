import { z } from '@hono/zod-openapi';
import { BriefUserSchema } from './users.js';

/**
 * Login, refresh and the 401/405 bodies come from production-notes.md, not the API docs. The 401
 * and 405 bodies are DRF's own `detail` shapes: the one place the envelope is not used.
 */

/**
 * Both fields are required, as the documented 400 `Email and password are required` says (D144).
 * The login handler reads the body with `.partial()` so a missing one answers that message.
 */
export const LoginBodySchema = z
  .object({
    email: z.string().openapi({ example: 'onuhudoudo@gmail.com' }),
    password: z.string().openapi({ example: 'password123' }),
  })
  .openapi('LoginBody');

/** A well-formed token for examples only: it verifies nowhere. */
export const EXAMPLE_JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30.c2lnbmF0dXJl';

const JwtSchema = z
  .string()
  .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, 'a compact JWT')
  .openapi({ example: EXAMPLE_JWT });

export const LoginEntitySchema = z
  .object({ user: BriefUserSchema, token: JwtSchema, refresh_token: JwtSchema })
  .openapi('LoginEntity');

/** The four documented login failures, all 400. */
export const LOGIN_FAILURES = {
  wrongPassword: 'Invalid login details',
  missingFields: 'Email and password are required',
  unknownUser: 'User does not exist',
  inactive: 'This user is currently not active. verify your account',
} as const;

export const RefreshBodySchema = z.object({ refresh: z.string().min(1) }).openapi('RefreshBody');
export const RefreshResponseSchema = z.object({ access: JwtSchema }).openapi('RefreshResponse');

/** The claims SimpleJWT puts in every token. */
export const JwtClaimsSchema = z.object({
  token_type: z.enum(['access', 'refresh']),
  exp: z.int(),
  iat: z.int(),
  jti: z.string().regex(/^[0-9a-f]{32}$/),
  user_id: z.uuid(),
});
export type JwtClaims = z.infer<typeof JwtClaimsSchema>;
export type TokenType = JwtClaims['token_type'];

/** Lifetimes, in seconds, as observed in production. */
export const TOKEN_LIFETIME_SECONDS: Record<TokenType, number> = {
  access: 6 * 60 * 60,
  refresh: 24 * 60 * 60,
};

export const NOT_AUTHENTICATED_DETAIL = 'Authentication credentials were not provided.';
export const WWW_AUTHENTICATE = 'Bearer realm="api"';

export const NotAuthenticatedSchema = z
  .object({ detail: z.literal(NOT_AUTHENTICATED_DETAIL) })
  .openapi('NotAuthenticated');

export const TOKEN_PROBLEMS = {
  invalid: 'Token is invalid or expired',
  wrongType: 'Token has wrong type',
} as const;

export const TokenNotValidSchema = z
  .object({
    detail: z.literal('Given token not valid for any token type'),
    code: z.literal('token_not_valid'),
    messages: z
      .array(
        z.object({
          token_class: z.literal('AccessToken'),
          token_type: z.literal('access'),
          message: z.enum([TOKEN_PROBLEMS.invalid, TOKEN_PROBLEMS.wrongType]),
        }),
      )
      .min(1),
  })
  .openapi('TokenNotValid');

/** SimpleJWT's refresh view answers a bad refresh token without the `messages` list. */
export const RefreshRejectedSchema = z
  .object({ detail: z.literal(TOKEN_PROBLEMS.invalid), code: z.literal('token_not_valid') })
  .openapi('RefreshRejected');

/**
 * SimpleJWT's answer when a valid access token names a user who is inactive or gone (D25): its
 * `AuthenticationFailed` carries the code beside the detail. Not in production-notes.md; read from
 * SimpleJWT's `JWTAuthentication.get_user`.
 */
export const USER_REJECTIONS = {
  user_inactive: 'User is inactive',
  user_not_found: 'User not found',
} as const;
export type UserRejectionCode = keyof typeof USER_REJECTIONS;

export const UserRejectedSchema = z
  .object({
    detail: z.enum([USER_REJECTIONS.user_inactive, USER_REJECTIONS.user_not_found]),
    code: z.enum(['user_inactive', 'user_not_found']),
  })
  .openapi('UserRejected');

export function userRejected(code: UserRejectionCode): z.infer<typeof UserRejectedSchema> {
  return { detail: USER_REJECTIONS[code], code };
}

export const MethodNotAllowedSchema = z
  .object({ detail: z.string().regex(/^Method "[A-Z]+" not allowed\.$/) })
  .openapi('MethodNotAllowed');

/** DRF's 405 body for `method`. */
export function methodNotAllowed(method: string): z.infer<typeof MethodNotAllowedSchema> {
  return { detail: `Method "${method}" not allowed.` };
}

export type NotAuthenticated = z.infer<typeof NotAuthenticatedSchema>;
export type TokenNotValid = z.infer<typeof TokenNotValidSchema>;
export type UserRejected = z.infer<typeof UserRejectedSchema>;
