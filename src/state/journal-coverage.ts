import type { CoverageExchange } from '../../spec/coverage/exchange.js';
import { frameOfText } from '../../spec/coverage/exchange-reading.js';
import { CoverageAccumulator } from '../../spec/coverage/model.js';
import { COVERAGE_DIMENSION_NAMES, type Coverage } from '../../spec/schemas/coverage.js';
import type { JournalEntry } from '../../spec/schemas/mock.js';

/** What the journal cannot show the model (D138): it keeps requests, not response bodies (D54). */
const JOURNAL_BLIND_SPOTS = {
  response_fields: 'the stand-in journal keeps no response bodies (D140)',
};

/** A frame's text as the model reads it: parsed JSON, or the text itself when it is not JSON. */
const jsonOrText = (text: string | null): unknown => (text === null ? '' : frameOfText(text));

/** A journal entry as a coverage exchange; undefined for events that are none (open, refused…). */
export function coverageExchangeOf(entry: JournalEntry): CoverageExchange | undefined {
  if (entry.kind === 'http')
    return {
      kind: 'http',
      method: entry.method,
      path: entry.path,
      status: entry.status ?? 0,
      query: entry.query,
      ...(entry.body === null ? {} : { requestBody: entry.body }),
    };
  if (entry.event === 'frame_in')
    return { kind: 'frame', from: 'client', frame: jsonOrText(entry.data) };
  if (entry.event === 'frame_out')
    return { kind: 'frame', from: 'server', frame: jsonOrText(entry.data) };
  if (entry.event === 'close' && entry.code !== null) return { kind: 'close', code: entry.code };
  return undefined;
}

/**
 * The journal's coverage (D140). The ring forgets old entries, coverage must not: an entry is
 * folded into the model when it leaves the ring, or when coverage is asked for, whichever comes
 * first, so recording stays as cheap as before and each entry is counted once.
 */
export class JournalCoverage {
  /** Built on first use: reading the documents and building the model took 50–80 ms (measured),
   *  a pause a stand-in whose coverage nobody asks for should never spend. */
  #model: CoverageAccumulator | undefined;
  /** The highest entry id folded; entries up to it are in the model. */
  #through = 0;

  /** Folds one entry unless it already is; its exchange is built only when it is not. */
  fold(id: number, exchangeOf: () => CoverageExchange | undefined): void {
    if (id <= this.#through) return;
    this.#through = id;
    const exchange = exchangeOf();
    if (exchange) this.#modelNow().add(exchange);
  }

  /** The model with `pending` (the entries still in the ring) folded in. */
  snapshot(
    pending: Array<{ id: number; exchange: () => CoverageExchange | undefined }>,
    journalOff: boolean,
  ): Coverage {
    for (const { id, exchange } of [...pending].sort((a, b) => a.id - b.id))
      this.fold(id, exchange);
    if (!journalOff) return this.#modelNow().snapshot();
    const off = 'the journal is off (--journal 0): nothing was recorded';
    return new CoverageAccumulator({
      unmeasured: Object.fromEntries(COVERAGE_DIMENSION_NAMES.map((name) => [name, off])),
    }).snapshot();
  }

  /** Forgets every exchange; entries up to `through` are gone from the ring too. */
  clear(through: number): void {
    this.#model?.reset();
    this.#through = through;
  }

  #modelNow(): CoverageAccumulator {
    this.#model ??= new CoverageAccumulator({ unmeasured: JOURNAL_BLIND_SPOTS });
    return this.#model;
  }
}
