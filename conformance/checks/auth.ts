import { routeById } from '../../spec/routes/index.js';
import {
  NotAuthenticatedSchema,
  TokenNotValidSchema,
  WWW_AUTHENTICATE,
} from '../../spec/schemas/auth.js';
import { httpCall } from '../client/http-client.js';
import { forgedExpired, signedWithOtherKey } from '../client/made-up-tokens.js';
import { describeProblems, extraFields, shapeErrors } from '../judging/shape.js';
import {
  type Check,
  describeResponse,
  failRule,
  pass,
  type RunContext,
  skip,
} from '../model/types.js';
import { HTTP_CASES } from './cases.js';

const NOTES = 'production-notes.md: Errors outside the envelope';

/** Why expiry is not checked without --expired-token: a token we alter cannot show it (D30). */
export const EXPIRY_NOT_CHECKED =
  'expiry not checked: pass --expired-token JWT, an access token this server issued that has since expired (production access tokens live 6 h; the stand-in mints one with POST /__mock/token {"email": …, "lifetime_seconds": -60}); a token we alter ourselves only tests the signature (see forged-signature)';

const CREDENTIALS: {
  name: string;
  title: string;
  /** The Authorization header to send; null sends none, undefined means it cannot be made. */
  header: (ctx: RunContext) => string | undefined | null;
  /** Why the header cannot be made, for the skip. */
  missing?: string;
}[] = [
  { name: 'no-token', title: 'no credentials', header: () => null },
  { name: 'malformed-token', title: 'a malformed token', header: () => 'Bearer not.a.jwt' },
  {
    name: 'forged-signature',
    title: 'a token whose claims were altered after signing',
    // Expiry moved into the past under a random signature: this tests signature checking, not
    // expiry; only a token the server issued that has since expired tests expiry (D30).
    header: (ctx) => `Bearer ${forgedExpired(ctx.user.token)}`,
  },
  {
    name: 'expired-token',
    title: 'a genuinely expired token',
    header: (ctx) => (ctx.expiredToken ? `Bearer ${ctx.expiredToken}` : undefined),
    missing: EXPIRY_NOT_CHECKED,
  },
  {
    name: 'other-key-token',
    title: 'a token signed with another key',
    header: (ctx) => `Bearer ${signedWithOtherKey(ctx.user.token)}`,
  },
  {
    name: 'refresh-as-access',
    title: 'a refresh token used as access',
    header: (ctx) => (ctx.user.refresh ? `Bearer ${ctx.user.refresh}` : undefined),
    missing: 'needs a refresh token (log in with --user)',
  },
];

/** The first documented read of each protected operation: the request the refusals are tried on. */
const PROTECTED = HTTP_CASES.filter((c, i, all) => {
  const route = routeById(c.operationId);
  return (
    (route.security?.length ?? 0) > 0 &&
    !c.writes &&
    all.findIndex((o) => o.operationId === c.operationId) === i
  );
});

/** Every protected operation refuses each kind of bad credentials with the documented 401. */
export const AUTH_CHECKS: Check[] = PROTECTED.flatMap((c) =>
  CREDENTIALS.map(
    (credential): Check => ({
      id: `auth.${c.operationId}.${credential.name}`,
      title: `${c.title.split(' answers')[0]} with ${credential.title} is refused with 401`,
      docRef: NOTES,
      severity: 'error',
      rules: ['auth.status', 'auth.body', 'auth.body-extra-field', 'auth.www-authenticate'],
      async run(ctx) {
        const header = credential.header(ctx);
        if (header === undefined) return skip(credential.missing ?? 'cannot be tried here');
        const request = c.request(ctx);
        const headers = { ...request.headers };
        delete headers.authorization;
        if (header !== null) headers.authorization = header;
        const res = await httpCall({ ...request, headers, timeoutMs: ctx.timeoutMs });
        if (!res.ok || res.status !== 401)
          return failRule('auth.status', 'Documented: 401', `Received: ${describeResponse(res)}`);
        const schema =
          credential.name === 'no-token' ? NotAuthenticatedSchema : TokenNotValidSchema;
        const problems = shapeErrors(schema, res.json);
        if (problems.length)
          return failRule(
            'auth.body',
            'the 401 body of production-notes.md',
            describeProblems(problems),
            problems[0]?.path,
          );
        // DRF and SimpleJWT write these bodies themselves: anything more is not the documented server.
        const extras = extraFields(schema, res.json);
        if (extras.length)
          return failRule(
            'auth.body-extra-field',
            'exactly the 401 body of production-notes.md',
            describeProblems(extras),
            extras[0]?.path,
          );
        if (res.headers['www-authenticate'] !== WWW_AUTHENTICATE)
          return failRule(
            'auth.www-authenticate',
            `WWW-Authenticate: ${WWW_AUTHENTICATE}`,
            res.headers['www-authenticate'] ?? '(none)',
          );
        return pass();
      },
    }),
  ),
);
