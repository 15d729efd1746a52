import type { Check } from '../model/types.js';

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
 * The fewest edits (insert, delete, replace, swap two neighbours) that turn `selector` into some
 * substring of `id`: `--only` matches substrings, so `getMesages` is one edit from
 * `getMessages.peer:status`, and `sokcet` one from `socket.delivery`.
 */
function substringDistance(selector: string, id: string): number {
  let before: number[] = [];
  let previous = new Array<number>(id.length + 1).fill(0);
  for (let i = 1; i <= selector.length; i++) {
    const current = [i];
    for (let j = 1; j <= id.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (selector[i - 1] === id[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && selector[i - 1] === id[j - 2] && selector[i - 2] === id[j - 1])
        current[j] = Math.min(current[j] ?? 0, (before[j - 2] ?? 0) + 1);
    }
    before = previous;
    previous = current;
  }
  return Math.min(...previous);
}

/** The ids closest to a selector that matched nothing, closest first; none for a short guess. */
export function closeIds(selector: string, ids: readonly string[], limit = 5): string[] {
  const wanted = selector.replace(/\*/g, '').toLowerCase();
  const allowed = Math.floor(wanted.length / 5);
  if (allowed === 0) return [];
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
