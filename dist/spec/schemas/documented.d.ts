import { z } from '@hono/zod-openapi';
/**
 * The docs' own examples, repaired as DECISIONS.md says, kept as API payloads in
 * fixtures/documented.json. The contract uses them as OpenAPI examples and the stand-in seeds
 * them, so a fresh stand-in answers exactly what the document shows.
 */
export declare const DocumentedDataSchema: z.ZodObject<{
    users: z.ZodArray<z.ZodObject<{
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
    threads: z.ZodArray<z.ZodObject<{
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
    transactions: z.ZodArray<z.ZodObject<{
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
    deposits: z.ZodArray<z.ZodObject<{
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
    withdrawal_owner_id: z.ZodUUID;
    withdrawals: z.ZodArray<z.ZodObject<{
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
    settings: z.ZodArray<z.ZodObject<{
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
    }, z.core.$strip>>;
}, z.core.$strip>;
export type DocumentedData = z.infer<typeof DocumentedDataSchema>;
/** Parsed once at load: a fixture that drifts from the contract fails at start-up, loudly. */
export declare const DOCUMENTED: DocumentedData;
