import { MethodNotAllowedSchema, NotAuthenticatedSchema, TokenNotValidSchema, } from '../schemas/auth.js';
import { FailureEnvelopeSchema, failure } from '../schemas/envelope.js';
/** One way to declare a JSON response, so every route reads the same. */
export function jsonContent(schema, description, example) {
    return {
        description,
        content: { 'application/json': example === undefined ? { schema } : { schema, example } },
    };
}
/** A documented failure with its message, as the docs print it. */
export function failureContent(description, message) {
    return jsonContent(FailureEnvelopeSchema, description, failure(message));
}
/** Every protected route answers these two the same way (production-notes.md, Errors). */
export const authResponses = {
    401: {
        description: 'No usable credentials, or a token that is invalid, expired or of the wrong type.',
        headers: {
            'WWW-Authenticate': { schema: { type: 'string', example: 'Bearer realm="api"' } },
        },
        content: {
            'application/json': {
                schema: NotAuthenticatedSchema.or(TokenNotValidSchema),
            },
        },
    },
    405: jsonContent(MethodNotAllowedSchema, 'Authenticated, but the method is not allowed here.'),
};
/** Malformed JSON, wrong types, oversized bodies: the envelope with status 400. */
export const badRequestResponse = {
    400: jsonContent(FailureEnvelopeSchema, 'The request could not be read (see message).'),
};
export const bearerSecurity = [{ bearerAuth: [] }];
