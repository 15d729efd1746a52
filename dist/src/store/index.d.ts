import type { Db } from './database.js';
/** Every table group's prepared statements over one database. */
export declare function createStore(db: Db): {
    db: Db;
    users: {
        findUser: (id: string) => import("./users.js").UserRow | undefined;
        forget: () => void;
        findUserByEmail: (email: string) => import("./users.js").UserRow | undefined;
        listUsers: () => import("./users.js").UserRow[];
    };
    chat: {
        findConversation: (userA: string, userB: string) => import("../../spec/contract.js").ChatMessage[];
        listThreads: (userId: string) => import("../../spec/contract.js").Thread[];
        storeMessages: (batch: readonly import("./chat.js").NewMessage[]) => import("./chat.js").StoredMessage[];
    };
    ledger: {
        listTransactions: () => import("../../spec/contract.js").Transaction[];
        listDeposits: () => import("../../spec/contract.js").Deposit[];
        listWithdrawals: () => import("../../spec/contract.js").Withdrawal[];
    };
    exec: {
        setCoinEnabled: (coin: import("../../spec/schemas/coins.js").Coin, enabled: boolean) => void;
        listCoins: () => Record<import("../../spec/schemas/coins.js").Coin, boolean>;
        settingsOf: (user: import("./users.js").UserRow) => import("../../spec/contract.js").TradingSettings;
        changeSettings: (user: import("./users.js").UserRow, change: {
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
        storedFlags: (userId: string) => {
            is_active: number;
            can_trade_btc: number;
            can_trade_ltc: number;
            can_trade_usdt: number;
            can_trade_bnb: number;
            can_trade_eth: number;
            can_withdraw: number;
            can_deposit: number;
            can_transfer: number;
        } | undefined;
    };
};
export type Store = ReturnType<typeof createStore>;
