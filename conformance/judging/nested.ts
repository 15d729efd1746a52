import type { Verdict } from '../model/types.js';

/**
 * Where inside `value` something `wanted` sits, as a JSON path, searching breadth-first so the
 * shallowest match wins: `$` when it is the value itself, `$.data` when it came wrapped.
 *
 * @example
 * findNested({ data: { action: 're_message' } }, (v) => (v as { action?: string })?.action === 're_message')
 * // '$.data'
 */
export function findNested(
  value: unknown,
  wanted: (candidate: unknown) => boolean,
  maxDepth = 4,
): string | undefined {
  let level: [string, unknown][] = [['$', value]];
  for (let depth = 0; depth <= maxDepth; depth++) {
    const next: [string, unknown][] = [];
    for (const [path, candidate] of level) {
      if (wanted(candidate)) return path;
      if (Array.isArray(candidate))
        next.push(
          ...candidate.slice(0, 50).map((item, i): [string, unknown] => [`${path}[${i}]`, item]),
        );
      else if (candidate && typeof candidate === 'object')
        for (const [key, item] of Object.entries(candidate)) next.push([`${path}.${key}`, item]);
    }
    level = next;
  }
  return undefined;
}

/**
 * A failing verdict, noting where the documented value sat when it came wrapped (`$.data`): the
 * difference between "the server is broken" and "the server adds a layer".
 */
export function noteWrapped(
  verdict: Verdict,
  documented: (candidate: unknown) => boolean,
  body: unknown,
): Verdict {
  if (verdict.outcome === 'pass' || verdict.outcome === 'skip') return verdict;
  const at = findNested(body, documented);
  return at && at !== '$' ? { ...verdict, found_at: at } : verdict;
}
