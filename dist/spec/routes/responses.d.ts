import type { z } from '@hono/zod-openapi';
/** One way to declare a JSON response, so every route reads the same. */
export declare function jsonContent<T extends z.ZodType>(schema: T, description: string, example?: unknown): {
    description: string;
    content: {
        'application/json': {
            schema: T;
            example?: undefined;
        } | {
            schema: T;
            example: {} | null;
        };
    };
};
/** A documented failure with its message, as the docs print it. */
export declare function failureContent(description: string, message: string): {
    description: string;
    content: {
        'application/json': {
            schema: z.ZodObject<{
                status: z.ZodLiteral<"failure">;
                entity: z.ZodNull;
                message: z.ZodString;
                success: z.ZodLiteral<false>;
            }, z.core.$strip>;
            example?: undefined;
        } | {
            schema: z.ZodObject<{
                status: z.ZodLiteral<"failure">;
                entity: z.ZodNull;
                message: z.ZodString;
                success: z.ZodLiteral<false>;
            }, z.core.$strip>;
            example: {} | null;
        };
    };
};
/** Every protected route answers these two the same way (production-notes.md, Errors). */
export declare const authResponses: {
    readonly 401: {
        readonly description: "No usable credentials, or a token that is invalid, expired or of the wrong type.";
        readonly headers: {
            readonly 'WWW-Authenticate': {
                readonly schema: {
                    readonly type: "string";
                    readonly example: "Bearer realm=\"api\"";
                };
            };
        };
        readonly content: {
            readonly 'application/json': {
                readonly schema: z.ZodUnion<[z.ZodObject<{
                    detail: z.ZodLiteral<"Authentication credentials were not provided.">;
                }, z.core.$strip>, z.ZodObject<{
                    detail: z.ZodLiteral<"Given token not valid for any token type">;
                    code: z.ZodLiteral<"token_not_valid">;
                    messages: z.ZodArray<z.ZodObject<{
                        token_class: z.ZodLiteral<"AccessToken">;
                        token_type: z.ZodLiteral<"access">;
                        message: z.ZodEnum<{
                            "Token is invalid or expired": "Token is invalid or expired";
                            "Token has wrong type": "Token has wrong type";
                        }>;
                    }, z.core.$strip>>;
                }, z.core.$strip>]>;
            };
        };
    };
    readonly 405: {
        description: string;
        content: {
            'application/json': {
                schema: z.ZodObject<{
                    detail: z.ZodString;
                }, z.core.$strip>;
                example?: undefined;
            } | {
                schema: z.ZodObject<{
                    detail: z.ZodString;
                }, z.core.$strip>;
                example: {} | null;
            };
        };
    };
};
/** Malformed JSON, wrong types, oversized bodies: the envelope with status 400. */
export declare const badRequestResponse: {
    400: {
        description: string;
        content: {
            'application/json': {
                schema: z.ZodObject<{
                    status: z.ZodLiteral<"failure">;
                    entity: z.ZodNull;
                    message: z.ZodString;
                    success: z.ZodLiteral<false>;
                }, z.core.$strip>;
                example?: undefined;
            } | {
                schema: z.ZodObject<{
                    status: z.ZodLiteral<"failure">;
                    entity: z.ZodNull;
                    message: z.ZodString;
                    success: z.ZodLiteral<false>;
                }, z.core.$strip>;
                example: {} | null;
            };
        };
    };
};
export declare const bearerSecurity: {
    bearerAuth: never[];
}[];
