import type { BriefUser, FullUser, UserSummary } from '../../spec/schemas/users.js';
import type { Db } from './database.js';

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

export function toBriefUser(row: UserRow): BriefUser {
  return { id: row.id, email: row.email, first_name: row.first_name, last_name: row.last_name };
}

export function toUserSummary(row: UserRow): UserSummary {
  return {
    ...toBriefUser(row),
    phone_number: row.phone_number,
    has_kyc: row.has_kyc === 1,
    two_factor_enabled: row.two_factor_enabled === 1,
    two_factor_type: row.two_factor_type,
  };
}

export function toFullUser(row: UserRow): FullUser {
  return {
    id: row.id,
    password: row.password,
    last_login: row.last_login,
    email: row.email,
    first_name: row.first_name,
    last_name: row.last_name,
    phone_number: row.phone_number,
    email_verified: row.email_verified === 1,
    phone_number_verified: row.phone_number_verified === 1,
    is_staff: row.is_staff === 1,
    is_superuser: row.is_superuser === 1,
    is_active: row.is_active === 1,
    has_kyc: row.has_kyc === 1,
    two_factor_enabled: row.two_factor_enabled === 1,
    two_factor_type: row.two_factor_type,
    available_balance: row.available_balance,
    user_number: row.user_number,
    created_at: row.created_at,
    country: row.country,
    updated_at: row.updated_at,
    groups: [],
    user_permissions: [],
  };
}

/**
 * The user look-ups every request makes. No API route changes a user, so rows found by id are kept
 * in memory; `forget()` drops them when the data is reset or reseeded.
 */
export function createUserStore(db: Db) {
  const byId = db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?');
  const byEmail = db.prepare<[string], UserRow>('SELECT * FROM users WHERE email = ?');
  const all = db.prepare<[], UserRow>('SELECT * FROM users ORDER BY user_number');
  const known = new Map<string, UserRow>();
  return {
    findUser: (id: string): UserRow | undefined => {
      const cached = known.get(id);
      if (cached) return cached;
      const row = byId.get(id);
      if (row) known.set(id, row);
      return row;
    },
    forget: (): void => known.clear(),
    findUserByEmail: (email: string): UserRow | undefined => byEmail.get(email),
    listUsers: (): UserRow[] => all.all(),
  };
}

export type UserStore = ReturnType<typeof createUserStore>;
