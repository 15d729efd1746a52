export declare const login: {
    operationId: string;
    method: "post";
    path: "/auth/login/";
    tags: string[];
    summary: string;
    'x-doc-section': string;
    security: never[];
    request: {
        body: {
            required: true;
            content: {
                'application/json': {
                    schema: import("zod").ZodObject<{
                        email: import("zod").ZodOptional<import("zod").ZodString>;
                        password: import("zod").ZodOptional<import("zod").ZodString>;
                    }, import("zod/v4/core").$strip>;
                };
            };
        };
    };
    responses: {
        200: {
            description: string;
            content: {
                'application/json': {
                    schema: import("zod").ZodObject<{
                        status: import("zod").ZodLiteral<"success">;
                        entity: import("zod").ZodObject<{
                            user: import("zod").ZodObject<{
                                id: import("zod").ZodUUID;
                                email: import("zod").ZodEmail;
                                first_name: import("zod").ZodString;
                                last_name: import("zod").ZodString;
                            }, import("zod/v4/core").$strip>;
                            token: import("zod").ZodString;
                            refresh_token: import("zod").ZodString;
                        }, import("zod/v4/core").$strip>;
                        message: import("zod").ZodNullable<import("zod").ZodString>;
                        success: import("zod").ZodLiteral<true>;
                    }, import("zod/v4/core").$strip>;
                    example?: undefined;
                } | {
                    schema: import("zod").ZodObject<{
                        status: import("zod").ZodLiteral<"success">;
                        entity: import("zod").ZodObject<{
                            user: import("zod").ZodObject<{
                                id: import("zod").ZodUUID;
                                email: import("zod").ZodEmail;
                                first_name: import("zod").ZodString;
                                last_name: import("zod").ZodString;
                            }, import("zod/v4/core").$strip>;
                            token: import("zod").ZodString;
                            refresh_token: import("zod").ZodString;
                        }, import("zod/v4/core").$strip>;
                        message: import("zod").ZodNullable<import("zod").ZodString>;
                        success: import("zod").ZodLiteral<true>;
                    }, import("zod/v4/core").$strip>;
                    example: {} | null;
                };
            };
        };
        400: {
            description: string;
            content: {
                'application/json': {
                    schema: import("zod").ZodObject<{
                        status: import("zod").ZodLiteral<"failure">;
                        entity: import("zod").ZodNull;
                        message: import("zod").ZodString;
                        success: import("zod").ZodLiteral<false>;
                    }, import("zod/v4/core").$strip>;
                    example?: undefined;
                } | {
                    schema: import("zod").ZodObject<{
                        status: import("zod").ZodLiteral<"failure">;
                        entity: import("zod").ZodNull;
                        message: import("zod").ZodString;
                        success: import("zod").ZodLiteral<false>;
                    }, import("zod/v4/core").$strip>;
                    example: {} | null;
                };
            };
        };
    };
} & {
    getRoutingPath(): "/auth/login/";
};
export declare const refreshToken: {
    operationId: string;
    method: "post";
    path: "/auth/token/refresh/";
    tags: string[];
    summary: string;
    description: string;
    'x-doc-section': string;
    security: never[];
    request: {
        body: {
            required: true;
            content: {
                'application/json': {
                    schema: import("zod").ZodObject<{
                        refresh: import("zod").ZodString;
                    }, import("zod/v4/core").$strip>;
                };
            };
        };
    };
    responses: {
        401: {
            description: string;
            content: {
                'application/json': {
                    schema: import("zod").ZodObject<{
                        detail: import("zod").ZodLiteral<"Token is invalid or expired">;
                        code: import("zod").ZodLiteral<"token_not_valid">;
                    }, import("zod/v4/core").$strip>;
                    example?: undefined;
                } | {
                    schema: import("zod").ZodObject<{
                        detail: import("zod").ZodLiteral<"Token is invalid or expired">;
                        code: import("zod").ZodLiteral<"token_not_valid">;
                    }, import("zod/v4/core").$strip>;
                    example: {} | null;
                };
            };
        };
        400: {
            description: string;
            content: {
                'application/json': {
                    schema: import("zod").ZodObject<{
                        status: import("zod").ZodLiteral<"failure">;
                        entity: import("zod").ZodNull;
                        message: import("zod").ZodString;
                        success: import("zod").ZodLiteral<false>;
                    }, import("zod/v4/core").$strip>;
                    example?: undefined;
                } | {
                    schema: import("zod").ZodObject<{
                        status: import("zod").ZodLiteral<"failure">;
                        entity: import("zod").ZodNull;
                        message: import("zod").ZodString;
                        success: import("zod").ZodLiteral<false>;
                    }, import("zod/v4/core").$strip>;
                    example: {} | null;
                };
            };
        };
        200: {
            description: string;
            content: {
                'application/json': {
                    schema: import("zod").ZodObject<{
                        access: import("zod").ZodString;
                    }, import("zod/v4/core").$strip>;
                    example?: undefined;
                } | {
                    schema: import("zod").ZodObject<{
                        access: import("zod").ZodString;
                    }, import("zod/v4/core").$strip>;
                    example: {} | null;
                };
            };
        };
    };
} & {
    getRoutingPath(): "/auth/token/refresh/";
};
export declare const currentUser: {
    operationId: string;
    method: "get";
    path: "/auth/user/";
    tags: string[];
    summary: string;
    'x-doc-section': string;
    security: {
        bearerAuth: never[];
    }[];
    responses: {
        401: {
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
                    readonly schema: import("zod").ZodUnion<[import("zod").ZodObject<{
                        detail: import("zod").ZodLiteral<"Authentication credentials were not provided.">;
                    }, import("zod/v4/core").$strip>, import("zod").ZodObject<{
                        detail: import("zod").ZodLiteral<"Given token not valid for any token type">;
                        code: import("zod").ZodLiteral<"token_not_valid">;
                        messages: import("zod").ZodArray<import("zod").ZodObject<{
                            token_class: import("zod").ZodLiteral<"AccessToken">;
                            token_type: import("zod").ZodLiteral<"access">;
                            message: import("zod").ZodEnum<{
                                "Token is invalid or expired": "Token is invalid or expired";
                                "Token has wrong type": "Token has wrong type";
                            }>;
                        }, import("zod/v4/core").$strip>>;
                    }, import("zod/v4/core").$strip>]>;
                };
            };
        };
        405: {
            description: string;
            content: {
                'application/json': {
                    schema: import("zod").ZodObject<{
                        detail: import("zod").ZodString;
                    }, import("zod/v4/core").$strip>;
                    example?: undefined;
                } | {
                    schema: import("zod").ZodObject<{
                        detail: import("zod").ZodString;
                    }, import("zod/v4/core").$strip>;
                    example: {} | null;
                };
            };
        };
        200: {
            description: string;
            content: {
                'application/json': {
                    schema: import("zod").ZodObject<{
                        status: import("zod").ZodLiteral<"success">;
                        entity: import("zod").ZodObject<{
                            id: import("zod").ZodUUID;
                            email: import("zod").ZodEmail;
                            first_name: import("zod").ZodString;
                            last_name: import("zod").ZodString;
                            phone_number: import("zod").ZodString;
                            has_kyc: import("zod").ZodBoolean;
                            two_factor_enabled: import("zod").ZodBoolean;
                            two_factor_type: import("zod").ZodEnum<{
                                email: "email";
                                sms: "sms";
                            }>;
                        }, import("zod/v4/core").$strip>;
                        message: import("zod").ZodNullable<import("zod").ZodString>;
                        success: import("zod").ZodLiteral<true>;
                    }, import("zod/v4/core").$strip>;
                    example?: undefined;
                } | {
                    schema: import("zod").ZodObject<{
                        status: import("zod").ZodLiteral<"success">;
                        entity: import("zod").ZodObject<{
                            id: import("zod").ZodUUID;
                            email: import("zod").ZodEmail;
                            first_name: import("zod").ZodString;
                            last_name: import("zod").ZodString;
                            phone_number: import("zod").ZodString;
                            has_kyc: import("zod").ZodBoolean;
                            two_factor_enabled: import("zod").ZodBoolean;
                            two_factor_type: import("zod").ZodEnum<{
                                email: "email";
                                sms: "sms";
                            }>;
                        }, import("zod/v4/core").$strip>;
                        message: import("zod").ZodNullable<import("zod").ZodString>;
                        success: import("zod").ZodLiteral<true>;
                    }, import("zod/v4/core").$strip>;
                    example: {} | null;
                };
            };
        };
    };
} & {
    getRoutingPath(): "/auth/user/";
};
export type LoginRoute = typeof login;
export type RefreshTokenRoute = typeof refreshToken;
export type CurrentUserRoute = typeof currentUser;
