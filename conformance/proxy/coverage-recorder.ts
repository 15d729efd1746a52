import type { CoverageExchange } from '../../spec/coverage/exchange.js';
import { CoverageAccumulator } from '../../spec/coverage/model.js';
import type { Coverage } from '../../spec/schemas/coverage.js';

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

/**
 * Every exchange the proxy forwarded, folded into the one coverage model as it flows: the model
 * keeps counts, not exchanges, so a long session stays small.
 */
export class CoverageRecorder {
  readonly #model = new CoverageAccumulator();

  record(exchange: CoverageExchange): void {
    this.#model.add(exchange);
  }

  snapshot(): Coverage {
    return this.#model.snapshot();
  }
}
