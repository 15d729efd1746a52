import { z } from '@hono/zod-openapi';
/**
 * The documented response envelope. `success` is true exactly when `status` is "success", so the
 * two halves are separate schemas joined by the caller, never a free pair of fields.
 */
export declare function successEnvelope<T extends z.ZodType>(entity: T): z.ZodObject<{
    status: z.ZodLiteral<"success">;
    entity: T;
    message: z.ZodNullable<z.ZodString>;
    success: z.ZodLiteral<true>;
}, z.core.$strip>;
/** Every documented failure: no entity, a message a person can read. */
export declare const FailureEnvelopeSchema: z.ZodObject<{
    status: z.ZodLiteral<"failure">;
    entity: z.ZodNull;
    message: z.ZodString;
    success: z.ZodLiteral<false>;
}, z.core.$strip>;
export type FailureEnvelope = z.infer<typeof FailureEnvelopeSchema>;
/** Builds the failure envelope for `message`; the stand-in and tests share this one constructor. */
export declare function failure(message: string): FailureEnvelope;
/** Builds the success envelope around `entity`; handlers and the docs' examples share it. */
export declare function success<T>(entity: T, message?: string | null): {
    status: "success";
    entity: T;
    message: string | null;
    success: true;
};
/** Any envelope, either half: what the conformance suite checks first, before the entity. */
export declare const AnyEnvelopeSchema: z.ZodObject<{
    status: z.ZodEnum<{
        success: "success";
        failure: "failure";
    }>;
    entity: z.ZodUnknown;
    message: z.ZodNullable<z.ZodString>;
    success: z.ZodBoolean;
}, z.core.$strip>;
/** The success envelope around an `entity` of type T. */
export type SuccessEnvelope<T> = ReturnType<typeof success<T>>;
/** Either half of the documented envelope: what every HTTP answer of the API is. */
export type Envelope<T> = SuccessEnvelope<T> | FailureEnvelope;
