import { NOTHING_TO_VALIDATE, type RunContext, skip, type Verdict } from '../model/types.js';
import type { HttpCase } from './cases.js';

/** Why a case's list was empty, and what would fill it. */
function emptyReason(ctx: RunContext, c: HttpCase): string {
  if (c.needs === 'conversation' && !ctx.allowWrites)
    return `${NOTHING_TO_VALIDATE} (read-only run: --allow-writes sends a message between the two accounts first)`;
  return NOTHING_TO_VALIDATE;
}

/**
 * A verdict on a body holding a list, with how many items it validated. One that passed on an
 * empty list validated nothing: it is a skip with the reason, never a pass. A documented problem
 * outside the list (the envelope, the entity) still fails.
 *
 * @example
 * return overItems(ctx, c, res.json, judgeShape('…', schema, res.json));
 */
export function overItems(ctx: RunContext, c: HttpCase, json: unknown, verdict: Verdict): Verdict {
  if (!c.items) return verdict;
  const items = c.items(json);
  const count = Array.isArray(items) ? items.length : 0;
  if (count === 0 && verdict.outcome === 'pass') return skip(emptyReason(ctx, c));
  return { ...verdict, checked_items: count };
}
