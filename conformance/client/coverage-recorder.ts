import { AsyncLocalStorage } from 'node:async_hooks';
import { frameOfText } from '../../spec/coverage/exchange-reading.js';
import { CoverageAccumulator } from '../../spec/coverage/model.js';
import type { Coverage } from '../../spec/schemas/coverage.js';

/**
 * What a run's clients touched of the contract (D141): the HTTP client and the socket client hand
 * every exchange they make to the recorder of the run that is going on, and nothing else knows.
 */
export class CoverageRecorder {
  readonly #model = new CoverageAccumulator();
  /** The base URL's path (`/api` for `https://host/api/`): a prefix, not part of the contract path. */
  readonly #prefix: string;

  constructor(baseUrl: string) {
    let prefix = '';
    try {
      prefix = new URL(baseUrl).pathname.replace(/\/+$/, '');
    } catch {}
    this.#prefix = prefix;
  }

  /** One HTTP call; `status` 0 when no answer came. */
  http(call: {
    method: string;
    url: string;
    body?: string;
    status: number;
    responseBody?: unknown;
  }): void {
    let url: URL;
    try {
      url = new URL(call.url);
    } catch {
      return; // never sent: nothing was exercised
    }
    const path = url.pathname.startsWith(`${this.#prefix}/`)
      ? url.pathname.slice(this.#prefix.length)
      : url.pathname;
    this.#model.add({
      kind: 'http',
      method: call.method,
      path,
      status: call.status,
      query: Object.fromEntries(url.searchParams),
      ...(call.body === undefined ? {} : { requestBody: call.body }),
      ...(call.responseBody === undefined ? {} : { responseBody: call.responseBody }),
    });
  }

  frame(from: 'client' | 'server', text: string): void {
    this.#model.add({ kind: 'frame', from, frame: frameOfText(text) });
  }

  close(code: number): void {
    this.#model.add({ kind: 'close', code });
  }

  snapshot(): Coverage {
    return this.#model.snapshot();
  }
}

const current = new AsyncLocalStorage<CoverageRecorder>();

/** Runs `work` with every exchange it causes counted by `recorder`. */
export const recordCoverage = <T>(recorder: CoverageRecorder, work: () => Promise<T>): Promise<T> =>
  current.run(recorder, work);

/** The recorder of the run going on, if any. Capture it when a call starts: answers come later. */
export const currentCoverage = (): CoverageRecorder | undefined => current.getStore();
