import type { Context, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import type { Policies } from '../policy/policies.js';
import { isOwnPath } from '../routing/route-table.js';
import { noteDeviation } from './deviation.js';
import type { AppEnv } from './hono-env.js';
import { hasNoBody, type LaneRule } from './lane-rule.js';

/** Why a body was refused, as the body reader saw it: what DRF would answer instead (D122). */
export type BodyProblem =
  | { kind: 'parse'; detail: string }
  | { kind: 'fields'; errors: Record<string, string[]> };

/** The decisions a DRF body relies on, named in `X-Standin-Deviation` (the contract shows envelopes). */
export const DRF_BODY_DEVIATIONS = {
  parse: "D122; the docs show no body for a malformed request: DRF's ParseError",
  fields: "D122; the docs show no body for a missing or mistyped field: DRF's field errors",
} as const;

/**
 * DRF's ParseError detail for a body that is not JSON: `JSON parse error - ` and Python's own
 * words, which for the common case (a body that is not JSON at all, or ends early) are
 * "Expecting value: line L column C (char N)". The tail is the parser's; match on the prefix.
 */
export function jsonParseDetail(text: string, error: unknown): string {
  const at = /position (\d+)/.exec(String((error as Error)?.message))?.[1];
  const char = at === undefined ? (text.trim() === '' ? 0 : firstBadChar(text)) : Number(at);
  const before = text.slice(0, char).split('\n');
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  return `JSON parse error - Expecting value: line ${line} column ${column} (char ${char})`;
}

/** Where a body that starts like JSON stops being JSON, roughly: its first non-space character. */
function firstBadChar(text: string): number {
  const index = text.search(/\S/);
  return index < 0 ? 0 : index;
}

const valueAt = (input: unknown, path: PropertyKey[]) =>
  path.reduce<unknown>(
    (value, key) =>
      value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    input,
  );

/** DRF's words for one Zod issue on a field, as its serializer fields say them. */
function drfMessage(issue: z.core.$ZodIssue, value: unknown): string {
  if (value === undefined) return 'This field is required.';
  if (value === null) return 'This field may not be null.';
  if (issue.code === 'invalid_type') {
    if (issue.expected === 'string') return 'Not a valid string.';
    if (issue.expected === 'boolean') return 'Must be a valid boolean.';
    if (issue.expected === 'number' || issue.expected === 'int')
      return 'A valid integer is required.';
  }
  if (issue.code === 'too_small' && value === '') return 'This field may not be blank.';
  if (issue.code === 'invalid_format' && issue.format === 'uuid') return 'Must be a valid UUID.';
  return issue.message;
}

/**
 * DRF's serializer errors for a body that failed the contract's schema: each field with its
 * messages, and `non_field_errors` for the body as a whole ("Invalid data. Expected a dictionary,
 * but got list."; keys the contract does not know, D9).
 */
export function drfFieldErrors(error: z.ZodError, input: unknown): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (key: string, message: string) => {
    errors[key] = [...(errors[key] ?? []), message];
  };
  for (const issue of error.issues) {
    const [field] = issue.path;
    if (field !== undefined) add(String(field), drfMessage(issue, valueAt(input, issue.path)));
    else if (
      issue.code === 'invalid_type' &&
      (input === null || typeof input !== 'object' || Array.isArray(input))
    )
      add('non_field_errors', `Invalid data. Expected a dictionary, but got ${pythonType(input)}.`);
    else add('non_field_errors', issue.message);
  }
  return errors;
}

const pythonType = (value: unknown) =>
  value === null
    ? 'NoneType'
    : Array.isArray(value)
      ? 'list'
      : typeof value === 'string'
        ? 'str'
        : typeof value === 'number'
          ? Number.isInteger(value)
            ? 'int'
            : 'float'
          : typeof value === 'boolean'
            ? 'bool'
            : 'dict';

/** Records why the body was refused; the middleware below decides what the client sees. */
export function noteBodyProblem(c: Context<AppEnv>, problem: BodyProblem): void {
  c.set('bodyProblem', problem);
}

/**
 * The one seam for DRF's error bodies (D122): a handler answers a refused body with the envelope,
 * as always; when the policy says DRF, that 400 is replaced by what DRF's default exception
 * handler sends (`{"detail": "JSON parse error - …"}`, `{"field": ["This field is required."]}`),
 * named in `X-Standin-Deviation`. The controls keep the envelope (they are ours). A documented message (`Email and password are required`, `Coin
 * is required`) is never a body problem, so it stays exactly as documented.
 */
export function drfErrorBodies(
  policies: Pick<Policies, 'malformedJson' | 'fieldErrors'>,
): MiddlewareHandler<AppEnv> {
  return async function drfErrorBodies(c, next) {
    await next();
    const problem = c.get('bodyProblem');
    if (!problem || c.res.status !== 400 || isOwnPath(c.req.path)) return;
    if (problem.kind === 'parse' && policies.malformedJson === 'drf') {
      c.res = c.json({ detail: problem.detail }, 400);
      noteDeviation(c, DRF_BODY_DEVIATIONS.parse);
    } else if (problem.kind === 'fields' && policies.fieldErrors === 'drf') {
      c.res = c.json(problem.errors, 400);
      noteDeviation(c, DRF_BODY_DEVIATIONS.fields);
    }
  };
}

/** The lane's reads carry no body, so no body is refused and nothing here changes their answer. */
export const drfErrorBodiesLane: LaneRule = {
  passes: (request) => hasNoBody(request),
};
