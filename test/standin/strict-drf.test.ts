import { describe, expect, it } from 'vitest';
import { DJANGO_NOT_FOUND } from '../../src/http/not-found.js';
import {
  expectStatus,
  KYRIAN,
  PASSWORD,
  type TestStandIn,
  UDO,
  useStandIn,
} from '../support/standin.js';

let standIn: TestStandIn;
let token: string;
useStandIn((started) => ({ standIn, token } = started), { strict: true });

const JSON_TYPE = { 'content-type': 'application/json' };
const deviation = (res: Awaited<ReturnType<TestStandIn['call']>>) =>
  res.ok ? res.headers['x-standin-deviation'] : undefined;

describe('--strict: where the docs show no body, what DRF and Django answer', () => {
  it("should answer a malformed JSON login with DRF's ParseError body", async () => {
    const res = await standIn.call({
      method: 'POST',
      path: '/auth/login/',
      headers: JSON_TYPE,
      body: 'not json',
    });
    expect(expectStatus(res, 400)).toEqual({
      detail: 'JSON parse error - Expecting value: line 1 column 1 (char 0)',
    });
    expect(deviation(res)).toBe(
      "D122; the docs show no body for a malformed request: DRF's ParseError",
    );
  });

  it('should keep the documented body for a login missing a field', async () => {
    const res = await standIn.call({
      method: 'POST',
      path: '/auth/login/',
      body: { email: UDO.email },
    });
    expect(expectStatus(res, 400)).toEqual({
      status: 'failure',
      entity: null,
      message: 'Email and password are required',
      success: false,
    });
    expect(deviation(res)).toBeUndefined();
  });

  it("should answer a mistyped login field with DRF's field errors", async () => {
    const res = await standIn.call({
      method: 'POST',
      path: '/auth/login/',
      body: { email: 5, password: PASSWORD },
    });
    expect(expectStatus(res, 400)).toEqual({ email: ['Not a valid string.'] });
    expect(deviation(res)).toContain('D122');
  });

  it("should answer a mistyped settings flag with DRF's field errors", async () => {
    const res = await standIn.call({
      method: 'GET',
      path: `/exec/user/settings/${KYRIAN.id}/`,
      token,
      body: { can_withdraw: 'maybe' },
    });
    expect(expectStatus(res, 400)).toEqual({ can_withdraw: ['Must be a valid boolean.'] });
  });

  it("should answer a route the docs do not list with Django's HTML 404 (DEBUG off)", async () => {
    const res = await standIn.call({ method: 'GET', path: '/chat/no-such-route/', token });
    expectStatus(res, 404);
    expect(res.ok && res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.ok && res.text).toBe(DJANGO_NOT_FOUND);
    expect(deviation(res)).toContain('D123');
  });

  it("should log in with a form-encoded or multipart body, as DRF's default parsers read them", async () => {
    const form = await standIn.call({
      method: 'POST',
      path: '/auth/login/',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: UDO.email, password: PASSWORD }).toString(),
    });
    expect(expectStatus(form, 200)).toMatchObject({ entity: { user: { id: UDO.id } } });
    expect(deviation(form)).toBeUndefined();
    const boundary = 'standin-boundary';
    const part = (name: string, value: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    const multipart = await standIn.call({
      method: 'POST',
      path: '/auth/login/',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: `${part('email', UDO.email)}${part('password', PASSWORD)}--${boundary}--\r\n`,
    });
    expect(expectStatus(multipart, 200)).toMatchObject({ entity: { user: { id: UDO.id } } });
  });
});
