import { z } from '@hono/zod-openapi';
/**
 * The docs show a different user shape on almost every endpoint; each is declared here once and the
 * larger ones extend the smaller, so a field has one definition.
 */
/** Sender and receiver inside a chat message (Get Messages). `profile` is never shown non-null. */
export declare const MessageUserSchema: z.ZodObject<{
    id: z.ZodUUID;
    email: z.ZodEmail;
    profile: z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
}, z.core.$strip>;
/** The four-field user of threads and of the login answer. */
export declare const BriefUserSchema: z.ZodObject<{
    id: z.ZodUUID;
    email: z.ZodEmail;
    first_name: z.ZodString;
    last_name: z.ZodString;
}, z.core.$strip>;
/** Only "email" appears in the docs; "sms" is the other Django choice we assume (DECISIONS.md). */
export declare const TwoFactorTypeSchema: z.ZodEnum<{
    email: "email";
    sms: "sms";
}>;
/** The user nested in transactions, deposits and settings, and answered by `GET /auth/user/`. */
export declare const UserSummarySchema: z.ZodObject<{
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
/** The whole Django user row that `/auth/users/` exposes, password hash included (DECISIONS.md). */
export declare const FullUserSchema: z.ZodObject<{
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
}, z.core.$strip>;
export type MessageUser = z.infer<typeof MessageUserSchema>;
export type BriefUser = z.infer<typeof BriefUserSchema>;
export type UserSummary = z.infer<typeof UserSummarySchema>;
export type FullUser = z.infer<typeof FullUserSchema>;
