import type { Context } from 'hono';
import {
  type CoinAction,
  changeUserSettingsPatch,
  changeUserSettingsPost,
  changeUserSettingsPut,
  coinChangedMessage,
  disableCoin,
  disableCoinPost,
  enableCoin,
  enableCoinPost,
  getUserSettings,
  INVALID_COIN,
  INVALID_USER,
  SETTINGS_BODY_REQUIRED,
  SETTINGS_UPDATED,
} from '../../spec/routes/exec.js';
import { CoinSchema } from '../../spec/schemas/coins.js';
import { success } from '../../spec/schemas/envelope.js';
import { CoinBodySchema, SettingsChangeSchema } from '../../spec/schemas/exec.js';
import { parseUuid } from '../../spec/schemas/primitives.js';
import { readBody, readValidBody, validateBody } from '../http/body.js';
import { DEVIATIONS, noteDeviation } from '../http/deviation.js';
import { failureResponse } from '../http/errors.js';
import type { AppEnv } from '../http/hono-env.js';
import type { Store } from '../store/index.js';
import { type Router, withoutBody } from './mount.js';

/**
 * The coin from the body, else leniently from `?coin=` (D7), noted as a deviation. Strict, the
 * query is not read, so the coin is missing, as on a server built to the docs (D63).
 */
async function coinFrom(
  c: Context<AppEnv>,
  strict: boolean,
): Promise<{ ok: true; coin: string | undefined } | { ok: false; message: string }> {
  const body = await readValidBody(c, CoinBodySchema.partial());
  if (!body.ok) return body;
  if (body.value.coin !== undefined) return { ok: true, coin: body.value.coin };
  const query = strict ? undefined : c.req.query('coin');
  if (query !== undefined) noteDeviation(c, DEVIATIONS.coinInQuery);
  return { ok: true, coin: query };
}

export function registerExecRoutes(app: Router, store: Store, { strict = false } = {}) {
  const coinHandler = (action: CoinAction) => async (c: Context<AppEnv>) => {
    const found = await coinFrom(c, strict);
    if (!found.ok) return failureResponse(c, found.message);
    if (!found.coin) return failureResponse(c, 'Coin is required');
    const coin = CoinSchema.safeParse(found.coin.trim().toLowerCase());
    if (!coin.success) return failureResponse(c, INVALID_COIN, 404);
    store.exec.setCoinEnabled(coin.data, action === 'enable');
    return c.json(success(null, coinChangedMessage(coin.data, action)), 200);
  };
  app.openapi(withoutBody(enableCoin), coinHandler('enable'));
  app.openapi(withoutBody(enableCoinPost), coinHandler('enable'));
  app.openapi(withoutBody(disableCoin), coinHandler('disable'));
  app.openapi(withoutBody(disableCoinPost), coinHandler('disable'));

  /** Reads (no body) or changes (a body) the settings: the docs' GET does both (D9). */
  const settingsHandler = (bodyRequired: boolean) => async (c: Context<AppEnv>) => {
    // Malformed or unknown, the documented answer is the same (D11, D73).
    const userId = parseUuid(c.req.param('user_id') ?? '');
    const user = userId ? store.users.findUser(userId) : undefined;
    if (!user) return failureResponse(c, INVALID_USER);
    const body = await readBody(c);
    if (!body.ok) return failureResponse(c, body.message);
    // No body, or JSON `null` (DRF's empty `request.data`), on GET is the documented read (D71).
    if (!bodyRequired && (body.value === undefined || body.value === null)) {
      return c.json(success(store.exec.settingsOf(user)), 200);
    }
    if (body.value === undefined) return failureResponse(c, SETTINGS_BODY_REQUIRED);
    const change = validateBody(c, SettingsChangeSchema, body.value);
    if (!change.ok) return failureResponse(c, change.message);
    const settings = store.exec.changeSettings(user, change.value);
    return c.json(success(settings, SETTINGS_UPDATED), 200);
  };
  app.openapi(withoutBody(getUserSettings), settingsHandler(false));
  for (const route of [changeUserSettingsPost, changeUserSettingsPut, changeUserSettingsPatch]) {
    app.openapi(withoutBody(route), settingsHandler(true));
  }
}
