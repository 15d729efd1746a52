import { z } from '@hono/zod-openapi';
/** The docs show DEPOSIT and PENDING only; the other members are assumptions (DECISIONS.md). */
export declare const TransactionTypeSchema: z.ZodEnum<{
    DEPOSIT: "DEPOSIT";
    WITHDRAWAL: "WITHDRAWAL";
    TRANSFER: "TRANSFER";
}>;
export declare const TransactionStatusSchema: z.ZodEnum<{
    PENDING: "PENDING";
    COMPLETED: "COMPLETED";
    FAILED: "FAILED";
}>;
export declare const TransactionSchema: z.ZodObject<{
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
}, z.core.$strip>;
export declare const DepositSchema: z.ZodObject<{
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
}, z.core.$strip>;
/** Withdrawals carry no `user` in the docs, and add the display label of the wallet type. */
export declare const WithdrawalSchema: z.ZodObject<{
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
}, z.core.$strip>;
/** The three ledger lists answer a bare array, not the envelope (DECISIONS.md). */
export declare const TransactionListSchema: z.ZodArray<z.ZodObject<{
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
export declare const DepositListSchema: z.ZodArray<z.ZodObject<{
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
export declare const WithdrawalListSchema: z.ZodArray<z.ZodObject<{
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
export type Transaction = z.infer<typeof TransactionSchema>;
export type Deposit = z.infer<typeof DepositSchema>;
export type Withdrawal = z.infer<typeof WithdrawalSchema>;
