import type { z } from 'zod';
import type { LoginEntitySchema } from '../../spec/schemas/auth.js';
import { type UserRow } from '../store/users.js';
/** The login answer's entity: the user and a fresh access and refresh token for them. */
export declare function loginEntity(secret: string, user: UserRow): z.infer<typeof LoginEntitySchema>;
