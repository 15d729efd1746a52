const bit = (value) => (value ? 1 : 0);
/**
 * Inserts the docs' own examples (fixtures/documented.json) with their ids, so a fresh stand-in
 * answers exactly what the contract's examples show.
 */
export function insertDocumented(db, data) {
    const insertUser = db.prepare(`INSERT INTO users VALUES (@id, @user_number, @email, @password,
    @first_name, @last_name, @phone_number, @email_verified, @phone_number_verified, @is_staff,
    @is_superuser, @is_active, @has_kyc, @two_factor_enabled, @two_factor_type,
    @available_balance, @last_login, @country, @created_at, @updated_at)`);
    for (const user of data.users) {
        insertUser.run({
            ...user,
            email_verified: bit(user.email_verified),
            phone_number_verified: bit(user.phone_number_verified),
            is_staff: bit(user.is_staff),
            is_superuser: bit(user.is_superuser),
            is_active: bit(user.is_active),
            has_kyc: bit(user.has_kyc),
            two_factor_enabled: bit(user.two_factor_enabled),
        });
    }
    const insertThread = db.prepare(`INSERT INTO threads VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const thread of data.threads) {
        const [low, high] = [thread.user_one.id, thread.user_two.id].sort();
        const lastCreated = data.messages.filter((m) => m.thread === thread.id).at(-1)?.created;
        insertThread.run(thread.id, thread.user_one.id, thread.user_two.id, low, high, thread.last_message, thread.craeted, lastCreated ?? thread.craeted);
    }
    const insertMessage = db.prepare(`INSERT INTO messages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const m of data.messages) {
        insertMessage.run(m.id, m.thread, m.sender.id, m.receiver.id, m.message, m.created, m.updated, bit(m.seen), bit(m.deleted));
    }
    const insertTransaction = db.prepare(`INSERT INTO transactions VALUES (?, ?, ?, ?, ?, ?)`);
    for (const t of data.transactions) {
        insertTransaction.run(t.id, t.user.id, t.amount, t.transaction_type, t.status, t.created);
    }
    const insertDeposit = db.prepare(`INSERT INTO deposits VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const d of data.deposits) {
        insertDeposit.run(d.id, d.user.id, d.created, d.updated_at, d.amount, d.wallet_type, d.wallet_address, d.naira_amount, bit(d.verified));
    }
    const insertWithdrawal = db.prepare(`INSERT INTO withdrawals VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const w of data.withdrawals) {
        insertWithdrawal.run(w.id, data.withdrawal_owner_id, w.created, w.amount, w.wallet_type, w.wallet_address, w.naira_amount, bit(w.verified));
    }
    const insertSettings = db.prepare(`INSERT INTO settings (user_id, is_active, can_trade_btc,
    can_trade_ltc, can_trade_usdt, can_trade_bnb, can_trade_eth) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    for (const s of data.settings) {
        insertSettings.run(s.user.id, bit(s.is_active), bit(s.can_trade_btc), bit(s.can_trade_ltc), bit(s.can_trade_usdt), bit(s.can_trade_bnb), bit(s.can_trade_eth));
    }
}
