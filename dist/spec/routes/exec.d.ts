import { z } from '@hono/zod-openapi';
export declare const INVALID_COIN = "Invalid coin";
export declare const SETTINGS_UPDATED = "User settings updated successfully";
export declare const INVALID_USER = "Invalid user";
export type CoinAction = 'enable' | 'disable';
/** "btc enabled successfully": the documented success message of both coin routes. */
export declare function coinChangedMessage(coin: string, action: CoinAction): string;
declare function coinRoute(action: CoinAction, method: 'get' | 'post'): {
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
};
export declare const enableCoin: {
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
};
export declare const enableCoinPost: {
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
};
export declare const disableCoin: {
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
};
export declare const disableCoinPost: {
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
};
export type CoinRoute = ReturnType<typeof coinRoute>;
/**
 * The docs give read and change the same path and the same method, GET; the change carries a body
 * (DECISIONS.md D9). So GET without a body reads, GET with a body changes.
 */
export declare const getUserSettings: {
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
};
declare function changeSettingsRoute(method: 'post' | 'put' | 'patch'): {
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
};
export declare const changeUserSettingsPost: {
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
};
export declare const changeUserSettingsPut: {
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
};
export declare const changeUserSettingsPatch: {
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
};
export type GetUserSettingsRoute = typeof getUserSettings;
export type ChangeUserSettingsRoute = ReturnType<typeof changeSettingsRoute>;
export {};
