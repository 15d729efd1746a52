import { z } from '@hono/zod-openapi';
import { shownWithValues } from './assumed.js';
import { COINS } from './coins.js';
import { uuidParam } from './primitives.js';
import { UserSummarySchema } from './users.js';

/**
 * Body of coin enable/disable. The coin is any string here: an unsupported one is a documented 404
 * ("Invalid coin"), not a validation error, so the route decides, not the schema.
 */
export const CoinBodySchema = z
  .object({ coin: z.string().min(1).openapi({ example: 'btc' }) })
  .openapi('CoinBody');

/** The lenient query-string form of the coin (DECISIONS.md): same field, same rules. */
export const CoinQuerySchema = z.object({
  coin: z
    .string()
    .optional()
    .openapi({
      param: { name: 'coin', in: 'query' },
      description:
        'Stand-in extension (D7): the coin, for a client that cannot send a GET body. Read only when the body names none; `--strict` ignores it.',
      example: 'btc',
    }),
});

/** `can_trade_<coin>` for every supported coin, derived so a new coin cannot be half-added. */
const tradeFlags = Object.fromEntries(COINS.map((coin) => [`can_trade_${coin}`, z.boolean()])) as {
  [C in (typeof COINS)[number] as `can_trade_${C}`]: z.ZodBoolean;
};

/** Per-user trading settings as Get user settings answers them. */
export const TradingSettingsSchema = z
  .object({
    user: UserSummarySchema,
    ...shownWithValues({ is_active: z.boolean(), ...tradeFlags }),
  })
  .openapi('TradingSettings');

/**
 * Change user settings' body: every documented flag, each optional (a partial update). The last
 * three are accepted and stored but, as documented, not echoed back (DECISIONS.md). Unknown keys
 * are refused so a typo does not silently change nothing.
 */
export const SettingsChangeSchema = z
  .strictObject({
    is_active: z.boolean(),
    ...tradeFlags,
    can_withdraw: z.boolean(),
    can_deposit: z.boolean(),
    can_transfer: z.boolean(),
  })
  .partial()
  .openapi('SettingsChange', {
    example: {
      is_active: true,
      can_trade_btc: true,
      can_trade_usdt: true,
      can_trade_bnb: true,
      can_trade_eth: true,
      can_trade_ltc: true,
      can_withdraw: true,
      can_deposit: true,
      can_transfer: true,
    },
  });

export const SettingsParamsSchema = z.object({
  user_id: uuidParam(
    'user_id',
    'The user whose settings these are (a UUID; anything else answers 400 "Invalid user").',
    '68f6cebe-1dfb-418d-8c4e-3ada680984d1',
  ),
});

export type TradingSettings = z.infer<typeof TradingSettingsSchema>;
export type SettingsChange = z.infer<typeof SettingsChangeSchema>;
/** Every stored settings flag: the change body's keys. */
export type SettingsFlag = keyof SettingsChange;
/** The flags in storage order, read off the contract so a new flag cannot be half-added. */
export const SETTINGS_FLAGS = Object.keys(SettingsChangeSchema.shape) as SettingsFlag[];
