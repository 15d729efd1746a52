import { z } from '@hono/zod-openapi';
/**
 * Body of coin enable/disable. The coin is any string here: an unsupported one is a documented 404
 * ("Invalid coin"), not a validation error, so the route decides, not the schema.
 */
export declare const CoinBodySchema: z.ZodObject<{
    coin: z.ZodString;
}, z.core.$strip>;
/** The lenient query-string form of the coin (DECISIONS.md): same field, same rules. */
export declare const CoinQuerySchema: z.ZodObject<{
    coin: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
/** Per-user trading settings as Get user settings answers them. */
export declare const TradingSettingsSchema: z.ZodObject<{
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
/**
 * Change user settings' body: every documented flag, each optional (a partial update). The last
 * three are accepted and stored but, as documented, not echoed back (DECISIONS.md). Unknown keys
 * are refused so a typo does not silently change nothing.
 */
export declare const SettingsChangeSchema: z.ZodObject<{
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
export declare const SettingsParamsSchema: z.ZodObject<{
    user_id: z.ZodUUID;
}, z.core.$strip>;
export type TradingSettings = z.infer<typeof TradingSettingsSchema>;
export type SettingsChange = z.infer<typeof SettingsChangeSchema>;
/** Every stored settings flag: the change body's keys. */
export type SettingsFlag = keyof SettingsChange;
/** The flags in storage order, read off the contract so a new flag cannot be half-added. */
export declare const SETTINGS_FLAGS: SettingsFlag[];
