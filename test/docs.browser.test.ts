import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { type TestStandIn, useStandIn } from './support/standin.js';

const CHROMIUM = '/usr/bin/chromium';
const run = promisify(execFile);

/**
 * The page as a browser renders it, with every host but this machine unresolvable: a docs page
 * that needed a CDN would render empty. `.ci/run` installs Debian's chromium.
 */
async function renderedDom(url: string): Promise<string> {
  const { stdout } = await run(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${mkdtempSync(join(tmpdir(), '9app-chromium-'))}`,
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      '--virtual-time-budget=15000',
      '--dump-dom',
      url,
    ],
    { maxBuffer: 64 * 1024 * 1024, timeout: 60_000 },
  );
  return stdout;
}

let standIn: TestStandIn;
useStandIn(
  (started) => ({ standIn } = started),
  {},
  { otherClients: 'Chromium loading the docs pages' },
);

describe.skipIf(!existsSync(CHROMIUM))('The docs pages in headless Chromium, offline', () => {
  it('should render the API reference from the local bundle', async () => {
    const served = await standIn.call({ method: 'GET', path: '/docs' });
    expect(served.ok && served.text).not.toContain('Log in with email and password');
    const dom = await renderedDom(`${standIn.url}/docs`);
    // Scalar renders the first tag's operations and the sidebar up front, the rest on scrolling.
    for (const text of [
      'Log in with email and password',
      'The logged-in user',
      'Ledger',
      standIn.url,
    ]) {
      expect(dom).toContain(text);
    }
    // Nothing on the page offers to reach Scalar's cloud.
    expect(dom).not.toContain('Ask AI');
    expect(dom).not.toContain('Developer Tools');
  }, 90_000);

  it('should render the socket page', async () => {
    const dom = await renderedDom(`${standIn.url}/docs/ws`);
    expect(dom).toContain('re_message (server to receiver)');
    expect(dom).toContain('/chat/room/ws/?token=');
  }, 90_000);
});
