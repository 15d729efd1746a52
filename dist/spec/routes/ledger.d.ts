/** The three ledger lists answer a bare array, newest first (DECISIONS.md). */
export declare const listTransactions: {
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
                    schema: import("zod").ZodArray<import("zod").ZodObject<{
                        id: import("zod").ZodUUID;
                        user: import("zod").ZodObject<{
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
                        amount: import("zod").ZodString;
                        transaction_type: import("zod").ZodEnum<{
                            DEPOSIT: "DEPOSIT";
                            WITHDRAWAL: "WITHDRAWAL";
                            TRANSFER: "TRANSFER";
                        }>;
                        status: import("zod").ZodEnum<{
                            PENDING: "PENDING";
                            COMPLETED: "COMPLETED";
                            FAILED: "FAILED";
                        }>;
                        created: import("zod").ZodISODateTime;
                    }, import("zod/v4/core").$strip>>;
                    example?: undefined;
                } | {
                    schema: import("zod").ZodArray<import("zod").ZodObject<{
                        id: import("zod").ZodUUID;
                        user: import("zod").ZodObject<{
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
                        amount: import("zod").ZodString;
                        transaction_type: import("zod").ZodEnum<{
                            DEPOSIT: "DEPOSIT";
                            WITHDRAWAL: "WITHDRAWAL";
                            TRANSFER: "TRANSFER";
                        }>;
                        status: import("zod").ZodEnum<{
                            PENDING: "PENDING";
                            COMPLETED: "COMPLETED";
                            FAILED: "FAILED";
                        }>;
                        created: import("zod").ZodISODateTime;
                    }, import("zod/v4/core").$strip>>;
                    example: {} | null;
                };
            };
        };
    };
} & {
    getRoutingPath(): "/transactions/all/";
};
export declare const listDeposits: {
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
                    schema: import("zod").ZodArray<import("zod").ZodObject<{
                        id: import("zod").ZodUUID;
                        user: import("zod").ZodObject<{
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
                        created: import("zod").ZodISODateTime;
                        updated_at: import("zod").ZodISODateTime;
                        amount: import("zod").ZodString;
                        wallet_type: import("zod").ZodEnum<{
                            BTC: "BTC";
                            LTC: "LTC";
                            USDT: "USDT";
                            BNB: "BNB";
                            ETH: "ETH";
                        }>;
                        wallet_address: import("zod").ZodString;
                        naira_amount: import("zod").ZodString;
                        verified: import("zod").ZodBoolean;
                    }, import("zod/v4/core").$strip>>;
                    example?: undefined;
                } | {
                    schema: import("zod").ZodArray<import("zod").ZodObject<{
                        id: import("zod").ZodUUID;
                        user: import("zod").ZodObject<{
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
                        created: import("zod").ZodISODateTime;
                        updated_at: import("zod").ZodISODateTime;
                        amount: import("zod").ZodString;
                        wallet_type: import("zod").ZodEnum<{
                            BTC: "BTC";
                            LTC: "LTC";
                            USDT: "USDT";
                            BNB: "BNB";
                            ETH: "ETH";
                        }>;
                        wallet_address: import("zod").ZodString;
                        naira_amount: import("zod").ZodString;
                        verified: import("zod").ZodBoolean;
                    }, import("zod/v4/core").$strip>>;
                    example: {} | null;
                };
            };
        };
    };
} & {
    getRoutingPath(): "/deposits/list/all/";
};
export declare const listWithdrawals: {
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
                    schema: import("zod").ZodArray<import("zod").ZodObject<{
                        id: import("zod").ZodUUID;
                        created: import("zod").ZodISODateTime;
                        amount: import("zod").ZodString;
                        wallet_type: import("zod").ZodEnum<{
                            BTC: "BTC";
                            LTC: "LTC";
                            USDT: "USDT";
                            BNB: "BNB";
                            ETH: "ETH";
                        }>;
                        wallet_address: import("zod").ZodString;
                        naira_amount: import("zod").ZodString;
                        verified: import("zod").ZodBoolean;
                        wallet_type_display: import("zod").ZodEnum<{
                            [x: string]: string;
                        }>;
                    }, import("zod/v4/core").$strip>>;
                    example?: undefined;
                } | {
                    schema: import("zod").ZodArray<import("zod").ZodObject<{
                        id: import("zod").ZodUUID;
                        created: import("zod").ZodISODateTime;
                        amount: import("zod").ZodString;
                        wallet_type: import("zod").ZodEnum<{
                            BTC: "BTC";
                            LTC: "LTC";
                            USDT: "USDT";
                            BNB: "BNB";
                            ETH: "ETH";
                        }>;
                        wallet_address: import("zod").ZodString;
                        naira_amount: import("zod").ZodString;
                        verified: import("zod").ZodBoolean;
                        wallet_type_display: import("zod").ZodEnum<{
                            [x: string]: string;
                        }>;
                    }, import("zod/v4/core").$strip>>;
                    example: {} | null;
                };
            };
        };
    };
} & {
    getRoutingPath(): "/withdrawals/list/all/";
};
export type ListTransactionsRoute = typeof listTransactions;
export type ListDepositsRoute = typeof listDeposits;
export type ListWithdrawalsRoute = typeof listWithdrawals;
