import { changeUserSettingsPatch, changeUserSettingsPost, changeUserSettingsPut, coinChangedMessage, disableCoin, disableCoinPost, enableCoin, enableCoinPost, getUserSettings, INVALID_COIN, INVALID_USER, SETTINGS_UPDATED, } from '../../spec/routes/exec.js';
import { CoinSchema } from '../../spec/schemas/coins.js';
import { success } from '../../spec/schemas/envelope.js';
import { CoinBodySchema, SettingsChangeSchema } from '../../spec/schemas/exec.js';
import { readBody, readValidBody, validateBody } from '../http/body.js';
import { failureResponse } from '../http/errors.js';
import { withoutBody } from './mount.js';
/** The coin from a JSON or form body, else from `?coin=` (D7). */
async function coinFrom(c) {
    const body = await readValidBody(c, CoinBodySchema.partial());
    if (!body.ok)
        return body;
    return { ok: true, coin: body.value.coin ?? c.req.query('coin') };
}
export function registerExecRoutes(app, store) {
    const coinHandler = (action) => async (c) => {
        const found = await coinFrom(c);
        if (!found.ok)
            return failureResponse(c, found.message);
        if (!found.coin)
            return failureResponse(c, 'Coin is required');
        const coin = CoinSchema.safeParse(found.coin.trim().toLowerCase());
        if (!coin.success)
            return failureResponse(c, INVALID_COIN, 404);
        store.exec.setCoinEnabled(coin.data, action === 'enable');
        return c.json(success(null, coinChangedMessage(coin.data, action)), 200);
    };
    app.openapi(withoutBody(enableCoin), coinHandler('enable'));
    app.openapi(withoutBody(enableCoinPost), coinHandler('enable'));
    app.openapi(withoutBody(disableCoin), coinHandler('disable'));
    app.openapi(withoutBody(disableCoinPost), coinHandler('disable'));
    /** Reads (no body) or changes (a body) the settings: the docs' GET does both (D9). */
    const settingsHandler = (bodyRequired) => async (c) => {
        const user = store.users.findUser(c.req.param('user_id') ?? '');
        if (!user)
            return failureResponse(c, INVALID_USER);
        const body = await readBody(c);
        if (!body.ok)
            return failureResponse(c, body.message);
        if (body.value === undefined && !bodyRequired) {
            return c.json(success(store.exec.settingsOf(user)), 200);
        }
        const change = validateBody(SettingsChangeSchema, body.value);
        if (!change.ok)
            return failureResponse(c, change.message);
        const settings = store.exec.changeSettings(user, change.value);
        return c.json(success(settings, SETTINGS_UPDATED), 200);
    };
    app.openapi(withoutBody(getUserSettings), settingsHandler(false));
    for (const route of [changeUserSettingsPost, changeUserSettingsPut, changeUserSettingsPatch]) {
        app.openapi(withoutBody(route), settingsHandler(true));
    }
}
