/** Messages' success message, misspelled as documented (DECISIONS.md). */
export declare const MESSAGES_RETRIEVED = "Messages retreived successfully";
/** The documented 404 for an unknown recipient, misspelled as documented. */
export declare const INVALID_RECIPIENT = "Invalid receipient";
export declare const getMessages: {
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
        params: import("zod").ZodObject<{
            uid: import("zod").ZodString;
        }, import("zod/v4/core").$strip>;
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
                            messages: import("zod").ZodArray<import("zod").ZodObject<{
                                id: import("zod").ZodInt;
                                sender: import("zod").ZodObject<{
                                    id: import("zod").ZodUUID;
                                    email: import("zod").ZodEmail;
                                    profile: import("zod").ZodNullable<import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodUnknown>>;
                                }, import("zod/v4/core").$strip>;
                                receiver: import("zod").ZodObject<{
                                    id: import("zod").ZodUUID;
                                    email: import("zod").ZodEmail;
                                    profile: import("zod").ZodNullable<import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodUnknown>>;
                                }, import("zod/v4/core").$strip>;
                                attached_file_size: import("zod").ZodString;
                                message: import("zod").ZodString;
                                updated: import("zod").ZodISODateTime;
                                created: import("zod").ZodISODateTime;
                                seen: import("zod").ZodBoolean;
                                deleted: import("zod").ZodBoolean;
                                attached_file: import("zod").ZodNullable<import("zod").ZodString>;
                                attached_file_name: import("zod").ZodNullable<import("zod").ZodString>;
                                thread: import("zod").ZodInt;
                            }, import("zod/v4/core").$strip>>;
                        }, import("zod/v4/core").$strip>;
                        message: import("zod").ZodNullable<import("zod").ZodString>;
                        success: import("zod").ZodLiteral<true>;
                    }, import("zod/v4/core").$strip>;
                    example?: undefined;
                } | {
                    schema: import("zod").ZodObject<{
                        status: import("zod").ZodLiteral<"success">;
                        entity: import("zod").ZodObject<{
                            messages: import("zod").ZodArray<import("zod").ZodObject<{
                                id: import("zod").ZodInt;
                                sender: import("zod").ZodObject<{
                                    id: import("zod").ZodUUID;
                                    email: import("zod").ZodEmail;
                                    profile: import("zod").ZodNullable<import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodUnknown>>;
                                }, import("zod/v4/core").$strip>;
                                receiver: import("zod").ZodObject<{
                                    id: import("zod").ZodUUID;
                                    email: import("zod").ZodEmail;
                                    profile: import("zod").ZodNullable<import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodUnknown>>;
                                }, import("zod/v4/core").$strip>;
                                attached_file_size: import("zod").ZodString;
                                message: import("zod").ZodString;
                                updated: import("zod").ZodISODateTime;
                                created: import("zod").ZodISODateTime;
                                seen: import("zod").ZodBoolean;
                                deleted: import("zod").ZodBoolean;
                                attached_file: import("zod").ZodNullable<import("zod").ZodString>;
                                attached_file_name: import("zod").ZodNullable<import("zod").ZodString>;
                                thread: import("zod").ZodInt;
                            }, import("zod/v4/core").$strip>>;
                        }, import("zod/v4/core").$strip>;
                        message: import("zod").ZodNullable<import("zod").ZodString>;
                        success: import("zod").ZodLiteral<true>;
                    }, import("zod/v4/core").$strip>;
                    example: {} | null;
                };
            };
        };
        404: {
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
    getRoutingPath(): "/chat/messages/:uid/";
};
export declare const getUserThreads: {
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
                            id: import("zod").ZodInt;
                            user_one: import("zod").ZodObject<{
                                id: import("zod").ZodUUID;
                                email: import("zod").ZodEmail;
                                first_name: import("zod").ZodString;
                                last_name: import("zod").ZodString;
                            }, import("zod/v4/core").$strip>;
                            user_two: import("zod").ZodObject<{
                                id: import("zod").ZodUUID;
                                email: import("zod").ZodEmail;
                                first_name: import("zod").ZodString;
                                last_name: import("zod").ZodString;
                            }, import("zod/v4/core").$strip>;
                            last_message: import("zod").ZodNullable<import("zod").ZodString>;
                            craeted: import("zod").ZodISODateTime;
                        }, import("zod/v4/core").$strip>>;
                        message: import("zod").ZodNullable<import("zod").ZodString>;
                        success: import("zod").ZodLiteral<true>;
                    }, import("zod/v4/core").$strip>;
                    example?: undefined;
                } | {
                    schema: import("zod").ZodObject<{
                        status: import("zod").ZodLiteral<"success">;
                        entity: import("zod").ZodArray<import("zod").ZodObject<{
                            id: import("zod").ZodInt;
                            user_one: import("zod").ZodObject<{
                                id: import("zod").ZodUUID;
                                email: import("zod").ZodEmail;
                                first_name: import("zod").ZodString;
                                last_name: import("zod").ZodString;
                            }, import("zod/v4/core").$strip>;
                            user_two: import("zod").ZodObject<{
                                id: import("zod").ZodUUID;
                                email: import("zod").ZodEmail;
                                first_name: import("zod").ZodString;
                                last_name: import("zod").ZodString;
                            }, import("zod/v4/core").$strip>;
                            last_message: import("zod").ZodNullable<import("zod").ZodString>;
                            craeted: import("zod").ZodISODateTime;
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
    getRoutingPath(): "/chat/get-user-threads/";
};
export type GetMessagesRoute = typeof getMessages;
export type GetUserThreadsRoute = typeof getUserThreads;
