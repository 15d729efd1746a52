import { COINS, type Coin } from '../../spec/schemas/coins.js';
import {
  SETTINGS_FLAGS,
  type SettingsChange,
  type SettingsFlag,
  type TradingSettings,
  TradingSettingsSchema,
} from '../../spec/schemas/exec.js';
import { type Db, transaction } from './database.js';
import { fromRow } from './from-row.js';
import { toUserSummary, type UserRow, type UserStore } from './users.js';

type SettingsRow = Record<SettingsFlag, number>;

/**
 * Coin switches and per-user trading settings. The settings' `is_active` is the account's own flag
 * (the user row's, which login and tokens read): a change writes both in one transaction (D60).
 */
export function createExecStore(db: Db, users: UserStore) {
  const setCoin = db.prepare(
    'INSERT INTO coins (coin, enabled) VALUES (?, ?) ON CONFLICT(coin) DO UPDATE SET enabled = excluded.enabled',
  );
  const coins = db.prepare<[], { coin: Coin; enabled: number }>(
    'SELECT coin, enabled FROM coins ORDER BY coin',
  );
  const ensureSettings = db.prepare(
    'INSERT OR IGNORE INTO settings (user_id, is_active) SELECT id, is_active FROM users WHERE id = ?',
  );
  const readSettings = db.prepare<[string], SettingsRow>(
    `SELECT ${SETTINGS_FLAGS.join(', ')} FROM settings WHERE user_id = ?`,
  );
  // One statement: a flag absent from the change binds NULL and keeps its value.
  const updateSettings = db.prepare(
    `UPDATE settings SET ${SETTINGS_FLAGS.map((flag) => `${flag} = COALESCE(@${flag}, ${flag})`).join(', ')} WHERE user_id = @user_id`,
  );

  function settingsOf(user: UserRow): TradingSettings {
    ensureSettings.run(user.id);
    // The response shape decides which flags are echoed: not the last three (D10).
    return fromRow(TradingSettingsSchema, readSettings.get(user.id) as SettingsRow, {
      user: toUserSummary(user),
    });
  }

  return {
    setCoinEnabled: (coin: Coin, enabled: boolean): void => {
      setCoin.run(coin, enabled ? 1 : 0);
    },
    /** Coins never switched are enabled. */
    listCoins: (): Record<Coin, boolean> => {
      const state = Object.fromEntries(COINS.map((coin) => [coin, true])) as Record<Coin, boolean>;
      for (const row of coins.all()) state[row.coin] = row.enabled === 1;
      return state;
    },
    /** Reads the settings, creating the defaults (all true) on first read (D11). */
    settingsOf,
    changeSettings: transaction(db, (user: UserRow, change: SettingsChange): TradingSettings => {
      ensureSettings.run(user.id);
      const params: Record<string, number | string | null> = { user_id: user.id };
      for (const flag of SETTINGS_FLAGS) {
        const value = change[flag];
        params[flag] = value === undefined ? null : value ? 1 : 0;
      }
      updateSettings.run(params);
      if (change.is_active !== undefined) users.setActive(user.id, change.is_active);
      return settingsOf(user);
    }),
    /** All stored flags, the unechoed ones included: for tests and the mock admin. */
    storedFlags: (userId: string): SettingsRow | undefined => readSettings.get(userId),
  };
}

export type ExecStore = ReturnType<typeof createExecStore>;
