import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '../../src/docs/close-codes.js';
import { type Browser, type BrowserTab, hasChromium, launchChromium } from '../support/chromium.js';
import { type TestStandIn, UDO, useStandIn } from '../support/standin.js';

let standIn: TestStandIn;
useStandIn(
  (started) => ({ standIn } = started),
  {},
  { otherClients: 'Chromium running the /docs/ws console' },
);

const inPaneA = (body: string) =>
  `(() => { const pane = document.getElementById('pane-a'); ${body} })()`;

describe.skipIf(!hasChromium)('Close codes on /docs/ws, in headless Chromium', () => {
  let browser: Browser;
  let tab: BrowserTab;
  beforeAll(async () => {
    browser = await launchChromium();
    tab = await browser.newTab();
    await tab.goto(`${standIn.url}/docs/ws`);
    await tab.waitFor(`document.getElementById('console').dataset.ready`);
    await tab.evaluate(inPaneA(`pane.querySelector('[data-form="login"]').requestSubmit();`));
    await tab.waitFor(
      inPaneA(`return pane.querySelector('.state').dataset.state === 'logged-in';`),
    );
  }, 30_000);
  afterAll(() => browser?.close());

  it('should explain every close code the reference lists, 4000–4999 included', async () => {
    const rows = await tab.evaluate<string[]>(
      `[...document.querySelectorAll('#close-codes tbody th')].map((th) => th.textContent)`,
    );
    expect(rows).toEqual(['1000', '1001', '1006', '1009', '1011', '1012', '1013', '4000–4999']);
    expect(rows).toEqual(CLOSE_CODES.map(({ code }) => code));
  });

  it.each([1001, 1011, 1012, 4001])(
    'should name %i in the console as the reference does when a control closes the socket',
    async (code) => {
      await tab.evaluate(inPaneA(`pane.querySelector('[data-action="connect"]').click();`));
      await tab.waitFor(inPaneA(`return pane.querySelector('.state').dataset.state === 'open';`));
      await standIn.call({
        method: 'POST',
        path: '/__mock/sockets/close',
        body: { user_id: UDO.id, code },
      });
      const line = await tab.waitFor<string>(
        inPaneA(
          `const e = [...pane.querySelectorAll('.entry.event')].map((x) => x.textContent)
             .filter((t) => t.includes('closed ${code} ')); return e.at(-1);`,
        ),
      );
      const key = code >= 4000 ? '4000–4999' : String(code);
      const short = CLOSE_CODES.find((entry) => entry.code === key)?.short ?? 'missing';
      expect(line).toContain(`closed ${code} (${short})`);
      expect(line).not.toContain('see the close codes above');
    },
  );
});
