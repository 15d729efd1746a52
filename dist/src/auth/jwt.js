import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { JwtClaimsSchema, TOKEN_LIFETIME_SECONDS, } from '../../spec/schemas/auth.js';
const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
function signature(input, secret) {
    return createHmac('sha256', secret).update(input).digest();
}
/**
 * Issues a SimpleJWT-shaped HS256 token for `userId`.
 *
 * @example
 * const access = issueToken(secret, user.id, 'access');
 */
export function issueToken(secret, userId, tokenType, nowSeconds = Math.floor(Date.now() / 1000)) {
    const claims = {
        token_type: tokenType,
        exp: nowSeconds + TOKEN_LIFETIME_SECONDS[tokenType],
        iat: nowSeconds,
        jti: randomBytes(16).toString('hex'),
        user_id: userId,
    };
    const body = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
    return `${body}.${signature(body, secret).toString('base64url')}`;
}
/**
 * Clients send the same token on every request; a verified token's claims are remembered (per
 * secret) so the hot path skips the HMAC and the JSON parse. Expiry is still checked every time.
 */
const verified = new Map();
const VERIFIED_LIMIT = 10_000;
/**
 * Verifies signature, algorithm (HS256 only: `alg: none` and others are refused), expiry and type.
 * Never throws: a token is client input.
 */
export function verifyToken(secret, token, expected) {
    const key = `${secret}\0${token}`;
    let claims = verified.get(key);
    if (!claims) {
        const check = verifySignedClaims(secret, token);
        if (!check.ok)
            return check;
        claims = check.claims;
        if (verified.size >= VERIFIED_LIMIT)
            verified.clear();
        verified.set(key, claims);
    }
    if (claims.exp <= Math.floor(Date.now() / 1000))
        return { ok: false, problem: 'invalid' };
    if (claims.token_type !== expected)
        return { ok: false, problem: 'wrongType' };
    return { ok: true, claims };
}
function verifySignedClaims(secret, token) {
    const parts = token.split('.');
    if (parts.length !== 3)
        return { ok: false, problem: 'invalid' };
    const [header, payload, sig] = parts;
    const expectedSig = signature(`${header}.${payload}`, secret);
    const givenSig = Buffer.from(sig, 'base64url');
    if (givenSig.length !== expectedSig.length || !timingSafeEqual(givenSig, expectedSig)) {
        return { ok: false, problem: 'invalid' };
    }
    const decoded = (part) => {
        try {
            return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
        }
        catch {
            return undefined;
        }
    };
    const alg = decoded(header)?.alg;
    const claims = JwtClaimsSchema.safeParse(decoded(payload));
    if (alg !== 'HS256' || !claims.success)
        return { ok: false, problem: 'invalid' };
    return { ok: true, claims: claims.data };
}
/** A fresh signing secret: 64 hex characters. */
export function newSecret() {
    return randomBytes(32).toString('hex');
}
