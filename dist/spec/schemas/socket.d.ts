import { z } from '@hono/zod-openapi';
/** Longest `message_body` the stand-in stores; the docs set none (DECISIONS.md). */
export declare const MESSAGE_BODY_MAX_CHARS = 4000;
/** Largest text frame read at all, in bytes; larger ones get a `frame_too_large` error frame. */
export declare const FRAME_MAX_BYTES: number;
/** The docs' socket examples, repaired (D3): the schemas and the AsyncAPI document both show them. */
export declare const CHAT_MESSAGE_EXAMPLE: {
    readonly action: "chat_message";
    readonly message_body: "hello there";
    readonly receiver_id: "68f6cebe-1dfb-418d-8c4e-3ada680984d1";
};
export declare const RE_MESSAGE_EXAMPLE: {
    readonly message_body: "hello";
    readonly sender_id: "96bf0d3f-720d-4620-8dee-0f59f997cb51";
    readonly receiver_id: "68f6cebe-1dfb-418d-8c4e-3ada680984d1";
    readonly timestamp: "2024-06-17T12:48:28.228342+00:00";
    readonly created_msg_id: 34;
    readonly action: "re_message";
};
export declare const ERROR_FRAME_EXAMPLE: {
    readonly action: "error";
    readonly code: "unknown_action";
    readonly message: "Unknown action \"typing\"; the only action is \"chat_message\"";
};
/** Client to server: send a text message (Sending messages, step 1). */
export declare const ChatMessageFrameSchema: z.ZodObject<{
    action: z.ZodLiteral<"chat_message">;
    message_body: z.ZodString;
    receiver_id: z.ZodUUID;
}, z.core.$strip>;
/** Server to receiver: the stored message, delivered in real time (Sending messages, step 2). */
export declare const ReMessageFrameSchema: z.ZodObject<{
    message_body: z.ZodString;
    sender_id: z.ZodUUID;
    receiver_id: z.ZodUUID;
    timestamp: z.ZodISODateTime;
    created_msg_id: z.ZodInt;
    action: z.ZodLiteral<"re_message">;
}, z.core.$strip>;
/** Why a client frame was refused. The docs define no error frame; this one is ours. */
export declare const SOCKET_ERROR_CODES: readonly ["invalid_json", "invalid_frame", "unknown_action", "binary_not_supported", "frame_too_large", "unknown_receiver", "self_message", "not_stored"];
export type SocketErrorCode = (typeof SOCKET_ERROR_CODES)[number];
/** Server to sender: a frame it could not act on. Nothing was stored; the socket stays open. */
export declare const ErrorFrameSchema: z.ZodObject<{
    action: z.ZodLiteral<"error">;
    code: z.ZodEnum<{
        unknown_action: "unknown_action";
        invalid_json: "invalid_json";
        invalid_frame: "invalid_frame";
        binary_not_supported: "binary_not_supported";
        frame_too_large: "frame_too_large";
        unknown_receiver: "unknown_receiver";
        self_message: "self_message";
        not_stored: "not_stored";
    }>;
    message: z.ZodString;
}, z.core.$strip>;
/** Any frame the client may receive. */
export declare const ServerFrameSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    message_body: z.ZodString;
    sender_id: z.ZodUUID;
    receiver_id: z.ZodUUID;
    timestamp: z.ZodISODateTime;
    created_msg_id: z.ZodInt;
    action: z.ZodLiteral<"re_message">;
}, z.core.$strip>, z.ZodObject<{
    action: z.ZodLiteral<"error">;
    code: z.ZodEnum<{
        unknown_action: "unknown_action";
        invalid_json: "invalid_json";
        invalid_frame: "invalid_frame";
        binary_not_supported: "binary_not_supported";
        frame_too_large: "frame_too_large";
        unknown_receiver: "unknown_receiver";
        self_message: "self_message";
        not_stored: "not_stored";
    }>;
    message: z.ZodString;
}, z.core.$strip>], "action">;
export type ChatMessageFrame = z.infer<typeof ChatMessageFrameSchema>;
export type ReMessageFrame = z.infer<typeof ReMessageFrameSchema>;
export type ErrorFrame = z.infer<typeof ErrorFrameSchema>;
