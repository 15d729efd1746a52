import { type JwtClaims, type TokenType } from '../../spec/schemas/auth.js';
/**
 * Issues a SimpleJWT-shaped HS256 token for `userId`.
 *
 * @example
 * const access = issueToken(secret, user.id, 'access');
 */
export declare function issueToken(secret: string, userId: string, tokenType: TokenType, nowSeconds?: number): string;
/** Why a token was refused; maps onto the two documented 401 messages. */
export type TokenProblem = 'invalid' | 'wrongType';
export type TokenCheck = {
    ok: true;
    claims: JwtClaims;
} | {
    ok: false;
    problem: TokenProblem;
};
/**
 * Verifies signature, algorithm (HS256 only: `alg: none` and others are refused), expiry and type.
 * Never throws: a token is client input.
 */
export declare function verifyToken(secret: string, token: string, expected: TokenType): TokenCheck;
/** A fresh signing secret: 64 hex characters. */
export declare function newSecret(): string;
