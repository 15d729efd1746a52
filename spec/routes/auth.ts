import { createRoute } from '@hono/zod-openapi';
import {
  EXAMPLE_JWT,
  LOGIN_FAILURES,
  LoginBodySchema,
  LoginEntitySchema,
  RefreshBodySchema,
  RefreshRejectedSchema,
  RefreshResponseSchema,
} from '../schemas/auth.js';
import { DOCUMENTED } from '../schemas/documented.js';
import { FailureEnvelopeSchema, failure, success, successEnvelope } from '../schemas/envelope.js';
import { BriefUserSchema, UserSummarySchema } from '../schemas/users.js';
import { authResponses, badRequestResponse, bearerSecurity, jsonContent } from './responses.js';

/** Login, refresh and current user are in production-notes.md, not in 9app-api.md. */
const PRODUCTION_NOTES = 'production-notes.md: Logging in';

const [udo] = DOCUMENTED.users;

export const login = createRoute({
  operationId: 'login',
  method: 'post',
  path: '/auth/login/',
  tags: ['Auth'],
  summary: 'Log in with email and password',
  description: 'Emails match case-insensitively; the four failure messages are in D23.',
  'x-doc-section': PRODUCTION_NOTES,
  security: [],
  request: {
    body: { required: true, content: { 'application/json': { schema: LoginBodySchema } } },
  },
  responses: {
    200: jsonContent(
      successEnvelope(LoginEntitySchema),
      'Logged in',
      success({
        user: udo && BriefUserSchema.parse(udo),
        token: EXAMPLE_JWT,
        refresh_token: EXAMPLE_JWT,
      }),
    ),
    400: jsonContent(
      FailureEnvelopeSchema,
      Object.values(LOGIN_FAILURES).join(' | '),
      failure(LOGIN_FAILURES.wrongPassword),
    ),
  },
});

export const refreshToken = createRoute({
  operationId: 'refreshToken',
  method: 'post',
  path: '/auth/token/refresh/',
  tags: ['Auth'],
  summary: 'Exchange a refresh token for an access token',
  description: 'Answers without the envelope, as SimpleJWT does (D24).',
  'x-doc-section': PRODUCTION_NOTES,
  security: [],
  request: {
    body: { required: true, content: { 'application/json': { schema: RefreshBodySchema } } },
  },
  responses: {
    200: jsonContent(RefreshResponseSchema, 'A new access token', { access: EXAMPLE_JWT }),
    ...badRequestResponse,
    401: jsonContent(
      RefreshRejectedSchema,
      'The refresh token is invalid, expired or not a refresh token',
    ),
  },
});

export const currentUser = createRoute({
  operationId: 'currentUser',
  method: 'get',
  path: '/auth/user/',
  tags: ['Auth'],
  summary: 'The logged-in user',
  description:
    "The profile of the access token's user (production-notes.md): who a frontend is logged in as.",
  'x-doc-section': PRODUCTION_NOTES,
  security: bearerSecurity,
  responses: {
    200: jsonContent(
      successEnvelope(UserSummarySchema),
      'The current user',
      success(udo && UserSummarySchema.parse(udo)),
    ),
    ...authResponses,
  },
});

export type LoginRoute = typeof login;
export type RefreshTokenRoute = typeof refreshToken;
export type CurrentUserRoute = typeof currentUser;
