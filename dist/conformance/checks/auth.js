import { routeById } from '../../spec/routes/index.js';
import { NotAuthenticatedSchema, TokenNotValidSchema, WWW_AUTHENTICATE, } from '../../spec/schemas/auth.js';
import { httpCall } from '../client.js';
import { describeProblems, shapeErrors } from '../shape.js';
import { describeResponse, fail, pass, skip } from '../types.js';
import { HTTP_CASES } from './cases.js';
const NOTES = 'production-notes.md: Errors outside the envelope';
/** A token with its expiry moved into the past. Unsigned for us, so --expired-token is better. */
function forgedExpired(token) {
    const [head, payload, sig] = token.split('.');
    try {
        const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
        return `${head}.${Buffer.from(JSON.stringify({ ...claims, exp: 1_000_000_000 })).toString('base64url')}.${sig}`;
    }
    catch {
        return `${head}.e30.${sig}`;
    }
}
const CREDENTIALS = [
    { name: 'no-token', title: 'no credentials', header: () => null },
    { name: 'malformed-token', title: 'a malformed token', header: () => 'Bearer not.a.jwt' },
    {
        name: 'expired-token',
        title: 'an expired token',
        header: (ctx) => `Bearer ${ctx.expiredToken ?? forgedExpired(ctx.user.token)}`,
    },
    {
        name: 'refresh-as-access',
        title: 'a refresh token used as access',
        header: (ctx) => (ctx.user.refresh ? `Bearer ${ctx.user.refresh}` : undefined),
    },
];
/** The first documented read of each protected operation: the request the refusals are tried on. */
const PROTECTED = HTTP_CASES.filter((c, i, all) => {
    const route = routeById(c.operationId);
    return ((route.security?.length ?? 0) > 0 &&
        !c.writes &&
        all.findIndex((o) => o.operationId === c.operationId) === i);
});
/** Every protected operation refuses each kind of bad credentials with the documented 401. */
export const AUTH_CHECKS = PROTECTED.flatMap((c) => CREDENTIALS.map((credential) => ({
    id: `auth.${c.operationId}.${credential.name}`,
    title: `${c.title.split(' answers')[0]} with ${credential.title} is refused with 401`,
    docRef: NOTES,
    severity: 'error',
    async run(ctx) {
        const header = credential.header(ctx);
        if (header === undefined)
            return skip('needs a refresh token (log in with --user)');
        const request = c.request(ctx);
        const headers = { ...request.headers };
        delete headers.authorization;
        if (header !== null)
            headers.authorization = header;
        const res = await httpCall({ ...request, headers, timeoutMs: ctx.timeoutMs });
        if (!res.ok || res.status !== 401)
            return fail('Documented: 401', `Received: ${describeResponse(res)}`);
        const schema = credential.name === 'no-token' ? NotAuthenticatedSchema : TokenNotValidSchema;
        const problems = shapeErrors(schema, res.json);
        if (problems.length)
            return fail(`the 401 body of production-notes.md`, describeProblems(problems), problems[0]?.path);
        if (res.headers['www-authenticate'] !== WWW_AUTHENTICATE)
            return fail(`WWW-Authenticate: ${WWW_AUTHENTICATE}`, res.headers['www-authenticate'] ?? '(none)');
        return pass();
    },
})));
