import { describe, expect, it } from 'vitest';
import { main } from '../../conformance/cli/main.js';
import { httpCall, openSocket } from '../../conformance/client/http-client.js';
import {
  expectStatus,
  KYRIAN,
  PASSWORD,
  startTestStandIn,
  type TestStandIn,
  UDO,
  useStandIn,
} from '../support/standin.js';

let standIn: TestStandIn;
let token: string;
useStandIn((started) => ({ standIn, token } = started));

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** Each form the stand-in accepts beyond the docs, and the decision it names (D63). */
const EXTENSION_FORMS = [
  {
    form: 'the coin in the query string',
    request: { method: 'GET', path: '/exec/coin/enable/?coin=btc' },
    decision: 'D7; the docs document the coin in a JSON body, not the query string',
  },
  {
    form: 'the coin in a form body',
    request: { method: 'GET', path: '/exec/coin/enable/', headers: FORM, body: 'coin=btc' },
    decision: 'D63; the docs document JSON request bodies, not forms',
  },
  {
    form: 'POST for a coin',
    request: { method: 'POST', path: '/exec/coin/disable/', body: { coin: 'ltc' } },
    decision: 'D7; the docs document GET with a JSON body',
  },
  ...['POST', 'PUT', 'PATCH'].map((method) => ({
    form: `${method} for settings`,
    request: { method, path: `/exec/user/settings/${KYRIAN.id}/`, body: { can_withdraw: true } },
    decision: 'D9; the docs document GET with a JSON body',
  })),
  {
    form: 'a path without its trailing slash',
    request: { method: 'GET', path: '/chat/get-user-threads' },
    decision: "D22; the docs' paths end in /",
  },
] as const;

describe('Lenient, loudly (the default)', () => {
  it.each(EXTENSION_FORMS)(
    'should answer $form, naming the decision',
    async ({ request, decision }) => {
      const res = await standIn.call({ ...request, token });
      expectStatus(res, 200);
      expect(res.ok && res.headers['x-standin-deviation']).toBe(decision);
      // The request log line and the journal say so too.
      expect(standIn.logLines.at(-1)).toContain(`deviation ${decision}`);
      const journal = await standIn.call({
        method: 'GET',
        path: '/__mock/requests?kind=http&limit=1',
      });
      expect(expectStatus(journal, 200)).toMatchObject({ entity: [{ deviation: decision }] });
    },
  );

  it('should name nothing for what the docs document', async () => {
    const res = await standIn.call({
      method: 'GET',
      path: '/exec/coin/enable/',
      token,
      body: { coin: 'btc' },
    });
    expectStatus(res, 200);
    expect(res.ok && res.headers['x-standin-deviation']).toBeUndefined();
  });

  it('should name the socket alias on its handshake in the log', async () => {
    const opened = await openSocket(
      `${standIn.url.replace('http', 'ws')}/ws/chat/room/?token=${token}`,
    );
    expect(opened.ok).toBe(true);
    if (opened.ok) await opened.session.close();
    expect(standIn.logLines.some((line) => line.includes("deviation D2; the docs' endpoint"))).toBe(
      true,
    );
  });
});

describe('--strict', () => {
  it('should refuse each extension form as a server built to the docs would, and pass the conformance suite', async () => {
    const strict = await startTestStandIn({ strict: true }, undefined, {
      otherClients: 'raw probes of refused forms, and the conformance suite',
    });
    try {
      const adminToken = (await strict.login(UDO.email)).token;
      const raw = (request: { method: string; path: string; headers?: object; body?: unknown }) =>
        httpCall({
          ...request,
          url: `${strict.url}${request.path}`,
          headers: { authorization: `Bearer ${adminToken}`, ...request.headers },
        });
      for (const { form, request } of EXTENSION_FORMS) {
        const res = await raw(request);
        if (!res.ok) throw new Error(`${form}: ${res.error}`);
        expect(res.headers['x-standin-deviation'], form).toBeUndefined();
        if (form.startsWith('POST') || form.startsWith('PUT') || form.startsWith('PATCH')) {
          expect(res.status, form).toBe(405);
          expect(res.json, form).toEqual({ detail: `Method "${request.method}" not allowed.` });
          // Only the documented GET is left on both paths.
          expect(res.headers.allow, form).toBe('GET, HEAD, OPTIONS');
        } else if (form.includes('trailing slash')) {
          expect(res.status).toBe(301);
          expect(res.headers.location).toBe(`${request.path}/`);
        } else if (form.includes('query')) {
          expect(res.status).toBe(400);
          expect(res.json).toMatchObject({ message: 'Coin is required' });
        } else {
          // DRF's default parsers read forms: a server built to the docs takes them (D124).
          expect(res.status, form).toBe(200);
          expect(res.json).toMatchObject({ message: 'btc enabled successfully' });
        }
      }
      const slashless = await raw({ method: 'GET', path: '/chat/get-user-threads?x=1' });
      expect(slashless.ok && slashless.headers.location).toBe('/chat/get-user-threads/?x=1');
      const alias = await openSocket(
        `${strict.url.replace('http', 'ws')}/ws/chat/room/?token=${adminToken}`,
      );
      expect(alias.ok ? 'opened' : alias.status).toBe(404);
      const docs = await raw({ method: 'GET', path: '/docs/openapi.json' });
      expect(docs.ok && JSON.stringify(docs.json)).toContain('runs **strict**');

      const code = await main(
        [
          '--base-url',
          strict.url,
          '--user',
          `${UDO.email}:${PASSWORD}`,
          '--peer',
          `${KYRIAN.email}:${PASSWORD}`,
          '--allow-writes',
        ],
        () => {},
        () => {},
      );
      expect(code, 'the conformance suite against a strict stand-in').toBe(0);
    } finally {
      await strict.stop();
    }
  });
});
