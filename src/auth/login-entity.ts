import type { z } from 'zod';
import type { LoginEntitySchema } from '../../spec/schemas/auth.js';
import { toBriefUser, type UserRow } from '../store/users.js';
import { issueToken } from './jwt.js';

/** The login answer's entity: the user and a fresh access and refresh token for them. */
export function loginEntity(secret: string, user: UserRow): z.infer<typeof LoginEntitySchema> {
  return {
    user: toBriefUser(user),
    token: issueToken(secret, user.id, 'access'),
    refresh_token: issueToken(secret, user.id, 'refresh'),
  };
}
