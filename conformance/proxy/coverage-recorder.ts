import type { CoverageExchange } from './traffic.js';

/** Exchanges kept for coverage; past it the oldest go (a long session must not grow without end). */
const KEPT = 50_000;
/** Bodies larger than this are recorded without their body: coverage needs fields, not megabytes. */
const BODY_CHARS = 64 * 1024;

/** Parses a body for coverage: JSON, or undefined when it is none, too large, or not JSON. */
export function bodyForCoverage(text: string): unknown {
  if (text === '' || text.length > BODY_CHARS) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Every exchange the proxy forwarded, in the coverage model's input shape. */
export class CoverageRecorder {
  #exchanges: CoverageExchange[] = [];
  #dropped = 0;

  record(exchange: CoverageExchange): void {
    this.#exchanges.push(exchange);
    if (this.#exchanges.length > KEPT * 1.1) {
      this.#dropped += this.#exchanges.length - KEPT;
      this.#exchanges = this.#exchanges.slice(-KEPT);
    }
  }

  exchanges(): readonly CoverageExchange[] {
    return this.#exchanges;
  }

  /** How many exchanges were let go to keep the bound. */
  get dropped(): number {
    return this.#dropped;
  }
}
