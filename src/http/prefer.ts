import { type NetworkFault, NetworkFaultSchema } from '../../spec/schemas/mock.js';

/** Longest delay a client may ask for, so a typo cannot hang a test run. */
export const MAX_DELAY_MS = 60_000;

/** What a `Prefer` header asks of the stand-in, once read. */
export interface Preferences {
  code?: number;
  delay?: number;
  fault?: NetworkFault;
  /** `token (why)` for each preference not applied as asked: the `X-Standin-Ignored-Prefer` header (D51). */
  ignored: string[];
  /** A preference the client clearly meant but wrote wrong (`code=abc`): a 400, never a guess. */
  error?: string;
}

/** Header naming the preferences the stand-in did not apply, and why (D51). */
export const IGNORED_PREFER_HEADER = 'X-Standin-Ignored-Prefer';

const STATUS = /^[1-5]\d\d$/;

/**
 * Parses `Prefer: code=503, delay=200, fault=reset` (Prism's convention, RFC 7240 syntax). The
 * first occurrence of a token wins, as RFC 7240 asks; unknown tokens, repeats and a delay above
 * {@link MAX_DELAY_MS} are listed in `ignored`, never silently dropped.
 *
 * @example
 * parsePrefer('code=abc'); // { ignored: [], error: 'Prefer: code=abc is not an HTTP status code (100–599)' }
 */
export function parsePrefer(header: string | undefined): Preferences {
  const out: Preferences = { ignored: [] };
  const seen = new Set<string>();
  for (const part of (header ?? '').split(/[,;]/)) {
    const token = part.trim();
    if (!token) continue;
    // Stryker disable next-line StringLiteral: split() always gives a first element, so the default never applies
    const [rawKey = '', ...rest] = token.split('=');
    const key = rawKey.trim().toLowerCase();
    const value = rest
      .join('=')
      .trim()
      .replace(/^"(.*)"$/, '$1');
    if (seen.has(key)) {
      out.ignored.push(`${token} (repeated; the first one applies)`);
      continue;
    }
    seen.add(key);
    if (key === 'code') {
      if (!STATUS.test(value))
        out.error ??= `Prefer: code=${value} is not an HTTP status code (100–599)`;
      else out.code = Number(value);
    } else if (key === 'delay') {
      const ms = Number(value);
      if (value === '' || !Number.isInteger(ms) || ms < 0)
        out.error ??= `Prefer: delay=${value} is not a whole number of milliseconds`;
      else if (ms > MAX_DELAY_MS) {
        out.delay = MAX_DELAY_MS;
        out.ignored.push(`${token} (above the ${MAX_DELAY_MS} ms cap; ${MAX_DELAY_MS} applied)`);
      } else out.delay = ms;
    } else if (key === 'fault') {
      const fault = NetworkFaultSchema.safeParse(value);
      if (!fault.success)
        out.error ??= `Prefer: fault=${value} is not a fault; use ${NetworkFaultSchema.options.join(', ')}`;
      else out.fault = fault.data;
    } else {
      out.ignored.push(`${token} (unknown; the stand-in reads code, delay and fault)`);
    }
  }
  if (out.fault && out.code !== undefined) {
    out.ignored.push(`code=${out.code} (fault=${out.fault} answers instead)`);
    out.code = undefined;
  }
  return out;
}
