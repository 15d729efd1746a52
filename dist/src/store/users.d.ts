import { type BriefUser, type FullUser, type UserSummary } from '../../spec/schemas/users.js';
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
export declare const toBriefUser: (row: UserRow) => BriefUser;
export declare const toUserSummary: (row: UserRow) => UserSummary;
/** Users belong to no Django groups and hold no extra permissions here. */
export declare const toFullUser: (row: UserRow) => FullUser;
/**
 * The user look-ups every request makes. No API route changes a user, so rows found by id are kept
 * in memory; `forget()` drops them when the data is reset or reseeded.
 */
export declare function createUserStore(db: Db): {
    findUser: (id: string) => UserRow | undefined;
    forget: () => void;
    findUserByEmail: (email: string) => UserRow | undefined;
    listUsers: () => UserRow[];
};
export type UserStore = ReturnType<typeof createUserStore>;
