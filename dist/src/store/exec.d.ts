import { type Coin } from '../../spec/schemas/coins.js';
import { type SettingsFlag, type TradingSettings } from '../../spec/schemas/exec.js';
import { type Db } from './database.js';
import { type UserRow } from './users.js';
type SettingsRow = Record<SettingsFlag, number>;
/** Coin switches and per-user trading settings. */
export declare function createExecStore(db: Db): {
    setCoinEnabled: (coin: Coin, enabled: boolean) => void;
    /** Coins never switched are enabled. */
    listCoins: () => Record<Coin, boolean>;
    /** Reads the settings, creating the defaults (all true) on first read (D11). */
    settingsOf: (user: UserRow) => TradingSettings;
    changeSettings: (user: UserRow, change: {
        can_withdraw?: boolean | undefined;
        can_deposit?: boolean | undefined;
        can_transfer?: boolean | undefined;
        can_trade_btc?: boolean | undefined;
        can_trade_ltc?: boolean | undefined;
        can_trade_usdt?: boolean | undefined;
        can_trade_bnb?: boolean | undefined;
        can_trade_eth?: boolean | undefined;
        is_active?: boolean | undefined;
    }) => {
        can_trade_btc: boolean;
        can_trade_ltc: boolean;
        can_trade_usdt: boolean;
        can_trade_bnb: boolean;
        can_trade_eth: boolean;
        user: {
            id: string;
            email: string;
            first_name: string;
            last_name: string;
            phone_number: string;
            has_kyc: boolean;
            two_factor_enabled: boolean;
            two_factor_type: "email" | "sms";
        };
        is_active: boolean;
    };
    /** All stored flags, the unechoed ones included: for tests and the mock admin. */
    storedFlags: (userId: string) => SettingsRow | undefined;
};
export type ExecStore = ReturnType<typeof createExecStore>;
export {};
