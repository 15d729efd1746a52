import { SOCKET_PATH, SOCKET_PATH_ALIAS } from '../../../spec/asyncapi.js';
import { openSocket } from '../../client/http-client.js';
import { forgedExpired, signedWithOtherKey } from '../../client/made-up-tokens.js';
import { type Check, fail, pass, type RunContext, skip } from '../../model/types.js';
import { EXPIRY_NOT_CHECKED } from '../auth.js';
import { SECTION, withToken } from './exchange.js';

const NOTES = 'production-notes.md: Errors outside the envelope';

/** Tokens the handshake must refuse, like their HTTP twins in auth.ts. */
const BAD_TOKENS: {
  name: string;
  title: string;
  token: (ctx: RunContext) => string | undefined;
  /** Why the token cannot be had, for the skip. */
  missing?: string;
}[] = [
  {
    // Expiry moved into the past under a random signature: tests the signature, not expiry (D30).
    name: 'forged-signature',
    title: 'a token whose claims were altered after signing',
    token: (ctx) => forgedExpired(ctx.user.token),
  },
  {
    name: 'expired-token',
    title: 'a genuinely expired token',
    token: (ctx) => ctx.expiredToken,
    missing: EXPIRY_NOT_CHECKED,
  },
  {
    name: 'other-key-token',
    title: 'a token signed with another key',
    token: (ctx) => signedWithOtherKey(ctx.user.token),
  },
  {
    name: 'refresh-token',
    title: 'a refresh token',
    token: (ctx) => ctx.user.refresh,
    missing: 'needs a refresh token (log in with --user)',
  },
];

/** The docs' example URL: the documented path with the alias in its place (D2). */
export function exampleSocketUrl(ctx: RunContext): string {
  const url = new URL(ctx.wsUrl);
  const prefix = url.pathname.endsWith(SOCKET_PATH)
    ? url.pathname.slice(0, -SOCKET_PATH.length)
    : '';
  url.pathname = `${prefix}${SOCKET_PATH_ALIAS}`;
  return url.toString();
}

export const REFUSAL_CHECKS: Check[] = [
  ...BAD_TOKENS.map(
    (bad): Check => ({
      id: `socket.handshake-${bad.name}`,
      title: `The socket handshake with ${bad.title} is refused with HTTP 403`,
      docRef: NOTES,
      severity: 'error',
      async run(ctx) {
        const token = bad.token(ctx);
        if (!token) return skip(bad.missing ?? 'cannot be tried here');
        const opened = await openSocket(withToken(ctx, token), ctx.timeoutMs, { label: bad.name });
        if (opened.ok) {
          await opened.session.close();
          return fail('HTTP 403 before the upgrade', `the socket opened with ${bad.title}`);
        }
        return opened.status === 403 ? pass() : fail('HTTP 403 before the upgrade', opened.error);
      },
    }),
  ),
  {
    id: 'socket.docs-example-url',
    title: "The docs' example socket URL (/ws/chat/room/) connects too",
    docRef: SECTION,
    severity: 'warning',
    async run(ctx) {
      const url = exampleSocketUrl(ctx);
      const opened = await openSocket(
        withToken({ ...ctx, wsUrl: url }, ctx.user.token),
        ctx.timeoutMs,
        { label: 'user' },
      );
      if (!opened.ok)
        return fail(
          `an open socket at ${new URL(url).pathname}, the path clients copy from the docs' example (D2)`,
          `${opened.error}: clients built from the example URL cannot connect`,
        );
      await opened.session.close();
      return pass();
    },
  },
];
