import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, hasChromium, launchChromium } from '../support/chromium.js';
import { type TestStandIn, useStandIn } from '../support/standin.js';

let standIn: TestStandIn;
useStandIn(
  (started) => ({ standIn } = started),
  {},
  { otherClients: 'Chromium loading the docs pages' },
);

describe.skipIf(!hasChromium)('Details of the docs pages, in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 30_000);
  afterAll(() => browser?.close());

  it('should never make the browser ask for a favicon that is a 404', async () => {
    for (const path of ['/docs', '/docs/ws', '/docs/decisions']) {
      const tab = await browser.newTab();
      await tab.goto(`${standIn.url}${path}`);
      // What keeps the browser from asking: the page names its icon (an empty data: URL).
      expect(
        await tab.evaluate<string | null>(
          `document.querySelector('link[rel~="icon"]')?.getAttribute('href') ?? null`,
        ),
        path,
      ).toBe('data:,');
      // The icon is asked for after the load event; the journal shows it once it is answered.
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const asked = await standIn.call({ method: 'GET', path: '/__mock/requests?kind=http' });
    const paths = asked.ok ? (asked.json as { entity: { path: string }[] }).entity : [];
    expect(paths.map((entry) => entry.path)).not.toContain('/favicon.ico');
    expect(standIn.logLines.filter((line) => line.includes(' 404 '))).toEqual([]);
  });

  it('should show each decision with its title, in the index and on its card', async () => {
    const tab = await browser.newTab();
    await tab.goto(`${standIn.url}/docs/decisions`);
    const seen = await tab.evaluate<{ index: string; card: string; visible: boolean }>(
      `(() => {
        const item = document.querySelector('.index a[href="#D52"]').parentElement;
        return { index: item.innerText, card: document.querySelector('#D52 h2').innerText,
          visible: item.querySelector('span').getBoundingClientRect().width > 0 };
      })()`,
    );
    expect(seen).toEqual({
      index: expect.stringMatching(/^D52\s+Close codes for stand-in socket closes$/),
      card: expect.stringMatching(/^D52\s+Close codes for stand-in socket closes$/),
      visible: true,
    });
  });
});
