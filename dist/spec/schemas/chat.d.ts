import { z } from '@hono/zod-openapi';
/** One stored chat message, as Get Messages lists it. */
export declare const ChatMessageSchema: z.ZodObject<{
    id: z.ZodInt;
    sender: z.ZodObject<{
        id: z.ZodUUID;
        email: z.ZodEmail;
        profile: z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    }, z.core.$strip>;
    receiver: z.ZodObject<{
        id: z.ZodUUID;
        email: z.ZodEmail;
        profile: z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    }, z.core.$strip>;
    attached_file_size: z.ZodString;
    message: z.ZodString;
    updated: z.ZodISODateTime;
    created: z.ZodISODateTime;
    seen: z.ZodBoolean;
    deleted: z.ZodBoolean;
    attached_file: z.ZodNullable<z.ZodString>;
    attached_file_name: z.ZodNullable<z.ZodString>;
    thread: z.ZodInt;
}, z.core.$strip>;
/** The entity of Get Messages: the list sits under `messages`, oldest first (DECISIONS.md). */
export declare const MessagesEntitySchema: z.ZodObject<{
    messages: z.ZodArray<z.ZodObject<{
        id: z.ZodInt;
        sender: z.ZodObject<{
            id: z.ZodUUID;
            email: z.ZodEmail;
            profile: z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        }, z.core.$strip>;
        receiver: z.ZodObject<{
            id: z.ZodUUID;
            email: z.ZodEmail;
            profile: z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        }, z.core.$strip>;
        attached_file_size: z.ZodString;
        message: z.ZodString;
        updated: z.ZodISODateTime;
        created: z.ZodISODateTime;
        seen: z.ZodBoolean;
        deleted: z.ZodBoolean;
        attached_file: z.ZodNullable<z.ZodString>;
        attached_file_name: z.ZodNullable<z.ZodString>;
        thread: z.ZodInt;
    }, z.core.$strip>>;
}, z.core.$strip>;
/** A conversation between two users. `craeted` is spelled as the docs spell it (DECISIONS.md). */
export declare const ThreadSchema: z.ZodObject<{
    id: z.ZodInt;
    user_one: z.ZodObject<{
        id: z.ZodUUID;
        email: z.ZodEmail;
        first_name: z.ZodString;
        last_name: z.ZodString;
    }, z.core.$strip>;
    user_two: z.ZodObject<{
        id: z.ZodUUID;
        email: z.ZodEmail;
        first_name: z.ZodString;
        last_name: z.ZodString;
    }, z.core.$strip>;
    last_message: z.ZodNullable<z.ZodString>;
    craeted: z.ZodISODateTime;
}, z.core.$strip>;
/** Path parameter of Get Messages: named `uid` in the path, `uuid` in the text (DECISIONS.md). */
export declare const MessagesParamsSchema: z.ZodObject<{
    uid: z.ZodString;
}, z.core.$strip>;
export type ChatMessage = z.infer<typeof ChatMessageSchema>;
export type Thread = z.infer<typeof ThreadSchema>;
