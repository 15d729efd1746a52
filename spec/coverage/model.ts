import {
  COVERAGE_DIMENSION_NAMES,
  type Coverage,
  type CoverageDimensionName,
} from '../schemas/coverage.js';
import type { CoverageExchange, FrameCoverageExchange, HttpCoverageExchange } from './exchange.js';
import { actionOf, parsed, queryOf } from './exchange-reading.js';
import { matchTemplate, type PathTemplate, pathOnly } from './path-template.js';
import { fieldsSeen } from './schema-fields.js';
import { dimensionItems, snapshotOf } from './snapshot.js';
import { Tally } from './tally.js';
import {
  type CoverageUniverse,
  contractUniverse,
  isControlPath,
  type OperationUniverse,
} from './universe.js';

export interface CoverageOptions {
  /** What can be covered; the contract's own documents when absent. */
  universe?: CoverageUniverse;
  /** Dimensions the source cannot see, with why: the journal keeps no response bodies. */
  unmeasured?: Partial<Record<CoverageDimensionName, string>>;
}

/** A client's ordinary goodbye (RFC 6455 §7.4.1): neither the contract's close nor a break (D139). */
const ORDINARY_CLOSES = new Set([1000, 1005]);

const MATCH_MEMO_LIMIT = 2_000;

/** Every path the contract declares, with its operations by method. */
interface PathEntry {
  template: PathTemplate;
  byMethod: Map<string, OperationUniverse>;
}

/**
 * Coverage accumulated one exchange at a time: the proxy feeds it as traffic flows, the other
 * sources all at once (`coverageOf`). It knows no source, only `CoverageExchange`.
 *
 * @example
 * const coverage = new CoverageAccumulator();
 * coverage.add({ kind: 'http', method: 'POST', path: '/auth/login/', status: 200 });
 * coverage.snapshot().dimensions.operations.hit; // [{ item: 'POST /auth/login/', count: 1 }]
 */
export class CoverageAccumulator {
  readonly #universe: CoverageUniverse;
  readonly #unmeasured: Partial<Record<CoverageDimensionName, string>>;
  readonly #paths: PathEntry[];
  readonly #items: Record<CoverageDimensionName, string[]>;
  readonly #tallies = Object.fromEntries(
    COVERAGE_DIMENSION_NAMES.map((name) => [name, new Tally()]),
  ) as Record<CoverageDimensionName, Tally>;
  #counts = { http: 0, frames: 0, closes: 0, controls: 0 };

  constructor(options: CoverageOptions = {}) {
    this.#universe = options.universe ?? contractUniverse();
    this.#unmeasured = options.unmeasured ?? {};
    const byTemplate = new Map<string, PathEntry>();
    for (const operation of this.#universe.operations) {
      const entry = byTemplate.get(operation.template.template) ?? {
        template: operation.template,
        byMethod: new Map(),
      };
      entry.byMethod.set(operation.method, operation);
      byTemplate.set(operation.template.template, entry);
    }
    this.#paths = [...byTemplate.values()];
    this.#items = dimensionItems(this.#universe);
  }

  add(exchange: CoverageExchange): void {
    if (exchange.kind === 'http') this.#addHttp(exchange);
    else if (exchange.kind === 'frame') this.#addFrame(exchange);
    else {
      this.#counts.closes++;
      // The contract's close codes are the server's; a browser's 1001 on navigation covers none.
      if (exchange.from === 'client' || ORDINARY_CLOSES.has(exchange.code)) return;
      const code = String(exchange.code);
      if (this.#universe.closeCodes.includes(exchange.code)) this.#tallies.close_codes.hit(code);
      else this.#tallies.close_codes.undocumentedSeen(code);
    }
  }

  #addHttp(exchange: HttpCoverageExchange): void {
    const path = pathOnly(exchange.path);
    if (isControlPath(path)) {
      this.#counts.controls++;
      return;
    }
    this.#counts.http++;
    const method = exchange.method.toUpperCase();
    const entry = this.#entryOf(path);
    // Django answers HEAD wherever it answers GET.
    const operation =
      entry?.byMethod.get(method) ?? (method === 'HEAD' ? entry?.byMethod.get('GET') : undefined);
    const tallies = this.#tallies;
    if (!operation) {
      tallies.operations.undocumentedSeen(`${method} ${entry?.template.template ?? path}`);
      return;
    }
    tallies.operations.hit(operation.label);
    if (exchange.status > 0) {
      const item = `${operation.label} ${exchange.status}`;
      if (operation.statuses.includes(exchange.status)) tallies.statuses.hit(item);
      else tallies.statuses.undocumentedSeen(item);
    }
    for (const name of Object.keys(exchange.query ?? queryOf(exchange.path))) {
      const item = `${operation.label} ?${name}`;
      if (operation.queryParams.includes(`?${name}`)) tallies.request_fields.hit(item);
      else tallies.request_fields.undocumentedSeen(item);
    }
    this.#fields(
      'request_fields',
      operation.label,
      operation.requestShape,
      parsed(exchange.requestBody),
    );
    if (exchange.responseBody !== undefined)
      this.#fields(
        'response_fields',
        operation.label,
        operation.responseShape,
        parsed(exchange.responseBody),
      );
  }

  /** Clients repeat their paths: the match is remembered, boundedly (a spray of paths resets it). */
  readonly #matched = new Map<string, PathEntry | null>();
  #entryOf(path: string): PathEntry | undefined {
    let entry = this.#matched.get(path);
    if (entry === undefined) {
      if (this.#matched.size >= MATCH_MEMO_LIMIT) this.#matched.clear();
      entry = matchTemplate(this.#paths, path) ?? null;
      this.#matched.set(path, entry);
    }
    return entry ?? undefined;
  }

  #addFrame(exchange: FrameCoverageExchange): void {
    this.#counts.frames++;
    const action = actionOf(exchange.frame);
    const label = `${exchange.from} ${action}`;
    const kind = this.#universe.frameKinds.find((k) => k.label === label);
    if (!kind) {
      this.#tallies.frame_kinds.undocumentedSeen(label);
      return;
    }
    this.#tallies.frame_kinds.hit(label);
    const dimension = exchange.from === 'client' ? 'request_fields' : 'response_fields';
    this.#fields(dimension, label, kind.shape, exchange.frame);
    if (exchange.from === 'server' && action === 'error') {
      const code = (exchange.frame as { code?: unknown }).code;
      if (typeof code === 'string' && this.#universe.errorCodes.includes(code))
        this.#tallies.error_codes.hit(code);
      else
        this.#tallies.error_codes.undocumentedSeen(typeof code === 'string' ? code : '(no code)');
    }
  }

  #fields(
    dimension: CoverageDimensionName,
    label: string,
    shape: OperationUniverse['requestShape'],
    value: unknown,
  ): void {
    if (value === undefined) return;
    const seen = fieldsSeen(shape, value);
    for (const field of seen.documented) this.#tallies[dimension].hit(`${label} ${field}`);
    for (const field of seen.undocumented)
      this.#tallies[dimension].undocumentedSeen(`${label} ${field}`);
  }

  /** The model now: a plain value in the published shape (`CoverageSchema`). */
  snapshot(): Coverage {
    return snapshotOf(this.#tallies, this.#items, this.#unmeasured, this.#counts);
  }

  /** Forgets every exchange (the stand-in's `DELETE /__mock/requests`, a proxy's restart). */
  reset(): void {
    for (const tally of Object.values(this.#tallies)) tally.clear();
    this.#counts = { http: 0, frames: 0, closes: 0, controls: 0 };
  }
}

/** The model of a finished run. */
export function coverageOf(
  exchanges: Iterable<CoverageExchange>,
  options?: CoverageOptions,
): Coverage {
  const coverage = new CoverageAccumulator(options);
  for (const exchange of exchanges) coverage.add(exchange);
  return coverage.snapshot();
}
