import { openSocket } from '../../client/http-client.js';
import { type Check, fail, pass } from '../../model/types.js';
import { SECTION, withToken } from './exchange.js';

/** The handshake: refused without a token, open with one (production-notes.md, D2). */
export const HANDSHAKE_CHECKS: Check[] = [
  {
    id: 'socket.handshake-without-token',
    title: 'The socket handshake without a token is refused with HTTP 403',
    docRef: 'production-notes.md: Errors outside the envelope',
    severity: 'error',
    async run(ctx) {
      const opened = await openSocket(ctx.wsUrl, ctx.timeoutMs, { label: 'no token' });
      if (opened.ok) {
        await opened.session.close();
        return fail('HTTP 403 before the upgrade', 'the socket opened');
      }
      return opened.status === 403 ? pass() : fail('HTTP 403 before the upgrade', opened.error);
    },
  },
  {
    id: 'socket.handshake-with-token',
    title: 'The socket opens with ?token=<access token>',
    docRef: SECTION,
    severity: 'error',
    async run(ctx) {
      const opened = await openSocket(withToken(ctx, ctx.user.token), ctx.timeoutMs, {
        label: 'user',
      });
      if (!opened.ok) return fail('an open socket', opened.error);
      await opened.session.close();
      return pass();
    },
  },
];
