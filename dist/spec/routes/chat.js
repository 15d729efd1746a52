import { createRoute } from '@hono/zod-openapi';
import { MessagesEntitySchema, MessagesParamsSchema, ThreadSchema } from '../schemas/chat.js';
import { DOCUMENTED } from '../schemas/documented.js';
import { success, successEnvelope } from '../schemas/envelope.js';
import { authResponses, bearerSecurity, failureContent, jsonContent } from './responses.js';
/** Messages' success message, misspelled as documented (DECISIONS.md). */
export const MESSAGES_RETRIEVED = 'Messages retreived successfully';
/** The documented 404 for an unknown recipient, misspelled as documented. */
export const INVALID_RECIPIENT = 'Invalid receipient';
export const getMessages = createRoute({
    operationId: 'getMessages',
    method: 'get',
    path: '/chat/messages/{uid}/',
    tags: ['Chat'],
    summary: 'Get messages',
    description: 'The conversation between the caller and the user `uid`, oldest first. 404 when `uid` is not a user.',
    'x-doc-section': '1. Get Messages',
    security: bearerSecurity,
    request: { params: MessagesParamsSchema },
    responses: {
        200: jsonContent(successEnvelope(MessagesEntitySchema), 'Data fetched successfully', success({ messages: DOCUMENTED.messages.filter((message) => message.thread === 1) }, MESSAGES_RETRIEVED)),
        404: failureContent('No such recipient', INVALID_RECIPIENT),
        ...authResponses,
    },
});
export const getUserThreads = createRoute({
    operationId: 'getUserThreads',
    method: 'get',
    path: '/chat/get-user-threads/',
    tags: ['Chat'],
    summary: 'Get user threads',
    description: "The caller's threads (one per conversation), newest activity first.",
    'x-doc-section': '3. Get user threads',
    security: bearerSecurity,
    responses: {
        200: jsonContent(successEnvelope(ThreadSchema.array()), 'The threads', success(DOCUMENTED.threads.filter((thread) => thread.id === 2))),
        ...authResponses,
    },
});
