import { httpCall } from '../client/http-client.js';
import { type Check, fail, pass, skip } from '../model/types.js';
import { HTTP_CASES } from './cases.js';
import { callCase } from './http/index.js';

const listUsers = HTTP_CASES.find((c) => c.id === 'listUsers.ok');
// A renamed case must break loudly here, not turn the advisory into a silent skip.
if (!listUsers) throw new Error('conformance/checks/cases.ts has no listUsers.ok case');

/** Advisories: reported as warnings, never failing a run. */
export const SECURITY_CHECKS: Check[] = [
  {
    id: 'security.password-hashes',
    title: 'POST /auth/users/ does not expose password hashes',
    docRef: 'Get all users',
    severity: 'warning',
    async run(ctx) {
      const res = await callCase(ctx, listUsers);
      const users = res.ok ? (res.json as { entity?: unknown })?.entity : undefined;
      // An empty list proves nothing about hashes: it is no pass.
      if (!Array.isArray(users) || users.length === 0) return skip('no user list to inspect');
      const exposed = users.filter(
        (u) =>
          typeof (u as { password?: unknown })?.password === 'string' &&
          (u as { password: string }).password.length > 0,
      );
      return exposed.length === 0
        ? pass()
        : fail(
            'no password field',
            `${exposed.length} users carry a password hash (D15)`,
            '$.entity[].password',
          );
    },
  },
  {
    id: 'security.cors-any-origin-with-credentials',
    title: 'CORS does not allow any origin together with credentials',
    docRef: 'production-notes.md: Errors outside the envelope',
    severity: 'warning',
    async run(ctx) {
      const origin = 'https://conformance.invalid';
      const res = await httpCall({
        method: 'OPTIONS',
        url: `${ctx.baseUrl}/auth/user/`,
        headers: {
          origin,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
        timeoutMs: ctx.timeoutMs,
      });
      if (!res.ok) return skip(`no answer to a preflight: ${res.error}`);
      const allowed = res.headers['access-control-allow-origin'];
      const credentials = res.headers['access-control-allow-credentials'] === 'true';
      return (allowed === origin || allowed === '*') && credentials
        ? fail(
            'a fixed list of trusted origins',
            `Access-Control-Allow-Origin: ${allowed} with credentials`,
          )
        : pass();
    },
  },
];
