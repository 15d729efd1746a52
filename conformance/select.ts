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

/** Edit distance, for "did you mean": small inputs only (ids and selectors). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The ids closest to a selector that matched nothing: each id is scored by its nearest segment
 * (ids are `area.name:aspect`), so `getMesages` finds `getMessages.peer:status`.
 */
export function closeIds(selector: string, ids: readonly string[], limit = 5): string[] {
  const wanted = selector.replace(/\*/g, '').toLowerCase();
  const score = (id: string) =>
    Math.min(
      distance(wanted, id.toLowerCase()),
      ...id
        .toLowerCase()
        .split(/[.:]/)
        .map((segment) => distance(wanted, segment)),
    );
  return [...ids]
    .map((id) => ({ id, score: score(id) }))
    .filter(({ score }) => score <= Math.max(2, Math.floor(wanted.length / 3)))
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map(({ id }) => id);
}

/** The checks `--only` selects, in registry order. */
export const selectChecks = (checks: readonly Check[], selector: string | undefined) =>
  checks.filter((check) => matchesSelector(check.id, selector));
