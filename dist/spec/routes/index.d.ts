import type { z } from '@hono/zod-openapi';
/** Every HTTP operation of the contract, in the order the docs page lists them. */
export declare const ROUTES: readonly [{
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
                    schema: z.ZodObject<{
                        email: z.ZodOptional<z.ZodString>;
                        password: z.ZodOptional<z.ZodString>;
                    }, z.core.$strip>;
                };
            };
        };
    };
    responses: {
        200: {
            description: string;
            content: {
                'application/json': {
                    schema: z.ZodObject<{
                        status: z.ZodLiteral<"success">;
                        entity: z.ZodObject<{
                            user: z.ZodObject<{
                                id: z.ZodUUID;
                                email: z.ZodEmail;
                                first_name: z.ZodString;
                                last_name: z.ZodString;
                            }, z.core.$strip>;
                            token: z.ZodString;
                            refresh_token: z.ZodString;
                        }, z.core.$strip>;
                        message: z.ZodNullable<z.ZodString>;
                        success: z.ZodLiteral<true>;
                    }, z.core.$strip>;
                    example?: undefined;
                } | {
                    schema: z.ZodObject<{
                        status: z.ZodLiteral<"success">;
                        entity: z.ZodObject<{
                            user: z.ZodObject<{
                                id: z.ZodUUID;
                                email: z.ZodEmail;
                                first_name: z.ZodString;
                                last_name: z.ZodString;
                            }, z.core.$strip>;
                            token: z.ZodString;
                            refresh_token: z.ZodString;
                        }, z.core.$strip>;
                        message: z.ZodNullable<z.ZodString>;
                        success: z.ZodLiteral<true>;
                    }, z.core.$strip>;
                    example: {} | null;
                };
            };
        };
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
} & {
    getRoutingPath(): "/auth/login/";
}, {
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
                    schema: z.ZodObject<{
                        refresh: z.ZodString;
                    }, z.core.$strip>;
                };
            };
        };
    };
    responses: {
        401: {
            description: string;
            content: {
                'application/json': {
                    schema: z.ZodObject<{
                        detail: z.ZodLiteral<"Token is invalid or expired">;
                        code: z.ZodLiteral<"token_not_valid">;
                    }, z.core.$strip>;
                    example?: undefined;
                } | {
                    schema: z.ZodObject<{
                        detail: z.ZodLiteral<"Token is invalid or expired">;
                        code: z.ZodLiteral<"token_not_valid">;
                    }, z.core.$strip>;
                    example: {} | null;
                };
            };
        };
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
        200: {
            description: string;
            content: {
                'application/json': {
                    schema: z.ZodObject<{
                        access: z.ZodString;
                    }, z.core.$strip>;
                    example?: undefined;
                } | {
                    schema: z.ZodObject<{
                        access: z.ZodString;
                    }, z.core.$strip>;
                    example: {} | null;
                };
            };
        };
    };
} & {
    getRoutingPath(): "/auth/token/refresh/";
}, {
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
        405: {
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
        200: {
            description: string;
            content: {
                'application/json': {
                    schema: z.ZodObject<{
                        status: z.ZodLiteral<"success">;
                        entity: z.ZodObject<{
                            id: z.ZodUUID;
                            email: z.ZodEmail;
                            first_name: z.ZodString;
                            last_name: z.ZodString;
                            phone_number: z.ZodString;
                            has_kyc: z.ZodBoolean;
                            two_factor_enabled: z.ZodBoolean;
                            two_factor_type: z.ZodEnum<{
                                email: "email";
                                sms: "sms";
                            }>;
                        }, z.core.$strip>;
                        message: z.ZodNullable<z.ZodString>;
                        success: z.ZodLiteral<true>;
                    }, z.core.$strip>;
                    example?: undefined;
                } | {
                    schema: z.ZodObject<{
                        status: z.ZodLiteral<"success">;
                        entity: z.ZodObject<{
                            id: z.ZodUUID;
                            email: z.ZodEmail;
                            first_name: z.ZodString;
                            last_name: z.ZodString;
                            phone_number: z.ZodString;
                            has_kyc: z.ZodBoolean;
                            two_factor_enabled: z.ZodBoolean;
                            two_factor_type: z.ZodEnum<{
                                email: "email";
                                sms: "sms";
                            }>;
                        }, z.core.$strip>;
                        message: z.ZodNullable<z.ZodString>;
                        success: z.ZodLiteral<true>;
                    }, z.core.$strip>;
                    example: {} | null;
                };
            };
        };
    };
} & {
    getRoutingPath(): "/auth/user/";
}, {
    operationId: string;
    method: "get";
    path: "/chat/messages/{uid}/";
    tags: string[];
    summary: string;
    description: string;
    'x-doc-section': string;
    security: {
        bearerAuth: never[];
    }[];
    request: {
        params: z.ZodObject<{
            uid: z.ZodString;
        }, z.core.$strip>;
    };
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
        405: {
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
        200: {
            description: string;
            content: {
                'application/json': {
                    schema: z.ZodObject<{
                        status: z.ZodLiteral<"success">;
                        entity: z.ZodObject<{
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
                        message: z.ZodNullable<z.ZodString>;
                        success: z.ZodLiteral<true>;
                    }, z.core.$strip>;
                    example?: undefined;
                } | {
                    schema: z.ZodObject<{
                        status: z.ZodLiteral<"success">;
                        entity: z.ZodObject<{
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
                        message: z.ZodNullable<z.ZodString>;
                        success: z.ZodLiteral<true>;
                    }, z.core.$strip>;
                    example: {} | null;
                };
            };
        };
        404: {
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
} & {
    getRoutingPath(): "/chat/messages/:uid/";
}, {
    operationId: string;
    method: "get";
    path: "/chat/get-user-threads/";
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
        405: {
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
        200: {
            description: string;
            content: {
                'application/json': {
                    schema: z.ZodObject<{
                        status: z.ZodLiteral<"success">;
                        entity: z.ZodArray<z.ZodObject<{
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
                        }, z.core.$strip>>;
                        message: z.ZodNullable<z.ZodString>;
                        success: z.ZodLiteral<true>;
                    }, z.core.$strip>;
                    example?: undefined;
                } | {
                    schema: z.ZodObject<{
                        status: z.ZodLiteral<"success">;
                        entity: z.ZodArray<z.ZodObject<{
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
                        }, z.core.$strip>>;
                        message: z.ZodNullable<z.ZodString>;
                        success: z.ZodLiteral<true>;
                    }, z.core.$strip>;
                    example: {} | null;
                };
            };
        };
    };
} & {
    getRoutingPath(): "/chat/get-user-threads/";
}, {
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
        405: {
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
        200: {
            description: string;
            content: {
                'application/json': {
                    schema: z.ZodObject<{
                        status: z.ZodLiteral<"success">;
                        entity: z.ZodArray<z.ZodObject<{
                            id: z.ZodUUID;
                            email: z.ZodEmail;
                            first_name: z.ZodString;
                            last_name: z.ZodString;
                            phone_number: z.ZodString;
                            has_kyc: z.ZodBoolean;
                            two_factor_enabled: z.ZodBoolean;
                            two_factor_type: z.ZodEnum<{
                                email: "email";
                                sms: "sms";
                            }>;
                            password: z.ZodString;
                            last_login: z.ZodNullable<z.ZodISODateTime>;
                            email_verified: z.ZodBoolean;
                            phone_number_verified: z.ZodBoolean;
                            is_staff: z.ZodBoolean;
                            is_superuser: z.ZodBoolean;
                            is_active: z.ZodBoolean;
                            available_balance: z.ZodString;
                            user_number: z.ZodInt;
                            created_at: z.ZodISODateTime;
                            country: z.ZodNullable<z.ZodString>;
                            updated_at: z.ZodISODateTime;
                            groups: z.ZodArray<z.ZodInt>;
                            user_permissions: z.ZodArray<z.ZodInt>;
                        }, z.core.$strip>>;
                        message: z.ZodNullable<z.ZodString>;
                        success: z.ZodLiteral<true>;
                    }, z.core.$strip>;
                    example?: undefined;
                } | {
                    schema: z.ZodObject<{
                        status: z.ZodLiteral<"success">;
                        entity: z.ZodArray<z.ZodObject<{
                            id: z.ZodUUID;
                            email: z.ZodEmail;
                            first_name: z.ZodString;
                            last_name: z.ZodString;
                            phone_number: z.ZodString;
                            has_kyc: z.ZodBoolean;
                            two_factor_enabled: z.ZodBoolean;
                            two_factor_type: z.ZodEnum<{
                                email: "email";
                                sms: "sms";
                            }>;
                            password: z.ZodString;
                            last_login: z.ZodNullable<z.ZodISODateTime>;
                            email_verified: z.ZodBoolean;
                            phone_number_verified: z.ZodBoolean;
                            is_staff: z.ZodBoolean;
                            is_superuser: z.ZodBoolean;
                            is_active: z.ZodBoolean;
                            available_balance: z.ZodString;
                            user_number: z.ZodInt;
                            created_at: z.ZodISODateTime;
                            country: z.ZodNullable<z.ZodString>;
                            updated_at: z.ZodISODateTime;
                            groups: z.ZodArray<z.ZodInt>;
                            user_permissions: z.ZodArray<z.ZodInt>;
                        }, z.core.$strip>>;
                        message: z.ZodNullable<z.ZodString>;
                        success: z.ZodLiteral<true>;
                    }, z.core.$strip>;
                    example: {} | null;
                };
            };
        };
    };
} & {
    getRoutingPath(): "/auth/users/";
}, {
    operationId: string;
    method: "post" | "get";
    path: "/exec/coin/enable/" | "/exec/coin/disable/";
    tags: string[];
    summary: string;
    description: string;
    'x-doc-section': string;
    'x-standin-extension': boolean;
    security: {
        bearerAuth: never[];
    }[];
    request: {
        query: z.ZodObject<{
            coin: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>;
        body: {
            required: false;
            content: {
                'application/json': {
                    schema: z.ZodObject<{
                        coin: z.ZodString;
                    }, z.core.$strip>;
                };
                'application/x-www-form-urlencoded': {
                    schema: z.ZodObject<{
                        coin: z.ZodString;
                    }, z.core.$strip>;
                };
            };
        };
    };
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
        405: {
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
        404: {
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
        200: {
            description: string;
            content: {
                'application/json': {
                    schema: z.ZodObject<{
                        status: z.ZodLiteral<"success">;
                        entity: z.ZodNull;
                        message: z.ZodNullable<z.ZodString>;
                        success: z.ZodLiteral<true>;
                    }, z.core.$strip>;
                    example?: undefined;
                } | {
                    schema: z.ZodObject<{
                        status: z.ZodLiteral<"success">;
                        entity: z.ZodNull;
                        message: z.ZodNullable<z.ZodString>;
                        success: z.ZodLiteral<true>;
                    }, z.core.$strip>;
                    example: {} | null;
                };
            };
        };
    };
} & {
    getRoutingPath(): "/exec/coin/enable/" | "/exec/coin/disable/";
}, {
    operationId: string;
    method: "post" | "get";
    path: "/exec/coin/enable/" | "/exec/coin/disable/";
    tags: string[];
    summary: string;
    description: string;
    'x-doc-section': string;
    'x-standin-extension': boolean;
    security: {
        bearerAuth: never[];
    }[];
    request: {
        query: z.ZodObject<{
            coin: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>;
        body: {
            required: false;
            content: {
                'application/json': {
                    schema: z.ZodObject<{
                        coin: z.ZodString;
                    }, z.core.$strip>;
                };
                'application/x-www-form-urlencoded': {
                    schema: z.ZodObject<{
                        coin: z.ZodString;
                    }, z.core.$strip>;
                };
            };
        };
    };
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
        405: {
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
        404: {
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
        200: {
            description: string;
            content: {
                'application/json': {
                    schema: z.ZodObject<{
                        status: z.ZodLiteral<"success">;
                        entity: z.ZodNull;
                        message: z.ZodNullable<z.ZodString>;
                        success: z.ZodLiteral<true>;
                    }, z.core.$strip>;
                    example?: undefined;
                } | {
                    schema: z.ZodObject<{
                        status: z.ZodLiteral<"success">;
                        entity: z.ZodNull;
                        message: z.ZodNullable<z.ZodString>;
                        success: z.ZodLiteral<true>;
                    }, z.core.$strip>;
                    example: {} | null;
                };
            };
        };
    };
} & {
    getRoutingPath(): "/exec/coin/enable/" | "/exec/coin/disable/";
}, {
    operationId: string;
    method: "post" | "get";
    path: "/exec/coin/enable/" | "/exec/coin/disable/";
    tags: string[];
    summary: string;
    description: string;
    'x-doc-section': string;
    'x-standin-extension': boolean;
    security: {
        bearerAuth: never[];
    }[];
    request: {
        query: z.ZodObject<{
            coin: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>;
        body: {
            required: false;
            content: {
                'application/json': {
                    schema: z.ZodObject<{
                        coin: z.ZodString;
                    }, z.core.$strip>;
                };
                'application/x-www-form-urlencoded': {
                    schema: z.ZodObject<{
                        coin: z.ZodString;
                    }, z.core.$strip>;
                };
            };
        };
    };
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
        405: {
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
        404: {
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
        200: {
            description: string;
            content: {
                'application/json': {
                    schema: z.ZodObject<{
                        status: z.ZodLiteral<"success">;
                        entity: z.ZodNull;
                        message: z.ZodNullable<z.ZodString>;
                        success: z.ZodLiteral<true>;
                    }, z.core.$strip>;
                    example?: undefined;
                } | {
                    schema: z.ZodObject<{
                        status: z.ZodLiteral<"success">;
                        entity: z.ZodNull;
                        message: z.ZodNullable<z.ZodString>;
                        success: z.ZodLiteral<true>;
                    }, z.core.$strip>;
                    example: {} | null;
                };
            };
        };
    };
} & {
    getRoutingPath(): "/exec/coin/enable/" | "/exec/coin/disable/";
}, {
    operationId: string;
    method: "post" | "get";
    path: "/exec/coin/enable/" | "/exec/coin/disable/";
    tags: string[];
    summary: string;
    description: string;
    'x-doc-section': string;
    'x-standin-extension': boolean;
    security: {
        bearerAuth: never[];
    }[];
    request: {
        query: z.ZodObject<{
            coin: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>;
        body: {
            required: false;
            content: {
                'application/json': {
                    schema: z.ZodObject<{
                        coin: z.ZodString;
                    }, z.core.$strip>;
                };
                'application/x-www-form-urlencoded': {
                    schema: z.ZodObject<{
                        coin: z.ZodString;
                    }, z.core.$strip>;
                };
            };
        };
    };
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
        405: {
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
        404: {
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
        200: {
            description: string;
            content: {
                'application/json': {
                    schema: z.ZodObject<{
                        status: z.ZodLiteral<"success">;
                        entity: z.ZodNull;
                        message: z.ZodNullable<z.ZodString>;
                        success: z.ZodLiteral<true>;
                    }, z.core.$strip>;
                    example?: undefined;
                } | {
                    schema: z.ZodObject<{
                        status: z.ZodLiteral<"success">;
                        entity: z.ZodNull;
                        message: z.ZodNullable<z.ZodString>;
                        success: z.ZodLiteral<true>;
                    }, z.core.$strip>;
                    example: {} | null;
                };
            };
        };
    };
} & {
    getRoutingPath(): "/exec/coin/enable/" | "/exec/coin/disable/";
}, {
    operationId: string;
    method: "get";
    path: "/transactions/all/";
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
        405: {
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
        200: {
            description: string;
            content: {
                'application/json': {
                    schema: z.ZodArray<z.ZodObject<{
                        id: z.ZodUUID;
                        user: z.ZodObject<{
                            id: z.ZodUUID;
                            email: z.ZodEmail;
                            first_name: z.ZodString;
                            last_name: z.ZodString;
                            phone_number: z.ZodString;
                            has_kyc: z.ZodBoolean;
                            two_factor_enabled: z.ZodBoolean;
                            two_factor_type: z.ZodEnum<{
                                email: "email";
                                sms: "sms";
                            }>;
                        }, z.core.$strip>;
                        amount: z.ZodString;
                        transaction_type: z.ZodEnum<{
                            DEPOSIT: "DEPOSIT";
                            WITHDRAWAL: "WITHDRAWAL";
                            TRANSFER: "TRANSFER";
                        }>;
                        status: z.ZodEnum<{
                            PENDING: "PENDING";
                            COMPLETED: "COMPLETED";
                            FAILED: "FAILED";
                        }>;
                        created: z.ZodISODateTime;
                    }, z.core.$strip>>;
                    example?: undefined;
                } | {
                    schema: z.ZodArray<z.ZodObject<{
                        id: z.ZodUUID;
                        user: z.ZodObject<{
                            id: z.ZodUUID;
                            email: z.ZodEmail;
                            first_name: z.ZodString;
                            last_name: z.ZodString;
                            phone_number: z.ZodString;
                            has_kyc: z.ZodBoolean;
                            two_factor_enabled: z.ZodBoolean;
                            two_factor_type: z.ZodEnum<{
                                email: "email";
                                sms: "sms";
                            }>;
                        }, z.core.$strip>;
                        amount: z.ZodString;
                        transaction_type: z.ZodEnum<{
                            DEPOSIT: "DEPOSIT";
                            WITHDRAWAL: "WITHDRAWAL";
                            TRANSFER: "TRANSFER";
                        }>;
                        status: z.ZodEnum<{
                            PENDING: "PENDING";
                            COMPLETED: "COMPLETED";
                            FAILED: "FAILED";
                        }>;
                        created: z.ZodISODateTime;
                    }, z.core.$strip>>;
                    example: {} | null;
                };
            };
        };
    };
} & {
    getRoutingPath(): "/transactions/all/";
}, {
    operationId: string;
    method: "get";
    path: "/deposits/list/all/";
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
        405: {
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
        200: {
            description: string;
            content: {
                'application/json': {
                    schema: z.ZodArray<z.ZodObject<{
                        id: z.ZodUUID;
                        user: z.ZodObject<{
                            id: z.ZodUUID;
                            email: z.ZodEmail;
                            first_name: z.ZodString;
                            last_name: z.ZodString;
                            phone_number: z.ZodString;
                            has_kyc: z.ZodBoolean;
                            two_factor_enabled: z.ZodBoolean;
                            two_factor_type: z.ZodEnum<{
                                email: "email";
                                sms: "sms";
                            }>;
                        }, z.core.$strip>;
                        created: z.ZodISODateTime;
                        updated_at: z.ZodISODateTime;
                        amount: z.ZodString;
                        wallet_type: z.ZodEnum<{
                            BTC: "BTC";
                            LTC: "LTC";
                            USDT: "USDT";
                            BNB: "BNB";
                            ETH: "ETH";
                        }>;
                        wallet_address: z.ZodString;
                        naira_amount: z.ZodString;
                        verified: z.ZodBoolean;
                    }, z.core.$strip>>;
                    example?: undefined;
                } | {
                    schema: z.ZodArray<z.ZodObject<{
                        id: z.ZodUUID;
                        user: z.ZodObject<{
                            id: z.ZodUUID;
                            email: z.ZodEmail;
                            first_name: z.ZodString;
                            last_name: z.ZodString;
                            phone_number: z.ZodString;
                            has_kyc: z.ZodBoolean;
                            two_factor_enabled: z.ZodBoolean;
                            two_factor_type: z.ZodEnum<{
                                email: "email";
                                sms: "sms";
                            }>;
                        }, z.core.$strip>;
                        created: z.ZodISODateTime;
                        updated_at: z.ZodISODateTime;
                        amount: z.ZodString;
                        wallet_type: z.ZodEnum<{
                            BTC: "BTC";
                            LTC: "LTC";
                            USDT: "USDT";
                            BNB: "BNB";
                            ETH: "ETH";
                        }>;
                        wallet_address: z.ZodString;
                        naira_amount: z.ZodString;
                        verified: z.ZodBoolean;
                    }, z.core.$strip>>;
                    example: {} | null;
                };
            };
        };
    };
} & {
    getRoutingPath(): "/deposits/list/all/";
}, {
    operationId: string;
    method: "get";
    path: "/withdrawals/list/all/";
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
        405: {
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
        200: {
            description: string;
            content: {
                'application/json': {
                    schema: z.ZodArray<z.ZodObject<{
                        id: z.ZodUUID;
                        created: z.ZodISODateTime;
                        amount: z.ZodString;
                        wallet_type: z.ZodEnum<{
                            BTC: "BTC";
                            LTC: "LTC";
                            USDT: "USDT";
                            BNB: "BNB";
                            ETH: "ETH";
                        }>;
                        wallet_address: z.ZodString;
                        naira_amount: z.ZodString;
                        verified: z.ZodBoolean;
                        wallet_type_display: z.ZodEnum<{
                            [x: string]: string;
                        }>;
                    }, z.core.$strip>>;
                    example?: undefined;
                } | {
                    schema: z.ZodArray<z.ZodObject<{
                        id: z.ZodUUID;
                        created: z.ZodISODateTime;
                        amount: z.ZodString;
                        wallet_type: z.ZodEnum<{
                            BTC: "BTC";
                            LTC: "LTC";
                            USDT: "USDT";
                            BNB: "BNB";
                            ETH: "ETH";
                        }>;
                        wallet_address: z.ZodString;
                        naira_amount: z.ZodString;
                        verified: z.ZodBoolean;
                        wallet_type_display: z.ZodEnum<{
                            [x: string]: string;
                        }>;
                    }, z.core.$strip>>;
                    example: {} | null;
                };
            };
        };
    };
} & {
    getRoutingPath(): "/withdrawals/list/all/";
}, {
    operationId: string;
    method: "get";
    path: "/exec/user/settings/{user_id}/";
    tags: string[];
    summary: string;
    description: string;
    'x-doc-section': string;
    security: {
        bearerAuth: never[];
    }[];
    request: {
        params: z.ZodObject<{
            user_id: z.ZodUUID;
        }, z.core.$strip>;
        body: {
            required: false;
            content: {
                'application/json': {
                    schema: z.ZodObject<{
                        can_withdraw: z.ZodOptional<z.ZodBoolean>;
                        can_deposit: z.ZodOptional<z.ZodBoolean>;
                        can_transfer: z.ZodOptional<z.ZodBoolean>;
                        can_trade_btc: z.ZodOptional<z.ZodBoolean>;
                        can_trade_ltc: z.ZodOptional<z.ZodBoolean>;
                        can_trade_usdt: z.ZodOptional<z.ZodBoolean>;
                        can_trade_bnb: z.ZodOptional<z.ZodBoolean>;
                        can_trade_eth: z.ZodOptional<z.ZodBoolean>;
                        is_active: z.ZodOptional<z.ZodBoolean>;
                    }, z.core.$strict>;
                };
            };
        };
    };
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
        405: {
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
        200: {
            description: string;
            content: {
                'application/json': {
                    schema: z.ZodObject<{
                        status: z.ZodLiteral<"success">;
                        entity: z.ZodObject<{
                            can_trade_btc: z.ZodBoolean;
                            can_trade_ltc: z.ZodBoolean;
                            can_trade_usdt: z.ZodBoolean;
                            can_trade_bnb: z.ZodBoolean;
                            can_trade_eth: z.ZodBoolean;
                            user: z.ZodObject<{
                                id: z.ZodUUID;
                                email: z.ZodEmail;
                                first_name: z.ZodString;
                                last_name: z.ZodString;
                                phone_number: z.ZodString;
                                has_kyc: z.ZodBoolean;
                                two_factor_enabled: z.ZodBoolean;
                                two_factor_type: z.ZodEnum<{
                                    email: "email";
                                    sms: "sms";
                                }>;
                            }, z.core.$strip>;
                            is_active: z.ZodBoolean;
                        }, z.core.$strip>;
                        message: z.ZodNullable<z.ZodString>;
                        success: z.ZodLiteral<true>;
                    }, z.core.$strip>;
                    example?: undefined;
                } | {
                    schema: z.ZodObject<{
                        status: z.ZodLiteral<"success">;
                        entity: z.ZodObject<{
                            can_trade_btc: z.ZodBoolean;
                            can_trade_ltc: z.ZodBoolean;
                            can_trade_usdt: z.ZodBoolean;
                            can_trade_bnb: z.ZodBoolean;
                            can_trade_eth: z.ZodBoolean;
                            user: z.ZodObject<{
                                id: z.ZodUUID;
                                email: z.ZodEmail;
                                first_name: z.ZodString;
                                last_name: z.ZodString;
                                phone_number: z.ZodString;
                                has_kyc: z.ZodBoolean;
                                two_factor_enabled: z.ZodBoolean;
                                two_factor_type: z.ZodEnum<{
                                    email: "email";
                                    sms: "sms";
                                }>;
                            }, z.core.$strip>;
                            is_active: z.ZodBoolean;
                        }, z.core.$strip>;
                        message: z.ZodNullable<z.ZodString>;
                        success: z.ZodLiteral<true>;
                    }, z.core.$strip>;
                    example: {} | null;
                };
            };
        };
    };
} & {
    getRoutingPath(): "/exec/user/settings/:user_id/";
}, {
    operationId: string;
    method: "post" | "put" | "patch";
    path: "/exec/user/settings/{user_id}/";
    tags: string[];
    summary: string;
    description: string;
    'x-doc-section': string;
    'x-standin-extension': boolean;
    security: {
        bearerAuth: never[];
    }[];
    request: {
        params: z.ZodObject<{
            user_id: z.ZodUUID;
        }, z.core.$strip>;
        body: {
            required: true;
            content: {
                'application/json': {
                    schema: z.ZodObject<{
                        can_withdraw: z.ZodOptional<z.ZodBoolean>;
                        can_deposit: z.ZodOptional<z.ZodBoolean>;
                        can_transfer: z.ZodOptional<z.ZodBoolean>;
                        can_trade_btc: z.ZodOptional<z.ZodBoolean>;
                        can_trade_ltc: z.ZodOptional<z.ZodBoolean>;
                        can_trade_usdt: z.ZodOptional<z.ZodBoolean>;
                        can_trade_bnb: z.ZodOptional<z.ZodBoolean>;
                        can_trade_eth: z.ZodOptional<z.ZodBoolean>;
                        is_active: z.ZodOptional<z.ZodBoolean>;
                    }, z.core.$strict>;
                };
            };
        };
    };
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
        405: {
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
        200: {
            description: string;
            content: {
                'application/json': {
                    schema: z.ZodObject<{
                        status: z.ZodLiteral<"success">;
                        entity: z.ZodObject<{
                            can_trade_btc: z.ZodBoolean;
                            can_trade_ltc: z.ZodBoolean;
                            can_trade_usdt: z.ZodBoolean;
                            can_trade_bnb: z.ZodBoolean;
                            can_trade_eth: z.ZodBoolean;
                            user: z.ZodObject<{
                                id: z.ZodUUID;
                                email: z.ZodEmail;
                                first_name: z.ZodString;
                                last_name: z.ZodString;
                                phone_number: z.ZodString;
                                has_kyc: z.ZodBoolean;
                                two_factor_enabled: z.ZodBoolean;
                                two_factor_type: z.ZodEnum<{
                                    email: "email";
                                    sms: "sms";
                                }>;
                            }, z.core.$strip>;
                            is_active: z.ZodBoolean;
                        }, z.core.$strip>;
                        message: z.ZodNullable<z.ZodString>;
                        success: z.ZodLiteral<true>;
                    }, z.core.$strip>;
                    example?: undefined;
                } | {
                    schema: z.ZodObject<{
                        status: z.ZodLiteral<"success">;
                        entity: z.ZodObject<{
                            can_trade_btc: z.ZodBoolean;
                            can_trade_ltc: z.ZodBoolean;
                            can_trade_usdt: z.ZodBoolean;
                            can_trade_bnb: z.ZodBoolean;
                            can_trade_eth: z.ZodBoolean;
                            user: z.ZodObject<{
                                id: z.ZodUUID;
                                email: z.ZodEmail;
                                first_name: z.ZodString;
                                last_name: z.ZodString;
                                phone_number: z.ZodString;
                                has_kyc: z.ZodBoolean;
                                two_factor_enabled: z.ZodBoolean;
                                two_factor_type: z.ZodEnum<{
                                    email: "email";
                                    sms: "sms";
                                }>;
                            }, z.core.$strip>;
                            is_active: z.ZodBoolean;
                        }, z.core.$strip>;
                        message: z.ZodNullable<z.ZodString>;
                        success: z.ZodLiteral<true>;
                    }, z.core.$strip>;
                    example: {} | null;
                };
            };
        };
    };
} & {
    getRoutingPath(): "/exec/user/settings/:user_id/";
}, {
    operationId: string;
    method: "post" | "put" | "patch";
    path: "/exec/user/settings/{user_id}/";
    tags: string[];
    summary: string;
    description: string;
    'x-doc-section': string;
    'x-standin-extension': boolean;
    security: {
        bearerAuth: never[];
    }[];
    request: {
        params: z.ZodObject<{
            user_id: z.ZodUUID;
        }, z.core.$strip>;
        body: {
            required: true;
            content: {
                'application/json': {
                    schema: z.ZodObject<{
                        can_withdraw: z.ZodOptional<z.ZodBoolean>;
                        can_deposit: z.ZodOptional<z.ZodBoolean>;
                        can_transfer: z.ZodOptional<z.ZodBoolean>;
                        can_trade_btc: z.ZodOptional<z.ZodBoolean>;
                        can_trade_ltc: z.ZodOptional<z.ZodBoolean>;
                        can_trade_usdt: z.ZodOptional<z.ZodBoolean>;
                        can_trade_bnb: z.ZodOptional<z.ZodBoolean>;
                        can_trade_eth: z.ZodOptional<z.ZodBoolean>;
                        is_active: z.ZodOptional<z.ZodBoolean>;
                    }, z.core.$strict>;
                };
            };
        };
    };
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
        405: {
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
        200: {
            description: string;
            content: {
                'application/json': {
                    schema: z.ZodObject<{
                        status: z.ZodLiteral<"success">;
                        entity: z.ZodObject<{
                            can_trade_btc: z.ZodBoolean;
                            can_trade_ltc: z.ZodBoolean;
                            can_trade_usdt: z.ZodBoolean;
                            can_trade_bnb: z.ZodBoolean;
                            can_trade_eth: z.ZodBoolean;
                            user: z.ZodObject<{
                                id: z.ZodUUID;
                                email: z.ZodEmail;
                                first_name: z.ZodString;
                                last_name: z.ZodString;
                                phone_number: z.ZodString;
                                has_kyc: z.ZodBoolean;
                                two_factor_enabled: z.ZodBoolean;
                                two_factor_type: z.ZodEnum<{
                                    email: "email";
                                    sms: "sms";
                                }>;
                            }, z.core.$strip>;
                            is_active: z.ZodBoolean;
                        }, z.core.$strip>;
                        message: z.ZodNullable<z.ZodString>;
                        success: z.ZodLiteral<true>;
                    }, z.core.$strip>;
                    example?: undefined;
                } | {
                    schema: z.ZodObject<{
                        status: z.ZodLiteral<"success">;
                        entity: z.ZodObject<{
                            can_trade_btc: z.ZodBoolean;
                            can_trade_ltc: z.ZodBoolean;
                            can_trade_usdt: z.ZodBoolean;
                            can_trade_bnb: z.ZodBoolean;
                            can_trade_eth: z.ZodBoolean;
                            user: z.ZodObject<{
                                id: z.ZodUUID;
                                email: z.ZodEmail;
                                first_name: z.ZodString;
                                last_name: z.ZodString;
                                phone_number: z.ZodString;
                                has_kyc: z.ZodBoolean;
                                two_factor_enabled: z.ZodBoolean;
                                two_factor_type: z.ZodEnum<{
                                    email: "email";
                                    sms: "sms";
                                }>;
                            }, z.core.$strip>;
                            is_active: z.ZodBoolean;
                        }, z.core.$strip>;
                        message: z.ZodNullable<z.ZodString>;
                        success: z.ZodLiteral<true>;
                    }, z.core.$strip>;
                    example: {} | null;
                };
            };
        };
    };
} & {
    getRoutingPath(): "/exec/user/settings/:user_id/";
}, {
    operationId: string;
    method: "post" | "put" | "patch";
    path: "/exec/user/settings/{user_id}/";
    tags: string[];
    summary: string;
    description: string;
    'x-doc-section': string;
    'x-standin-extension': boolean;
    security: {
        bearerAuth: never[];
    }[];
    request: {
        params: z.ZodObject<{
            user_id: z.ZodUUID;
        }, z.core.$strip>;
        body: {
            required: true;
            content: {
                'application/json': {
                    schema: z.ZodObject<{
                        can_withdraw: z.ZodOptional<z.ZodBoolean>;
                        can_deposit: z.ZodOptional<z.ZodBoolean>;
                        can_transfer: z.ZodOptional<z.ZodBoolean>;
                        can_trade_btc: z.ZodOptional<z.ZodBoolean>;
                        can_trade_ltc: z.ZodOptional<z.ZodBoolean>;
                        can_trade_usdt: z.ZodOptional<z.ZodBoolean>;
                        can_trade_bnb: z.ZodOptional<z.ZodBoolean>;
                        can_trade_eth: z.ZodOptional<z.ZodBoolean>;
                        is_active: z.ZodOptional<z.ZodBoolean>;
                    }, z.core.$strict>;
                };
            };
        };
    };
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
        405: {
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
        200: {
            description: string;
            content: {
                'application/json': {
                    schema: z.ZodObject<{
                        status: z.ZodLiteral<"success">;
                        entity: z.ZodObject<{
                            can_trade_btc: z.ZodBoolean;
                            can_trade_ltc: z.ZodBoolean;
                            can_trade_usdt: z.ZodBoolean;
                            can_trade_bnb: z.ZodBoolean;
                            can_trade_eth: z.ZodBoolean;
                            user: z.ZodObject<{
                                id: z.ZodUUID;
                                email: z.ZodEmail;
                                first_name: z.ZodString;
                                last_name: z.ZodString;
                                phone_number: z.ZodString;
                                has_kyc: z.ZodBoolean;
                                two_factor_enabled: z.ZodBoolean;
                                two_factor_type: z.ZodEnum<{
                                    email: "email";
                                    sms: "sms";
                                }>;
                            }, z.core.$strip>;
                            is_active: z.ZodBoolean;
                        }, z.core.$strip>;
                        message: z.ZodNullable<z.ZodString>;
                        success: z.ZodLiteral<true>;
                    }, z.core.$strip>;
                    example?: undefined;
                } | {
                    schema: z.ZodObject<{
                        status: z.ZodLiteral<"success">;
                        entity: z.ZodObject<{
                            can_trade_btc: z.ZodBoolean;
                            can_trade_ltc: z.ZodBoolean;
                            can_trade_usdt: z.ZodBoolean;
                            can_trade_bnb: z.ZodBoolean;
                            can_trade_eth: z.ZodBoolean;
                            user: z.ZodObject<{
                                id: z.ZodUUID;
                                email: z.ZodEmail;
                                first_name: z.ZodString;
                                last_name: z.ZodString;
                                phone_number: z.ZodString;
                                has_kyc: z.ZodBoolean;
                                two_factor_enabled: z.ZodBoolean;
                                two_factor_type: z.ZodEnum<{
                                    email: "email";
                                    sms: "sms";
                                }>;
                            }, z.core.$strip>;
                            is_active: z.ZodBoolean;
                        }, z.core.$strip>;
                        message: z.ZodNullable<z.ZodString>;
                        success: z.ZodLiteral<true>;
                    }, z.core.$strip>;
                    example: {} | null;
                };
            };
        };
    };
} & {
    getRoutingPath(): "/exec/user/settings/:user_id/";
}];
export type ContractRoute = (typeof ROUTES)[number];
type OperationId = ContractRoute['operationId'];
/** The route object with this operationId. */
export declare function routeById(operationId: OperationId): ContractRoute;
/** The Zod schema of a documented response's JSON body, or undefined when the status is not documented. */
export declare function responseSchema(route: ContractRoute, status: number): z.ZodType | undefined;
/** The statuses the contract documents for a route. */
export declare function documentedStatuses(route: ContractRoute): number[];
/** The example the contract shows for a status (the docs' own, repaired), if any. */
export declare function documentedExample(route: ContractRoute, status: number): unknown;
export {};
