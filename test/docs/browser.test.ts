import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type BrowserTab, hasChromium, launchChromium } from '../support/chromium.js';
import { KYRIAN, type TestStandIn, UDO, useStandIn } from '../support/standin.js';

/** Set DOCS_SCREENSHOTS=/tmp/shots to keep PNGs of the pages as the test sees them. */
const SHOTS = process.env.DOCS_SCREENSHOTS;
async function keepScreenshot(tab: BrowserTab, name: string, scrollTo?: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  if (scrollTo) await tab.evaluate(`document.getElementById('${scrollTo}').scrollIntoView()`);
  writeFileSync(join(SHOTS, `${name}.png`), await tab.screenshot());
}

/** A statement run inside one pane of the console (`pane` is its root element). */
const inPane = (id: 'a' | 'b', body: string) =>
  `(() => { const pane = document.getElementById('pane-${id}'); ${body} })()`;

const fill = (id: 'a' | 'b', name: string, value: string) =>
  inPane(
    id,
    `const input = pane.querySelector('[name="${name}"]'); input.value = ${JSON.stringify(value)};
     input.dispatchEvent(new Event('input', { bubbles: true })); return true;`,
  );

const frames = (id: 'a' | 'b', selector = '.entry') =>
  inPane(id, `return [...pane.querySelectorAll('${selector}')].map((e) => e.textContent);`);

let standIn: TestStandIn;
useStandIn(
  (started) => ({ standIn } = started),
  {},
  { otherClients: 'Chromium loading the docs pages' },
);

describe.skipIf(!hasChromium)('The docs pages in headless Chromium, offline', () => {
  let browser: Browser;
  let tab: BrowserTab;
  beforeAll(async () => {
    browser = await launchChromium();
    tab = await browser.newTab();
  }, 30_000);
  afterAll(() => browser?.close());

  it('should carry a message from one pane to the other and highlight an error frame', async () => {
    await tab.viewport(1280, 800);
    await tab.goto(`${standIn.url}/docs/ws`);
    await keepScreenshot(tab, 'ws-reference-1280');
    await tab.waitFor(`document.getElementById('console').dataset.ready`);

    // Both documented people log in (the seed password is filled in for them) and connect.
    for (const id of ['a', 'b'] as const) {
      await tab.evaluate(inPane(id, `pane.querySelector('[data-form="login"]').requestSubmit();`));
      await tab.waitFor(
        inPane(id, `return pane.querySelector('.state').dataset.state === 'logged-in';`),
      );
      await tab.evaluate(inPane(id, `pane.querySelector('[data-action="connect"]').click();`));
    }
    for (const id of ['a', 'b'] as const)
      await tab.waitFor(
        inPane(id, `return pane.querySelector('.state').dataset.state === 'open';`),
      );
    // The receiver list is filled from the API, without the logged-in person.
    const receivers = await tab.evaluate<string[]>(
      inPane('a', `return [...pane.querySelectorAll('datalist option')].map((o) => o.value);`),
    );
    expect(receivers).toContain(KYRIAN.id);
    expect(receivers).not.toContain(UDO.id);

    await tab.evaluate(fill('a', 'receiver_id', KYRIAN.id));
    await tab.evaluate(fill('a', 'message_body', 'hello from pane A'));
    // Sent from the keyboard: Ctrl+Enter in the message field.
    await tab.evaluate(inPane('a', `pane.querySelector('[name="message_body"]').focus();`));
    await tab.press('Enter', { ctrl: true });
    const received = await tab.waitFor<string>(
      inPane(
        'b',
        `const text = [...pane.querySelectorAll('.entry.in')].map((e) => e.textContent).join('');
         return text.includes('hello from pane A') && text;`,
      ),
    );
    expect(received).toContain('"action": "re_message"');
    expect(received).toContain(UDO.id);
    // No echo to the sender (D19).
    expect((await tab.evaluate<string[]>(frames('a', '.entry.in'))).join('')).not.toContain(
      're_message',
    );

    // Invalid input is shown before anything is sent.
    const sentBefore = (await tab.evaluate<string[]>(frames('a', '.entry.out'))).length;
    await tab.evaluate(fill('a', 'receiver_id', 'not-a-uuid'));
    await tab.evaluate(fill('a', 'message_body', ''));
    await tab.evaluate(
      inPane('a', `pane.querySelector('[data-form="composer"]').requestSubmit();`),
    );
    const problems = await tab.evaluate<string>(
      inPane('a', `return pane.querySelector('.problems').textContent;`),
    );
    expect(problems).toContain('receiver_id must be a UUID');
    expect(problems).toContain('message_body must not be empty');
    expect(await tab.evaluate<string[]>(frames('a', '.entry.out'))).toHaveLength(sentBefore);

    // A well-formed id nobody has: the server's error frame, highlighted.
    await tab.evaluate(fill('a', 'receiver_id', '0f0f0f0f-0000-4000-8000-000000000000'));
    await tab.evaluate(fill('a', 'message_body', 'anyone there?'));
    await tab.evaluate(
      inPane('a', `pane.querySelector('[data-form="composer"]').requestSubmit();`),
    );
    const highlighted = await tab.waitFor<{ text: string; background: string }>(
      inPane(
        'a',
        `const entry = pane.querySelector('.entry.in.error');
         return entry && { text: entry.textContent, background: getComputedStyle(entry).backgroundColor };`,
      ),
    );
    expect(highlighted.text).toContain('unknown_receiver');
    expect(highlighted.background).not.toBe('rgba(0, 0, 0, 0)');
    await keepScreenshot(tab, 'ws-console-after-exchange-1280', 'console');

    // The browser snippet, exactly as the page shows it, reaches the other pane too.
    await tab.evaluate(
      `(0, eval)('(async () => {' + document.getElementById('snippet-browser-code').textContent + '})()')`,
    );
    await tab.waitFor(
      inPane(
        'b',
        `return [...pane.querySelectorAll('.entry.in')].some((e) => e.textContent.includes('hello there'));`,
      ),
    );

    // Logging out leaves no token anywhere in the page: markup or field values.
    for (const id of ['a', 'b'] as const)
      await tab.evaluate(inPane(id, `pane.querySelector('[data-action="logout"]').click();`));
    expect(
      await tab.evaluate(
        inPane('a', `return pane.querySelector('[data-action="connect"]').offsetParent === null;`),
      ),
      'the session buttons are hidden once logged out',
    ).toBe(true);
    const leftovers = await tab.evaluate<string>(
      `document.documentElement.outerHTML + [...document.querySelectorAll('input, textarea')].map((e) => e.value).join(' ')`,
    );
    expect(leftovers).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
  }, 30_000);

  it('should fit the reference and the decisions in a 400 px wide phone screen', async () => {
    await tab.viewport(400, 800);
    for (const [path, name] of [
      ['/docs/ws', 'ws-400'],
      ['/docs/decisions', 'decisions-400'],
    ] as const) {
      await tab.goto(`${standIn.url}${path}`);
      const { scrollWidth, innerWidth } = await tab.evaluate<{
        scrollWidth: number;
        innerWidth: number;
      }>(`({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })`);
      expect(scrollWidth, path).toBeLessThanOrEqual(innerWidth);
      await keepScreenshot(tab, name);
    }
    await tab.viewport(1280, 800);
    await tab.goto(`${standIn.url}/docs/decisions`);
    await keepScreenshot(tab, 'decisions-1280');
  }, 30_000);

  it('should render the API reference from the local bundle', async () => {
    const served = await standIn.call({ method: 'GET', path: '/docs' });
    expect(served.ok && served.text).not.toContain('Log in with email and password');
    await tab.viewport(1280, 800);
    await tab.goto(`${standIn.url}/docs`);
    // Scalar renders the first tag's operations and the sidebar up front, the rest on scrolling.
    const dom = await tab.waitFor<string>(
      `document.body.innerText.includes('The logged-in user') && document.documentElement.outerHTML`,
      10_000,
    );
    for (const text of ['Log in with email and password', 'Ledger', standIn.url]) {
      expect(dom).toContain(text);
    }
    // Nothing on the page offers to reach Scalar's cloud.
    expect(dom).not.toContain('Ask AI');
    expect(dom).not.toContain('Developer Tools');
  }, 30_000);

  it("should show the stand-in's controls as a second document on the same page (D143)", async () => {
    await tab.viewport(1280, 800);
    // `/docs/`, not `/docs`: the previous test left the tab on `/docs`, and a new fragment alone
    // would not load the page again.
    await tab.goto(`${standIn.url}/docs/#controls/tag/stand-in-controls/POST/__mock/faults`);
    const text = await tab.waitFor<string>(
      `document.body.innerText.includes('Make HTTP requests or sockets misbehave') && document.body.innerText`,
      10_000,
    );
    expect(text).toContain('Reset the data to the seed');
  }, 30_000);

  it('should open a decision from a link in the API reference', async () => {
    await tab.viewport(1280, 800);
    await tab.goto(`${standIn.url}/docs/`);
    // The introduction links the other pages and says how this stand-in runs.
    await tab.waitFor(`document.querySelector('a[href="/docs/ws"]')`, 10_000);
    expect(await tab.evaluate<string>('document.body.innerText')).toContain('runs lenient');
    const link = 'a[href="/docs/decisions#D23"]';
    await tab.waitFor(`document.querySelector('${link}')`, 10_000);
    await tab.evaluate(`document.querySelector('${link}').click()`);
    const target = await tab.waitFor<{ id: string; text: string }>(
      `location.pathname === '/docs/decisions' && document.querySelector(':target') &&
       { id: document.querySelector(':target').id, text: document.querySelector(':target').innerText }`,
    );
    expect(target.id).toBe('D23');
    expect(target.text).toContain('POST /auth/login/');

    // And back: a decision's "Cited by" link opens /docs scrolled to that operation.
    await tab.goto(`${standIn.url}/docs/decisions#D7`);
    await tab.evaluate(`document.querySelector('#D7 a[href$="/exec/coin/enable/"]').click()`);
    const top = await tab.waitFor<number>(
      `(() => { const op = document.getElementById('api/tag/exec/GET/exec/coin/enable/');
         return op && Math.abs(op.getBoundingClientRect().top) < 80 && window.scrollY > 0 && window.scrollY; })()`,
      10_000,
    );
    expect(top).toBeGreaterThan(0);
  }, 30_000);
});
