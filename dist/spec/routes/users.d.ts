export declare const listUsers: {
    operationId: string;
    method: "post";
    path: "/auth/users/";
    tags: string[];
    summary: string;
    description: string;
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
                        entity: import("zod").ZodArray<import("zod").ZodObject<{
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
                            password: import("zod").ZodString;
                            last_login: import("zod").ZodNullable<import("zod").ZodISODateTime>;
                            email_verified: import("zod").ZodBoolean;
                            phone_number_verified: import("zod").ZodBoolean;
                            is_staff: import("zod").ZodBoolean;
                            is_superuser: import("zod").ZodBoolean;
                            is_active: import("zod").ZodBoolean;
                            available_balance: import("zod").ZodString;
                            user_number: import("zod").ZodInt;
                            created_at: import("zod").ZodISODateTime;
                            country: import("zod").ZodNullable<import("zod").ZodString>;
                            updated_at: import("zod").ZodISODateTime;
                            groups: import("zod").ZodArray<import("zod").ZodInt>;
                            user_permissions: import("zod").ZodArray<import("zod").ZodInt>;
                        }, import("zod/v4/core").$strip>>;
                        message: import("zod").ZodNullable<import("zod").ZodString>;
                        success: import("zod").ZodLiteral<true>;
                    }, import("zod/v4/core").$strip>;
                    example?: undefined;
                } | {
                    schema: import("zod").ZodObject<{
                        status: import("zod").ZodLiteral<"success">;
                        entity: import("zod").ZodArray<import("zod").ZodObject<{
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
                            password: import("zod").ZodString;
                            last_login: import("zod").ZodNullable<import("zod").ZodISODateTime>;
                            email_verified: import("zod").ZodBoolean;
                            phone_number_verified: import("zod").ZodBoolean;
                            is_staff: import("zod").ZodBoolean;
                            is_superuser: import("zod").ZodBoolean;
                            is_active: import("zod").ZodBoolean;
                            available_balance: import("zod").ZodString;
                            user_number: import("zod").ZodInt;
                            created_at: import("zod").ZodISODateTime;
                            country: import("zod").ZodNullable<import("zod").ZodString>;
                            updated_at: import("zod").ZodISODateTime;
                            groups: import("zod").ZodArray<import("zod").ZodInt>;
                            user_permissions: import("zod").ZodArray<import("zod").ZodInt>;
                        }, import("zod/v4/core").$strip>>;
                        message: import("zod").ZodNullable<import("zod").ZodString>;
                        success: import("zod").ZodLiteral<true>;
                    }, import("zod/v4/core").$strip>;
                    example: {} | null;
                };
            };
        };
    };
} & {
    getRoutingPath(): "/auth/users/";
};
export type ListUsersRoute = typeof listUsers;
