import { COINS } from '../../spec/schemas/coins.js';
import { SETTINGS_FLAGS, TradingSettingsSchema, } from '../../spec/schemas/exec.js';
import { transaction } from './database.js';
import { fromRow } from './from-row.js';
import { toUserSummary } from './users.js';
/** Coin switches and per-user trading settings. */
export function createExecStore(db) {
    const setCoin = db.prepare('INSERT INTO coins (coin, enabled) VALUES (?, ?) ON CONFLICT(coin) DO UPDATE SET enabled = excluded.enabled');
    const coins = db.prepare('SELECT coin, enabled FROM coins ORDER BY coin');
    const ensureSettings = db.prepare('INSERT OR IGNORE INTO settings (user_id) VALUES (?)');
    const readSettings = db.prepare(`SELECT ${SETTINGS_FLAGS.join(', ')} FROM settings WHERE user_id = ?`);
    // One statement: a flag absent from the change binds NULL and keeps its value.
    const updateSettings = db.prepare(`UPDATE settings SET ${SETTINGS_FLAGS.map((flag) => `${flag} = COALESCE(@${flag}, ${flag})`).join(', ')} WHERE user_id = @user_id`);
    function settingsOf(user) {
        ensureSettings.run(user.id);
        // The response shape decides which flags are echoed: not the last three (D10).
        return fromRow(TradingSettingsSchema, readSettings.get(user.id), {
            user: toUserSummary(user),
        });
    }
    return {
        setCoinEnabled: (coin, enabled) => {
            setCoin.run(coin, enabled ? 1 : 0);
        },
        /** Coins never switched are enabled. */
        listCoins: () => {
            const state = Object.fromEntries(COINS.map((coin) => [coin, true]));
            for (const row of coins.all())
                state[row.coin] = row.enabled === 1;
            return state;
        },
        /** Reads the settings, creating the defaults (all true) on first read (D11). */
        settingsOf,
        changeSettings: transaction(db, (user, change) => {
            ensureSettings.run(user.id);
            const params = { user_id: user.id };
            for (const flag of SETTINGS_FLAGS) {
                const value = change[flag];
                params[flag] = value === undefined ? null : value ? 1 : 0;
            }
            updateSettings.run(params);
            return settingsOf(user);
        }),
        /** All stored flags, the unechoed ones included: for tests and the mock admin. */
        storedFlags: (userId) => readSettings.get(userId),
    };
}
