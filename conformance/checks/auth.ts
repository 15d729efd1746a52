import { routeById } from '../../spec/routes/index.js';
import {
  NotAuthenticatedSchema,
  TokenNotValidSchema,
  WWW_AUTHENTICATE,
} from '../../spec/schemas/auth.js';
import { httpCall } from '../client.js';
import { describeProblems, shapeErrors } from '../shape.js';
import { forgedExpired, signedWithOtherKey } from '../tokens.js';
import { type Check, describeResponse, fail, pass, type RunContext, skip } from '../types.js';
import { HTTP_CASES } from './cases.js';

const NOTES = 'production-notes.md: Errors outside the envelope';

const CREDENTIALS: {
  name: string;
  title: string;
  header: (ctx: RunContext) => string | undefined | null;
}[] = [
  { name: 'no-token', title: 'no credentials', header: () => null },
  { name: 'malformed-token', title: 'a malformed token', header: () => 'Bearer not.a.jwt' },
  {
    name: 'expired-token',
    title: 'an expired token',
    header: (ctx) => `Bearer ${ctx.expiredToken ?? forgedExpired(ctx.user.token)}`,
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
      async run(ctx) {
        const header = credential.header(ctx);
        if (header === undefined) return skip('needs a refresh token (log in with --user)');
        const request = c.request(ctx);
        const headers = { ...request.headers };
        delete headers.authorization;
        if (header !== null) headers.authorization = header;
        const res = await httpCall({ ...request, headers, timeoutMs: ctx.timeoutMs });
        if (!res.ok || res.status !== 401)
          return fail('Documented: 401', `Received: ${describeResponse(res)}`);
        const schema =
          credential.name === 'no-token' ? NotAuthenticatedSchema : TokenNotValidSchema;
        const problems = shapeErrors(schema, res.json);
        if (problems.length)
          return fail(
            `the 401 body of production-notes.md`,
            describeProblems(problems),
            problems[0]?.path,
          );
        if (res.headers['www-authenticate'] !== WWW_AUTHENTICATE)
          return fail(
            `WWW-Authenticate: ${WWW_AUTHENTICATE}`,
            res.headers['www-authenticate'] ?? '(none)',
          );
        return pass();
      },
    }),
  ),
);
