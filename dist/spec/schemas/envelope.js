import { z } from '@hono/zod-openapi';
/**
 * The documented response envelope. `success` is true exactly when `status` is "success", so the
 * two halves are separate schemas joined by the caller, never a free pair of fields.
 */
export function successEnvelope(entity) {
    return z.object({
        status: z.literal('success'),
        entity,
        message: z.string().nullable(),
        success: z.literal(true),
    });
}
/** Every documented failure: no entity, a message a person can read. */
export const FailureEnvelopeSchema = z
    .object({
    status: z.literal('failure'),
    entity: z.null(),
    message: z.string(),
    success: z.literal(false),
})
    .openapi('FailureEnvelope');
/** Builds the failure envelope for `message`; the stand-in and tests share this one constructor. */
export function failure(message) {
    return { status: 'failure', entity: null, message, success: false };
}
/** Builds the success envelope around `entity`; handlers and the docs' examples share it. */
export function success(entity, message = null) {
    return { status: 'success', entity, message, success: true };
}
/** Any envelope, either half: what the conformance suite checks first, before the entity. */
export const AnyEnvelopeSchema = z.object({
    status: z.enum(['success', 'failure']),
    entity: z.unknown(),
    message: z.string().nullable(),
    success: z.boolean(),
});
