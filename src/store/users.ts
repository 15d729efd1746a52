import { success } from '../../spec/schemas/envelope.js';
import {
  type BriefUser,
  BriefUserSchema,
  type FullUser,
  FullUserSchema,
  type UserSummary,
  UserSummarySchema,
} from '../../spec/schemas/users.js';
import type { Db } from './database.js';
import { fromRow } from './from-row.js';
import { ReadyBytes } from './ready-bytes.js';
import { httpTimestamp, nowMicros } from './timestamps.js';

/** A users row as SQLite returns it: booleans are 0/1. */
export interface UserRow {
  id: string;
  user_number: number;
  email: string;
  password: string;
  first_name: string;
  last_name: string;
  phone_number: string;
  email_verified: number;
  phone_number_verified: number;
  is_staff: number;
  is_superuser: number;
  is_active: number;
  has_kyc: number;
  two_factor_enabled: number;
  two_factor_type: FullUser['two_factor_type'];
  available_balance: string;
  last_login: string | null;
  country: string | null;
  created_at: string;
  updated_at: string;
}

export const toBriefUser = (row: UserRow): BriefUser => fromRow(BriefUserSchema, row);
export const toUserSummary = (row: UserRow): UserSummary => fromRow(UserSummarySchema, row);
/** Users belong to no Django groups and hold no extra permissions here. */
export const toFullUser = (row: UserRow): FullUser =>
  fromRow(FullUserSchema, row, { groups: [], user_permissions: [] });

/**
 * The user look-ups every request makes. Rows found by id and the users list's body (D90) are kept
 * in memory: the one write to a user (`setActive`, from Change user settings) drops its row and the
 * list, and `forget()` drops them all when the data is replaced (reset, reseed, snapshot restore).
 */
export function createUserStore(db: Db) {
  const byId = db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?');
  const byEmail = db.prepare<[string], UserRow>('SELECT * FROM users WHERE email = ?');
  const all = db.prepare<[], UserRow>('SELECT * FROM users ORDER BY user_number');
  const activate = db.prepare<[number, string, string]>(
    'UPDATE users SET is_active = ?, updated_at = ? WHERE id = ?',
  );
  const known = new Map<string, UserRow>();
  const readyList = new ReadyBytes<'all', ReturnType<typeof success<FullUser[]>>>();
  return {
    findUser: (id: string): UserRow | undefined => {
      const cached = known.get(id);
      if (cached) return cached;
      const row = byId.get(id);
      if (row) known.set(id, row);
      return row;
    },
    forget: (): void => {
      known.clear();
      readyList.clear();
    },
    /** (De)activates an account: login, tokens and the socket handshake all read this flag. */
    setActive: (id: string, active: boolean): void => {
      activate.run(active ? 1 : 0, httpTimestamp(nowMicros()), id);
      known.delete(id);
      readyList.clear();
    },
    findUserByEmail: (email: string): UserRow | undefined => byEmail.get(email),
    listUsers: (): UserRow[] => all.all(),
    /** The serialized 200 body of the users list. */
    usersListBody: () => readyList.get('all', () => success(all.all().map(toFullUser))),
  };
}

export type UserStore = ReturnType<typeof createUserStore>;
