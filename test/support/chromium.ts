import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

/** Debian's chromium; `.ci/run` installs it. Browser tests skip where it is missing. */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/** Every host but this machine is unresolvable: a page that needs a CDN breaks visibly. */
export const OFFLINE_RULES = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/** One tab, driven over the DevTools protocol (the part of it these tests need, nothing more). */
export interface BrowserTab {
  goto(url: string): Promise<void>;
  /** Evaluates an expression in the page (awaiting a promise) and answers its JSON value. */
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** Polls an expression until it is truthy; answers its value. */
  waitFor<T = unknown>(expression: string, timeoutMs?: number): Promise<T>;
  /** Presses a key where the focus is, as a user's keyboard would (`Enter` with `Control`). */
  press(key: 'Enter' | 'Tab', modifiers?: { ctrl?: boolean; shift?: boolean }): Promise<void>;
  viewport(width: number, height: number): Promise<void>;
  /** A PNG of the viewport, or of the whole page with `fullPage`. */
  screenshot(fullPage?: boolean): Promise<Buffer>;
}

export interface Browser {
  newTab(): Promise<BrowserTab>;
  close(): Promise<void>;
}

/** What the DevTools protocol answers an evaluation made while the page is being replaced. */
const NAVIGATING = /navigated or closed|context was destroyed|Cannot find context/i;

/** Starts headless Chromium, offline, with a throw-away profile. */
export async function launchChromium(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), '9app-chromium-'));
  const child: ChildProcess = spawn(
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
      '--hide-scrollbars',
      `--user-data-dir=${profile}`,
      OFFLINE_RULES,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`chromium did not start: ${seen}`)), 15_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`chromium exited with ${code}: ${seen}`)));
  });
  const socket = new WebSocket(endpoint, { perMessageDeflate: false });
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));

  let nextId = 1;
  const pending = new Map<number, Pending>();
  const listeners = new Set<(method: string, sessionId?: string) => void>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    if (message.id !== undefined) {
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(JSON.stringify(message.error)));
      else waiter?.resolve(message.result);
    } else for (const listen of listeners) listen(message.method, message.sessionId);
  });
  const send = <T>(method: string, params: object = {}, sessionId?: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      socket.send(JSON.stringify({ id, method, params, sessionId }));
    });
  const nextEvent = (name: string, sessionId: string) =>
    new Promise<void>((resolve) => {
      const listen = (method: string, from?: string) => {
        if (method !== name || from !== sessionId) return;
        listeners.delete(listen);
        resolve();
      };
      listeners.add(listen);
    });

  return {
    async newTab() {
      const { targetId } = await send<{ targetId: string }>('Target.createTarget', {
        url: 'about:blank',
      });
      const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', {
        targetId,
        flatten: true,
      });
      const call = <T>(method: string, params: object = {}) => send<T>(method, params, sessionId);
      await call('Page.enable');
      const tab: BrowserTab = {
        async goto(url) {
          const loaded = nextEvent('Page.loadEventFired', sessionId);
          const { loaderId } = await call<{ loaderId?: string }>('Page.navigate', { url });
          // A jump to another fragment of the same page loads nothing.
          if (loaderId) await loaded;
        },
        async evaluate<T>(expression: string) {
          const { result, exceptionDetails } = await call<{
            result: { value?: unknown };
            exceptionDetails?: { exception?: { description?: string }; text: string };
          }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
          if (exceptionDetails)
            throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
          return result.value as T;
        },
        async waitFor<T>(expression: string, timeoutMs = 5000) {
          const deadline = Date.now() + timeoutMs;
          for (;;) {
            const value = await tab.evaluate<T>(expression).catch((error: Error) => {
              // Asked while a click's navigation swaps the page: not there yet, ask again.
              if (NAVIGATING.test(error.message)) return undefined;
              throw error;
            });
            if (value) return value;
            if (Date.now() > deadline) throw new Error(`timed out waiting for: ${expression}`);
            await new Promise((resolve) => setTimeout(resolve, 25));
          }
        },
        async press(key, { ctrl = false, shift = false } = {}) {
          const code = { Enter: 13, Tab: 9 }[key];
          const event = {
            key,
            code: key,
            windowsVirtualKeyCode: code,
            modifiers: (ctrl ? 2 : 0) | (shift ? 8 : 0),
          };
          await call('Input.dispatchKeyEvent', { type: 'keyDown', ...event });
          await call('Input.dispatchKeyEvent', { type: 'keyUp', ...event });
        },
        async viewport(width, height) {
          await call('Emulation.setDeviceMetricsOverride', {
            width,
            height,
            deviceScaleFactor: 1,
            mobile: width < 600,
          });
        },
        async screenshot(fullPage = false) {
          const { data } = await call<{ data: string }>('Page.captureScreenshot', {
            format: 'png',
            captureBeyondViewport: fullPage,
          });
          return Buffer.from(data, 'base64');
        },
      };
      return tab;
    },
    async close() {
      const exited = new Promise((resolve) =>
        child.exitCode === null ? child.once('exit', resolve) : resolve(null),
      );
      // Browser.close lets Chromium stop its helper processes before it exits; a signal does not.
      await Promise.race([send('Browser.close'), new Promise((r) => setTimeout(r, 2000))]).catch(
        () => {},
      );
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killer);
      socket.close();
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
      } catch {
        // A helper still writing its profile must not fail the tests: it is a temporary folder.
      }
    },
  };
}
