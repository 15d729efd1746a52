import { z } from '@hono/zod-openapi';
import { assumed, shownWithValues } from './assumed.js';
import { DateTimeSchema, uuidParam } from './primitives.js';
import { BriefUserSchema, MessageUserSchema } from './users.js';

/** One stored chat message, as Get Messages lists it. */
export const ChatMessageSchema = z
  .object({
    id: z.int().positive(),
    sender: MessageUserSchema,
    receiver: MessageUserSchema,
    ...shownWithValues({
      attached_file_size: assumed(
        z
          .string()
          // No regex flags: they do not survive into the JSON Schema `pattern` (D70).
          .regex(/^\d+(\.\d+)?[kKmMgG]?[bB]$/, 'a size such as "0kb"')
          .openapi({ example: '0kb' }),
        { decision: 'D29', constraint: 'format', shown: '"0kb"' },
      ),
      message: z.string(),
      updated: DateTimeSchema,
      created: DateTimeSchema,
      seen: z.boolean(),
      deleted: z.boolean(),
    }),
    attached_file: z.string().nullable(),
    attached_file_name: z.string().nullable(),
    thread: z.int().positive(),
  })
  .openapi('ChatMessage');

/** The entity of Get Messages: the list sits under `messages`, oldest first (DECISIONS.md). */
export const MessagesEntitySchema = z
  .object({ messages: z.array(ChatMessageSchema) })
  .openapi('MessagesEntity');

/** A conversation between two users. `craeted` is spelled as the docs spell it (DECISIONS.md). */
export const ThreadSchema = z
  .object({
    id: z.int().positive(),
    user_one: BriefUserSchema,
    user_two: BriefUserSchema,
    last_message: z.string().nullable(),
    ...shownWithValues({ craeted: DateTimeSchema }),
  })
  .openapi('Thread');

/** Path parameter of Get Messages: named `uid` in the path, `uuid` in the text (DECISIONS.md). */
export const MessagesParamsSchema = z.object({
  uid: uuidParam(
    'uid',
    'The other user of the conversation (a UUID; anything else answers 404).',
    // codebee345, the other side of the docs' example conversation with the login example's user.
    '96bf0d3f-720d-4620-8dee-0f59f997cb51',
  ),
});

export type ChatMessage = z.infer<typeof ChatMessageSchema>;
export type Thread = z.infer<typeof ThreadSchema>;
