import { BriefUserSchema, FullUserSchema, UserSummarySchema, } from '../../spec/schemas/users.js';
import { fromRow } from './from-row.js';
export const toBriefUser = (row) => fromRow(BriefUserSchema, row);
export const toUserSummary = (row) => fromRow(UserSummarySchema, row);
/** Users belong to no Django groups and hold no extra permissions here. */
export const toFullUser = (row) => fromRow(FullUserSchema, row, { groups: [], user_permissions: [] });
/**
 * The user look-ups every request makes. No API route changes a user, so rows found by id are kept
 * in memory; `forget()` drops them when the data is reset or reseeded.
 */
export function createUserStore(db) {
    const byId = db.prepare('SELECT * FROM users WHERE id = ?');
    const byEmail = db.prepare('SELECT * FROM users WHERE email = ?');
    const all = db.prepare('SELECT * FROM users ORDER BY user_number');
    const known = new Map();
    return {
        findUser: (id) => {
            const cached = known.get(id);
            if (cached)
                return cached;
            const row = byId.get(id);
            if (row)
                known.set(id, row);
            return row;
        },
        forget: () => known.clear(),
        findUserByEmail: (email) => byEmail.get(email),
        listUsers: () => all.all(),
    };
}
