import type { Check } from './types.js';

/** Whether a check id is selected by `--only`: a substring, or a whole-id pattern with `*`. */
export function matchesSelector(id: string, selector: string | undefined): boolean {
  if (!selector) return true;
  if (!selector.includes('*')) return id.includes(selector);
  const regex = new RegExp(
    `^${selector
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(id);
}

/**
 * The fewest edits that turn `selector` into some substring of `id` (Sellers' algorithm): `--only`
 * matches substrings, so `getMesages` is one edit from `getMessages.peer:status`.
 */
function substringDistance(selector: string, id: string): number {
  let previous = new Array<number>(id.length + 1).fill(0);
  for (let i = 1; i <= selector.length; i++) {
    const current = [i];
    for (let j = 1; j <= id.length; j++)
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (selector[i - 1] === id[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return Math.min(...previous);
}

/** The ids closest to a selector that matched nothing, closest first. */
export function closeIds(selector: string, ids: readonly string[], limit = 5): string[] {
  const wanted = selector.replace(/\*/g, '').toLowerCase();
  const allowed = Math.max(1, Math.floor(wanted.length / 4));
  return ids
    .map((id) => ({ id, score: substringDistance(wanted, id.toLowerCase()) }))
    .filter(({ score }) => score <= allowed)
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map(({ id }) => id);
}

/** The checks `--only` selects, in registry order. */
export const selectChecks = (checks: readonly Check[], selector: string | undefined) =>
  checks.filter((check) => matchesSelector(check.id, selector));
