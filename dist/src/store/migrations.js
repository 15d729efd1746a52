/**
 * The schema, as an ordered list of migrations. `user_version` records how many have run, so an
 * existing database file is brought forward on start and never rebuilt.
 */
export const MIGRATIONS = [
    `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    user_number INTEGER NOT NULL UNIQUE,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password TEXT NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    phone_number TEXT NOT NULL,
    email_verified INTEGER NOT NULL,
    phone_number_verified INTEGER NOT NULL,
    is_staff INTEGER NOT NULL,
    is_superuser INTEGER NOT NULL,
    is_active INTEGER NOT NULL,
    has_kyc INTEGER NOT NULL,
    two_factor_enabled INTEGER NOT NULL,
    two_factor_type TEXT NOT NULL,
    available_balance TEXT NOT NULL,
    last_login TEXT,
    country TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );

  -- One thread per unordered pair: user_low < user_high makes the pair unique whoever starts it.
  CREATE TABLE threads (
    id INTEGER PRIMARY KEY,
    user_one TEXT NOT NULL REFERENCES users(id),
    user_two TEXT NOT NULL REFERENCES users(id),
    user_low TEXT NOT NULL,
    user_high TEXT NOT NULL,
    last_message TEXT,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    UNIQUE (user_low, user_high)
  );
  CREATE INDEX threads_by_user_one ON threads (user_one, updated);
  CREATE INDEX threads_by_user_two ON threads (user_two, updated);

  CREATE TABLE messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    thread_id INTEGER NOT NULL REFERENCES threads(id),
    sender_id TEXT NOT NULL REFERENCES users(id),
    receiver_id TEXT NOT NULL REFERENCES users(id),
    body TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    seen INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX messages_by_thread ON messages (thread_id, id);

  CREATE TABLE transactions (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    amount TEXT NOT NULL,
    transaction_type TEXT NOT NULL,
    status TEXT NOT NULL,
    created TEXT NOT NULL
  );

  CREATE TABLE deposits (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    created TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    amount TEXT NOT NULL,
    wallet_type TEXT NOT NULL,
    wallet_address TEXT NOT NULL,
    naira_amount TEXT NOT NULL,
    verified INTEGER NOT NULL
  );

  CREATE TABLE withdrawals (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    created TEXT NOT NULL,
    amount TEXT NOT NULL,
    wallet_type TEXT NOT NULL,
    wallet_address TEXT NOT NULL,
    naira_amount TEXT NOT NULL,
    verified INTEGER NOT NULL
  );

  CREATE TABLE settings (
    user_id TEXT PRIMARY KEY REFERENCES users(id),
    is_active INTEGER NOT NULL DEFAULT 1,
    can_trade_btc INTEGER NOT NULL DEFAULT 1,
    can_trade_ltc INTEGER NOT NULL DEFAULT 1,
    can_trade_usdt INTEGER NOT NULL DEFAULT 1,
    can_trade_bnb INTEGER NOT NULL DEFAULT 1,
    can_trade_eth INTEGER NOT NULL DEFAULT 1,
    can_withdraw INTEGER NOT NULL DEFAULT 1,
    can_deposit INTEGER NOT NULL DEFAULT 1,
    can_transfer INTEGER NOT NULL DEFAULT 1
  );

  CREATE TABLE coins (coin TEXT PRIMARY KEY, enabled INTEGER NOT NULL);
  `,
];
