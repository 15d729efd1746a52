/**
 * What every coverage source hands the model: the stand-in's journal, the conformance suite's
 * clients and the proxy each turn what they saw into these, and the model knows none of them.
 */
export type CoverageExchange =
  | {
      kind: 'http';
      method: string;
      /** The concrete path as sent, e.g. `/chat/messages/<uuid>/`; a `?query` on it is ignored. */
      path: string;
      /** The status answered; 0 when no answer came (a reset, a timeout): no status is counted. */
      status: number;
      /** Parsed JSON, or the raw text when it is not JSON (then no fields are read from it). */
      requestBody?: unknown;
      query?: Record<string, string>;
      /** Parsed JSON; absent when the source does not record answers (the stand-in's journal). */
      responseBody?: unknown;
    }
  | {
      kind: 'frame';
      from: 'client' | 'server';
      /** Parsed JSON, or the raw string if not JSON. */
      frame: unknown;
    }
  | {
      kind: 'close';
      code: number;
      /** Who closed first, when the source knows. */
      from?: 'client' | 'server';
    };

/** The kinds above, for sources that build exchanges one at a time. */
export type HttpCoverageExchange = Extract<CoverageExchange, { kind: 'http' }>;
export type FrameCoverageExchange = Extract<CoverageExchange, { kind: 'frame' }>;
export type CloseCoverageExchange = Extract<CoverageExchange, { kind: 'close' }>;
