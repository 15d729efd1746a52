import { z } from '@hono/zod-openapi';
/**
 * Login, refresh and the 401/405 bodies come from production-notes.md, not the API docs. The 401
 * and 405 bodies are DRF's own `detail` shapes: the one place the envelope is not used.
 */
/** Both fields are optional in the schema so a missing one reaches the documented 400 message. */
export declare const LoginBodySchema: z.ZodObject<{
    email: z.ZodOptional<z.ZodString>;
    password: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export declare const LoginEntitySchema: z.ZodObject<{
    user: z.ZodObject<{
        id: z.ZodUUID;
        email: z.ZodEmail;
        first_name: z.ZodString;
        last_name: z.ZodString;
    }, z.core.$strip>;
    token: z.ZodString;
    refresh_token: z.ZodString;
}, z.core.$strip>;
/** The four documented login failures, all 400. */
export declare const LOGIN_FAILURES: {
    readonly wrongPassword: "Invalid login details";
    readonly missingFields: "Email and password are required";
    readonly unknownUser: "User does not exist";
    readonly inactive: "This user is currently not active. verify your account";
};
export declare const RefreshBodySchema: z.ZodObject<{
    refresh: z.ZodString;
}, z.core.$strip>;
export declare const RefreshResponseSchema: z.ZodObject<{
    access: z.ZodString;
}, z.core.$strip>;
/** The claims SimpleJWT puts in every token. */
export declare const JwtClaimsSchema: z.ZodObject<{
    token_type: z.ZodEnum<{
        refresh: "refresh";
        access: "access";
    }>;
    exp: z.ZodInt;
    iat: z.ZodInt;
    jti: z.ZodString;
    user_id: z.ZodUUID;
}, z.core.$strip>;
export type JwtClaims = z.infer<typeof JwtClaimsSchema>;
export type TokenType = JwtClaims['token_type'];
/** Lifetimes, in seconds, as observed in production. */
export declare const TOKEN_LIFETIME_SECONDS: Record<TokenType, number>;
export declare const NOT_AUTHENTICATED_DETAIL = "Authentication credentials were not provided.";
export declare const WWW_AUTHENTICATE = "Bearer realm=\"api\"";
export declare const NotAuthenticatedSchema: z.ZodObject<{
    detail: z.ZodLiteral<"Authentication credentials were not provided.">;
}, z.core.$strip>;
export declare const TOKEN_PROBLEMS: {
    readonly invalid: "Token is invalid or expired";
    readonly wrongType: "Token has wrong type";
};
export declare const TokenNotValidSchema: z.ZodObject<{
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
}, z.core.$strip>;
/** SimpleJWT's refresh view answers a bad refresh token without the `messages` list. */
export declare const RefreshRejectedSchema: z.ZodObject<{
    detail: z.ZodLiteral<"Token is invalid or expired">;
    code: z.ZodLiteral<"token_not_valid">;
}, z.core.$strip>;
export declare const MethodNotAllowedSchema: z.ZodObject<{
    detail: z.ZodString;
}, z.core.$strip>;
/** DRF's 405 body for `method`. */
export declare function methodNotAllowed(method: string): z.infer<typeof MethodNotAllowedSchema>;
export type NotAuthenticated = z.infer<typeof NotAuthenticatedSchema>;
export type TokenNotValid = z.infer<typeof TokenNotValidSchema>;
