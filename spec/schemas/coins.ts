import { z } from '@hono/zod-openapi';
import { assumed } from './assumed.js';

/**
 * The supported coins: the five the trading settings name (`can_trade_<coin>`). The docs show only
 * `btc` for enable/disable; anything outside this list is "Invalid coin" (DECISIONS.md).
 */
export const COINS = ['btc', 'ltc', 'usdt', 'bnb', 'eth'] as const;
export const CoinSchema = z.enum(COINS).openapi('Coin');
export type Coin = z.infer<typeof CoinSchema>;

/** The ledger's `wallet_type`: the same coins, upper-case as the docs show `BTC`. */
export const WalletTypeSchema = assumed(
  z.enum(['BTC', 'LTC', 'USDT', 'BNB', 'ETH']).openapi('WalletType'),
  { decision: 'D13', constraint: 'closed-enum', shown: '"BTC"' },
);
export type WalletType = z.infer<typeof WalletTypeSchema>;

/** Django's `get_wallet_type_display()` labels; the docs show "Bitcoin" for BTC. */
export const WALLET_TYPE_DISPLAY: Record<WalletType, string> = {
  BTC: 'Bitcoin',
  LTC: 'Litecoin',
  USDT: 'Tether',
  BNB: 'BNB',
  ETH: 'Ethereum',
};
