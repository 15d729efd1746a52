import { createRoute } from '@hono/zod-openapi';
import { DOCUMENTED } from '../schemas/documented.js';
import { success, successEnvelope } from '../schemas/envelope.js';
import { FullUserSchema } from '../schemas/users.js';
import { authResponses, bearerSecurity, jsonContent } from './responses.js';
export const listUsers = createRoute({
    operationId: 'listUsers',
    method: 'post',
    path: '/auth/users/',
    tags: ['Users'],
    summary: 'Get all users',
    description: 'Every user, by `user_number`. Documented as POST (DECISIONS.md). Exposes password hashes, as production does.',
    'x-doc-section': 'Get all users',
    security: bearerSecurity,
    responses: {
        200: jsonContent(successEnvelope(FullUserSchema.array()), 'The users', success(DOCUMENTED.users.slice(0, 2))),
        ...authResponses,
    },
});
