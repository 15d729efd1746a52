import { login, refreshToken } from '../../spec/routes/auth.js';
import {
  LOGIN_FAILURES,
  LoginBodySchema,
  RefreshBodySchema,
  TOKEN_PROBLEMS,
  WWW_AUTHENTICATE,
} from '../../spec/schemas/auth.js';
import { success } from '../../spec/schemas/envelope.js';
import { issueToken, verifyToken } from '../auth/jwt.js';
import { loginEntity } from '../auth/login-entity.js';
import { checkDjangoPassword } from '../auth/passwords.js';
import { readValidBody } from '../http/body.js';
import { failureResponse } from '../http/errors.js';
import type { Store } from '../store/index.js';
import { type Router, withoutBody } from './mount.js';

/** Login and refresh as production-notes.md describes them (D23, D24). */
export function registerAuthRoutes(app: Router, store: Store, secret: () => string) {
  app.openapi(withoutBody(login), async (c) => {
    // Partial: a missing field is the documented message, not a validation error (D144).
    const body = await readValidBody(c, LoginBodySchema.partial());
    if (!body.ok) return failureResponse(c, body.message, 400);
    const { email, password } = body.value;
    if (!email || !password) return failureResponse(c, LOGIN_FAILURES.missingFields, 400);
    const user = store.users.findUserByEmail(email.trim());
    if (!user) return failureResponse(c, LOGIN_FAILURES.unknownUser, 400);
    if (user.is_active !== 1) return failureResponse(c, LOGIN_FAILURES.inactive, 400);
    if (!(await checkDjangoPassword(password, user.password)))
      return failureResponse(c, LOGIN_FAILURES.wrongPassword, 400);
    return c.json(success(loginEntity(secret(), user)), 200);
  });

  app.openapi(withoutBody(refreshToken), async (c) => {
    const body = await readValidBody(c, RefreshBodySchema);
    if (!body.ok) return failureResponse(c, body.message, 400);
    const check = verifyToken(secret(), body.value.refresh, 'refresh');
    const user = check.ok ? store.users.findUser(check.claims.user_id) : undefined;
    if (user?.is_active !== 1) {
      c.header('WWW-Authenticate', WWW_AUTHENTICATE);
      return c.json({ detail: TOKEN_PROBLEMS.invalid, code: 'token_not_valid' } as const, 401);
    }
    return c.json({ access: issueToken(secret(), user.id, 'access') }, 200);
  });
}
