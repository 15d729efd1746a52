import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, hasChromium, launchChromium } from '../support/chromium.js';
import { type TestStandIn, UDO, useStandIn } from '../support/standin.js';

let standIn: TestStandIn;
useStandIn(
  (started) => ({ standIn } = started),
  {},
  { otherClients: 'Chromium fetching under network faults' },
);

const LOGIN = '/auth/login/';

// README "Testing edge states": Chromium resends a request whose reused keep-alive connection
// breaks before any answer (up to twice, measured with Debian's chromium 156), so a network fault
// with `remaining` 1 or 2 never reaches the app. These prove what the README advises instead.
describe.skipIf(!hasChromium)('Network faults as a browser app meets them (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 30_000);
  afterAll(() => browser?.close());

  /** Sets one fault on the login, then logs in from a page that is already loaded (a warm connection). */
  async function logInUnder(effect: object, remaining: number) {
    await standIn.call({ method: 'DELETE', path: '/__mock/faults' });
    await standIn.call({
      method: 'POST',
      path: '/__mock/faults',
      body: { kind: 'http', match: { path: LOGIN }, effect, remaining },
    });
    const tab = await browser.newTab();
    await tab.goto(`${standIn.url}/__mock/config`);
    const body = JSON.stringify({ email: UDO.email, password: 'password123' });
    const seen = await tab.evaluate<string>(
      `fetch(${JSON.stringify(LOGIN)}, { method: 'POST', headers: { 'content-type': 'application/json' },
         body: ${JSON.stringify(body)} }).then((r) => 'status ' + r.status, (e) => e.name + ': ' + e.message)`,
    );
    const left = await standIn.call({ method: 'GET', path: '/__mock/faults' });
    const active = left.ok ? (left.json as { entity: unknown[] }).entity : undefined;
    return { seen, left: active?.length };
  }

  it.each([
    ['reset', 1],
    ['reset', 2],
    ['empty', 1],
    ['empty', 2],
  ])(
    'should never show the app fault=%s with remaining %i: the browser retries it away',
    async (fault, remaining) => {
      expect(await logInUnder({ fault }, remaining)).toEqual({ seen: 'status 200', left: 0 });
    },
  );

  it.each(['reset', 'empty'])(
    'should reach the app with fault=%s and remaining 3',
    async (fault) => {
      expect(await logInUnder({ fault }, 3)).toEqual({
        seen: 'TypeError: Failed to fetch',
        left: 0,
      });
    },
  );

  it('should reach the app at once with a status fault, which no browser retries', async () => {
    expect(await logInUnder({ status: 503 }, 1)).toEqual({ seen: 'status 503', left: 0 });
  });
});
