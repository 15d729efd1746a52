import { beforeAll, describe, expect, it } from 'vitest';
import { type HttpResult, httpCall, openSocket } from '../../conformance/client/http-client.js';
import { ROUTES } from '../../spec/routes/index.js';
import { DEVIATIONS } from '../../src/http/deviation.js';
import {
  KYRIAN,
  PASSWORD,
  startTestStandIn,
  type TestStandIn,
  UDO,
  useStandIn,
} from '../support/standin.js';

/**
 * Every form D63 lists beyond the docs, each on its own, against a lenient stand-in (answered,
 * and named) and a strict one (refused as a DRF server built to the docs would): `?coin=`, POST
 * for a coin, POST/PUT/PATCH for settings, each contract path without its slash, and each way to
 * reach the socket other than its documented path. A form body on each route that reads one is
 * named when lenient and, since D124, taken silently when strict, as DRF's default parsers do.
 */

const why = { otherClients: 'raw requests in forms the published contract does not describe' };
let lenient: TestStandIn;
useStandIn((started) => ({ standIn: lenient } = started), {}, why);
let strict: TestStandIn;
beforeAll(async () => {
  strict = await startTestStandIn({ strict: true }, undefined, why);
  return () => strict.stop();
}, 60_000);

/** A session on one stand-in: its tokens, and raw requests to it. */
async function sessionOn(standIn: TestStandIn) {
  const { token, refresh } = await standIn.login(UDO.email);
  return { standIn, token, refresh };
}
type Session = Awaited<ReturnType<typeof sessionOn>>;
const sessions = new Map<TestStandIn, Session>();
async function session(standIn: TestStandIn): Promise<Session> {
  const known = sessions.get(standIn) ?? (await sessionOn(standIn));
  sessions.set(standIn, known);
  return known;
}

interface Probe {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Sent without the caller's token. */
  anonymous?: boolean;
}

async function send(standIn: TestStandIn, probe: (s: Session) => Probe) {
  const s = await session(standIn);
  const { method, path, headers = {}, body, anonymous } = probe(s);
  const res = await httpCall({
    method,
    url: `${standIn.url}${path}`,
    headers: anonymous ? headers : { authorization: `Bearer ${s.token}`, ...headers },
    body,
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.error}`);
  return res;
}
type Answer = Extract<HttpResult, { ok: true }>;

const URLENCODED = { 'content-type': 'application/x-www-form-urlencoded' };
/** A browser's boundary: mixed case, as `FormData` makes it. */
const BOUNDARY = '----WebKitFormBoundary7MA4YWxkTrZu0gW';
const MULTIPART = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };
function multipart(fields: Record<string, string>): string {
  const parts = Object.entries(fields).map(
    ([name, value]) =>
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return `${parts.join('')}--${BOUNDARY}--\r\n`;
}

/** The routes that read a body, each with fields, and what a lenient stand-in answers them. */
const BODY_ROUTES: {
  route: string;
  probe: (s: Session) => Probe;
  fields: (s: Session) => Record<string, string>;
  lenient?: number;
}[] = [
  {
    route: 'login',
    probe: () => ({ method: 'POST', path: '/auth/login/', anonymous: true }),
    fields: () => ({ email: UDO.email, password: PASSWORD }),
  },
  {
    route: 'refreshToken',
    probe: () => ({ method: 'POST', path: '/auth/token/refresh/', anonymous: true }),
    fields: (s) => ({ refresh: s.refresh }),
  },
  {
    route: 'enableCoin',
    probe: () => ({ method: 'GET', path: '/exec/coin/enable/' }),
    fields: () => ({ coin: 'btc' }),
  },
  {
    route: 'disableCoin',
    probe: () => ({ method: 'GET', path: '/exec/coin/disable/' }),
    fields: () => ({ coin: 'ltc' }),
  },
  {
    route: 'getUserSettings (a change)',
    probe: () => ({ method: 'GET', path: `/exec/user/settings/${KYRIAN.id}/` }),
    fields: () => ({ can_withdraw: 'true' }),
    // A form carries text, and the flags are JSON booleans: read, named, and refused (D9).
    lenient: 400,
  },
];

interface ExtensionForm {
  form: string;
  probe: (s: Session) => Probe;
  /** The decision the lenient answer names, and its status (200 unless said). */
  decision: string;
  lenient?: number;
  /** What the strict stand-in answers instead. */
  refused: (res: Answer) => void;
}

const methodNotAllowed = (method: string) => (res: Answer) => {
  expect(res.status).toBe(405);
  expect(res.json).toEqual({ detail: `Method "${method}" not allowed.` });
  // Only the documented GET is left on the path (D72).
  expect(res.headers.allow).toBe('GET, HEAD, OPTIONS');
};

const FORMS: ExtensionForm[] = [
  ...['enable', 'disable'].map((action) => ({
    form: `the coin in the query string (${action})`,
    probe: () => ({ method: 'GET', path: `/exec/coin/${action}/?coin=btc` }),
    decision: DEVIATIONS.coinInQuery,
    refused: (res: Answer) => {
      expect(res.status).toBe(400);
      expect(res.json).toMatchObject({ status: 'failure', message: 'Coin is required' });
    },
  })),
  ...['enable', 'disable'].map((action) => ({
    form: `POST for a coin (${action})`,
    probe: () => ({ method: 'POST', path: `/exec/coin/${action}/`, body: '{"coin":"eth"}' }),
    decision: 'D7; the docs document GET with a JSON body',
    refused: methodNotAllowed('POST'),
  })),
  ...['POST', 'PUT', 'PATCH'].map((method) => ({
    form: `${method} for settings`,
    probe: () => ({
      method,
      path: `/exec/user/settings/${KYRIAN.id}/`,
      body: '{"can_withdraw":true}',
    }),
    decision: 'D9; the docs document GET with a JSON body',
    refused: methodNotAllowed(method),
  })),
];

describe('Lenient, loudly: each extension form is answered and named (D63)', () => {
  it.each(FORMS)('should answer $form, naming its decision', async (form) => {
    const { probe, decision, lenient: status = 200 } = form;
    const res = await send(lenient, probe);
    expect(res.status, res.text).toBe(status);
    expect(res.headers['x-standin-deviation']).toBe(decision);
  });
});

describe('--strict: each extension form is refused on its own (D63)', () => {
  it.each(FORMS)('should refuse $form', async ({ probe, refused }) => {
    const res = await send(strict, probe);
    refused(res);
    expect(res.headers['x-standin-deviation']).toBeUndefined();
  });
});

/** Each route that reads a body, with a urlencoded and a multipart form. */
const FORM_BODIES = BODY_ROUTES.flatMap(({ route, probe, fields, lenient: status = 200 }) => [
  {
    form: `a urlencoded form for ${route}`,
    status,
    probe: (s: Session) => ({
      ...probe(s),
      headers: URLENCODED,
      body: new URLSearchParams(fields(s)).toString(),
    }),
  },
  {
    form: `a multipart form for ${route}`,
    status,
    probe: (s: Session) => ({ ...probe(s), headers: MULTIPART, body: multipart(fields(s)) }),
  },
]);

// D124: a DRF view built to the docs parses forms with its default parsers, so strict takes them.
describe('A form body: named when lenient (D63), taken silently when strict (D124)', () => {
  it.each(FORM_BODIES)('lenient: should answer $form, naming D63', async ({ probe, status }) => {
    const res = await send(lenient, probe);
    expect(res.status, res.text).toBe(status);
    expect(res.headers['x-standin-deviation']).toBe(DEVIATIONS.formBody);
  });

  it.each(FORM_BODIES)(
    'strict: should answer $form with the same status, not naming the form',
    async ({ probe, status }) => {
      const res = await send(strict, probe);
      expect(res.status, res.text).toBe(status);
      // The form itself is not named; a refused settings change names its DRF error body (D122).
      if (status === 200) expect(res.headers['x-standin-deviation']).toBeUndefined();
      else expect(res.headers['x-standin-deviation']).not.toContain('D63');
    },
  );
});

/** Each contract path with a documented method, its parameter filled in. */
const DOCUMENTED_PATHS = [
  ...new Map(
    ROUTES.filter(
      (route) => !(route as { 'x-standin-extension'?: boolean })['x-standin-extension'],
    ).map((route) => [route.path, route.method.toUpperCase()] as const),
  ),
].map(([path, method]) => ({ method, path: path.replace(/\{[^}]+\}/, KYRIAN.id) }));

describe('A contract path without its trailing slash (D22)', () => {
  it('should cover every contract path', () => {
    expect(DOCUMENTED_PATHS).toHaveLength(new Set(ROUTES.map((r) => r.path)).size);
  });

  it.each(DOCUMENTED_PATHS)(
    'lenient: should answer $method $path without its slash as with it, naming D22',
    async ({ method, path }) => {
      const slashed = await send(lenient, () => ({ method, path }));
      const slashless = await send(lenient, () => ({ method, path: path.slice(0, -1) }));
      expect([slashless.status, slashless.json]).toEqual([slashed.status, slashed.json]);
      expect(slashless.headers['x-standin-deviation']).toBe(DEVIATIONS.noTrailingSlash);
      expect(slashed.headers['x-standin-deviation']).toBeUndefined();
    },
  );

  it.each(DOCUMENTED_PATHS)(
    'strict: should redirect $method $path without its slash, query kept, before authentication',
    async ({ method, path }) => {
      for (const anonymous of [false, true]) {
        const res = await send(strict, () => ({
          method,
          path: `${path.slice(0, -1)}?x=1`,
          anonymous,
        }));
        expect(res.status, `anonymous: ${anonymous}`).toBe(301);
        expect(res.headers.location).toBe(`${path}?x=1`);
        expect(res.headers['x-standin-deviation']).toBeUndefined();
      }
    },
  );

  it('strict: should redirect whatever the method, one the path does not allow included', async () => {
    const res = await send(strict, () => ({
      method: 'DELETE',
      path: '/auth/user',
      anonymous: true,
    }));
    expect([res.status, res.headers.location]).toEqual([301, '/auth/user/']);
  });
});

/** Every way to the socket other than the documented `/chat/room/ws/`, and what each relies on. */
const SOCKET_ALIASES = [
  { path: '/ws/chat/room/', decisions: [DEVIATIONS.socketAlias], strict: 404 },
  {
    path: '/ws/chat/room',
    decisions: [DEVIATIONS.noTrailingSlash, DEVIATIONS.socketAlias],
    strict: 301,
  },
  { path: '/chat/room/ws', decisions: [DEVIATIONS.noTrailingSlash], strict: 301 },
];

describe('The socket reached another way than its documented path', () => {
  async function open(standIn: TestStandIn, path: string) {
    const { token } = await session(standIn);
    const before = standIn.logLines.length;
    const opened = await openSocket(`${standIn.url.replace('http', 'ws')}${path}?token=${token}`);
    if (opened.ok) await opened.session.close();
    return { opened, logged: standIn.logLines.slice(before).join('\n') };
  }

  it('should open the documented path in both modes, naming nothing', async () => {
    for (const standIn of [lenient, strict]) {
      const { opened, logged } = await open(standIn, '/chat/room/ws/');
      expect(opened.ok).toBe(true);
      expect(logged).not.toContain('deviation');
    }
  });

  it.each(SOCKET_ALIASES)(
    'lenient: should open $path, naming $decisions',
    async ({ path, decisions }) => {
      const { opened, logged } = await open(lenient, path);
      expect(opened.ok).toBe(true);
      expect(logged).toContain(`deviation ${decisions.join(', ')}`);
    },
  );

  it.each(SOCKET_ALIASES)(
    'strict: should refuse $path with $strict',
    async ({ path, strict: status }) => {
      const { opened } = await open(strict, path);
      expect(opened.ok ? 'opened' : opened.status).toBe(status);
    },
  );
});
