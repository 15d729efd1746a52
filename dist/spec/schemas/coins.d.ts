import { z } from '@hono/zod-openapi';
/**
 * The supported coins: the five the trading settings name (`can_trade_<coin>`). The docs show only
 * `btc` for enable/disable; anything outside this list is "Invalid coin" (DECISIONS.md).
 */
export declare const COINS: readonly ["btc", "ltc", "usdt", "bnb", "eth"];
export declare const CoinSchema: z.ZodEnum<{
    btc: "btc";
    ltc: "ltc";
    usdt: "usdt";
    bnb: "bnb";
    eth: "eth";
}>;
export type Coin = z.infer<typeof CoinSchema>;
/** The ledger's `wallet_type`: the same coins, upper-case as the docs show `BTC`. */
export declare const WalletTypeSchema: z.ZodEnum<{
    BTC: "BTC";
    LTC: "LTC";
    USDT: "USDT";
    BNB: "BNB";
    ETH: "ETH";
}>;
export type WalletType = z.infer<typeof WalletTypeSchema>;
/** Django's `get_wallet_type_display()` labels; the docs show "Bitcoin" for BTC. */
export declare const WALLET_TYPE_DISPLAY: Record<WalletType, string>;
