import type { Store } from '../store/index.js';
export interface GenerateOptions {
    seed: number;
    users: number;
    messages: number;
    /** The first user_number to hand out: the documented people come first. */
    firstUserNumber: number;
    /** From seedPasswordHash(seed): computed before the seed's transaction. */
    passwordHash: string;
}
/** Django's `pbkdf2_sha256` format, so the hash looks and verifies like production's. */
export declare function djangoPasswordHash(password: string, salt: string): Promise<string>;
/**
 * The one password hash every generated person shares (a hash per person would cost seconds). Its
 * salt is the generator's first draw for the seed. PBKDF2 (~120 ms) runs on libuv's pool before the
 * seed's transaction, once per seed per process, so a reset does not hold the event loop for it (D101).
 */
export declare function seedPasswordHash(seed: number): Promise<string>;
/**
 * Generated people and their activity, all deterministic for a seed. None of it touches the
 * documented rows: generated messages go between generated users only.
 */
export declare function insertGenerated(store: Store, options: GenerateOptions): void;
