import { describe, expect, it } from 'vitest';
import { INVALID_USER, SETTINGS_BODY_REQUIRED } from '../../spec/routes/exec.js';
import { failure } from '../../spec/schemas/envelope.js';
import { loggablePath } from '../../src/http/request-log.js';
import { PUBLISHED_OPENAPI, pointer, validateAt } from '../support/published-contract.js';
import { expectStatus, KYRIAN, type TestStandIn, useStandIn } from '../support/standin.js';

let standIn: TestStandIn;
let token: string;
useStandIn((started) => ({ standIn, token } = started));

describe('The request log', () => {
  it('should print the raw path, so a %0A in the URL cannot forge a log line', async () => {
    const before = standIn.logLines.length;
    const forged = '/auth/user/%0AGET%20/forged%20200%201.0ms';
    await standIn.call({ method: 'GET', path: forged, token });
    const printed = standIn.logLines.slice(before).join('\n').split('\n');
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/^GET \/auth\/user\/%0AGET%20\/forged%20200%201\.0ms 404 [\d.]+ms$/);
  });

  it('should escape control characters that reach it unencoded', () => {
    expect(loggablePath('http://127.0.0.1:8000/a\nb\u0007c?x=\n')).toBe('/a\\x0ab\\x07c');
  });

  it('should end the path at the query or the fragment, whichever comes first', () => {
    expect(loggablePath('http://127.0.0.1:8000/a/b/?x=1#y')).toBe('/a/b/');
    expect(loggablePath('http://127.0.0.1:8000/a#y?x=1')).toBe('/a');
    expect(loggablePath('http://127.0.0.1:8000')).toBe('/');
    expect(loggablePath('http://127.0.0.1:8000/?x')).toBe('/');
  });
});

/** The methods a path serves, read off the published document: DRF's Allow for that path. */
function publishedAllow(template: string): string[] {
  const declared = Object.keys((PUBLISHED_OPENAPI.paths as Record<string, object>)[template] ?? {});
  const methods = new Set([...declared.map((m) => m.toUpperCase()), 'OPTIONS']);
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}
const allowOf = (res: Awaited<ReturnType<TestStandIn['call']>>) =>
  res.ok ? (res.headers.allow ?? '').split(/,\s*/).sort() : [];
const concrete = (template: string) => template.replace(/\{[^}]+\}/, KYRIAN.id);

describe('Methods (RFC 9110, as DRF answers them)', () => {
  const templates = Object.keys(PUBLISHED_OPENAPI.paths as object).filter(
    (path) => !path.startsWith('/__mock/'),
  );

  it('should send Allow with every 405, listing the methods the path serves', async () => {
    expect(templates.length).toBeGreaterThan(8);
    for (const template of templates) {
      const res = await standIn.call({ method: 'DELETE', path: concrete(template), token });
      expectStatus(res, 405);
      expect(allowOf(res), template).toEqual(publishedAllow(template));
    }
  });

  it('should send Allow with a 405 forced by Prefer: code=405', async () => {
    const res = await standIn.call({
      method: 'GET',
      path: '/auth/user/',
      token,
      headers: { prefer: 'code=405' },
    });
    expectStatus(res, 405);
    expect(allowOf(res)).toEqual(publishedAllow('/auth/user/'));
  });

  it('should answer a plain OPTIONS (no CORS preflight) with 200 and Allow', async () => {
    expect(templates.length).toBeGreaterThan(8);
    for (const template of templates) {
      const res = await standIn.call({ method: 'OPTIONS', path: concrete(template), token });
      expectStatus(res, 200);
      expect(allowOf(res), template).toEqual(publishedAllow(template));
    }
    const open = await standIn.call({ method: 'OPTIONS', path: '/auth/login/' });
    expectStatus(open, 200);
    expect(allowOf(open)).toEqual(['OPTIONS', 'POST']);
  });
});

describe('A settings change without an object body (D71)', () => {
  const path = `/exec/user/settings/${KYRIAN.id}/`;
  const json = { 'content-type': 'application/json' };
  const cases: [method: string, body: string | undefined, status: number, message: unknown][] = [
    ['GET', undefined, 200, null],
    ['GET', 'null', 200, null],
    ['GET', '{}', 200, 'User settings updated successfully'],
    ['GET', '[]', 400, expect.stringMatching(/^Invalid request body/)],
    ['GET', '"is_active"', 400, expect.stringMatching(/^Invalid request body/)],
    ['GET', 'true', 400, expect.stringMatching(/^Invalid request body/)],
    ...['POST', 'PUT', 'PATCH'].flatMap(
      (method): [string, string | undefined, number, unknown][] => [
        [method, undefined, 400, SETTINGS_BODY_REQUIRED],
        [method, 'null', 400, expect.stringMatching(/^Invalid request body/)],
        [method, '[{"is_active":true}]', 400, expect.stringMatching(/^Invalid request body/)],
        [method, '5', 400, expect.stringMatching(/^Invalid request body/)],
        [method, '{}', 200, 'User settings updated successfully'],
      ],
    ),
  ];
  for (const [method, body, status, message] of cases)
    it(`should answer ${method} with body ${body ?? '(none)'} with ${status}`, async () => {
      const res = await standIn.call({ method, path, token, body, headers: json });
      expect(expectStatus(res, status)).toMatchObject({ message, success: status === 200 });
    });
});

describe('UUIDs as Django reads them (D73)', () => {
  const upper = (id: string) => id.toUpperCase();

  it('should find a conversation and settings by an upper-case UUID', async () => {
    const lower = expectStatus(
      await standIn.call({ method: 'GET', path: `/chat/messages/${KYRIAN.id}/`, token }),
      200,
    );
    const shouted = expectStatus(
      await standIn.call({ method: 'GET', path: `/chat/messages/${upper(KYRIAN.id)}/`, token }),
      200,
    );
    expect(shouted).toEqual(lower);
    const settings = expectStatus(
      await standIn.call({
        method: 'GET',
        path: `/exec/user/settings/${upper(KYRIAN.id)}/`,
        token,
      }),
      200,
    );
    expect(settings).toMatchObject({ entity: { user: { id: KYRIAN.id } } });
  });

  it('should deliver a frame whose receiver_id is upper-case', async () => {
    const kyrian = await standIn.socket((await standIn.login(KYRIAN.email)).token);
    const udo = await standIn.socket(token);
    udo.send(
      JSON.stringify({
        action: 'chat_message',
        message_body: 'LOUD',
        receiver_id: upper(KYRIAN.id),
      }),
    );
    const frame = await kyrian.waitForFrame(() => true, 3000);
    expect(frame).toMatchObject({ message_body: 'LOUD', receiver_id: KYRIAN.id });
    expect(udo.frames).toEqual([]);
  });

  it('should answer a malformed settings user_id with the documented "Invalid user"', async () => {
    for (const id of ['nope', '1', `${KYRIAN.id}x`, KYRIAN.id.replaceAll('-', '')]) {
      const body = expectStatus(
        await standIn.call({ method: 'GET', path: `/exec/user/settings/${id}/`, token }),
        400,
      );
      expect(body, id).toEqual(failure(INVALID_USER));
    }
  });

  it('should accept exactly the path ids the published pattern accepts', async () => {
    const candidates = [
      KYRIAN.id,
      upper(KYRIAN.id),
      `${KYRIAN.id.slice(0, 14)}${upper(KYRIAN.id.slice(14))}`,
      KYRIAN.id.replaceAll('-', ''),
      `urn:uuid:${KYRIAN.id}`,
      `{${KYRIAN.id}}`,
      ` ${KYRIAN.id}`,
      `${KYRIAN.id.slice(0, -1)}g`,
    ];
    for (const [template, param, readsAsUser] of [
      ['/chat/messages/{uid}/', 'uid', 200],
      ['/exec/user/settings/{user_id}/', 'user_id', 200],
    ] as const) {
      const parameters = (
        (PUBLISHED_OPENAPI.paths as Record<string, { get: { parameters: { name: string }[] } }>)[
          template
        ]?.get.parameters ?? []
      ).map((p) => p.name);
      const at = `${pointer('paths', template, 'get', 'parameters', String(parameters.indexOf(param)))}/schema`;
      for (const id of candidates) {
        const published = validateAt('openapi', at, id).length === 0;
        const path = template.replace(`{${param}}`, encodeURIComponent(id));
        const res = await standIn.call({ method: 'GET', path, token });
        expect(res.ok && res.status === readsAsUser, `${template} ${id}`).toBe(published);
      }
    }
  });
});
