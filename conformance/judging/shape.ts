import type { z } from 'zod';
import type { Assumption } from '../../spec/schemas/assumed.js';
import { fail, pass, type Verdict } from '../model/types.js';
import { assumptionFor, defOf, type ProblemKind, problemKind } from './provenance.js';

/** One place where a value breaks its schema. */
export interface ShapeProblem {
  path: string;
  message: string;
  value?: unknown;
  /** Which rule it breaks (a missing field, a wrong type…); absent for extra fields. */
  kind?: ProblemKind;
  /** Set when the broken constraint is one the contract assumed rather than the docs state. */
  assumption?: Assumption;
}

const pathText = (path: readonly PropertyKey[]) =>
  // Stryker disable next-line ConditionalExpression: an empty path joins to `$` the long way too
  path.length === 0
    ? '$'
    : `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`;

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  // Stryker disable next-line OptionalChaining: Zod reports an issue only below a parent that exists
  for (const key of path) current = (current as Record<PropertyKey, unknown> | undefined)?.[key];
  return current;
}

/** Missing or mistyped fields: what `schema` rejects in `value`, each with its JSON path. */
export function shapeErrors(schema: z.ZodType, value: unknown): ShapeProblem[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const found = valueAt(value, issue.path);
    const kind = problemKind(issue, found);
    return {
      path: pathText(issue.path),
      message: issue.message,
      value: found,
      kind,
      assumption: assumptionFor(schema, issue.path, kind),
    };
  });
}

/**
 * Fields the value has and the schema does not declare: not an error (servers may add fields) but
 * worth a warning, since a client cannot rely on them.
 */
export function extraFields(
  schema: z.ZodType,
  value: unknown,
  path: PropertyKey[] = [],
): ShapeProblem[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'nullable':
    case 'optional':
    case 'default':
    case 'readonly':
      // No null check: null and undefined hold no fields, and every case below finds none in them.
      return extraFields(def.innerType as z.ZodType, value, path);
    case 'pipe':
      return extraFields(def.in as z.ZodType, value, path);
    case 'union': {
      // Stryker disable next-line ArrayDeclaration: a union always has its options
      const matching = (def.options ?? []).find((option) => option.safeParse(value).success);
      return matching ? extraFields(matching, value, path) : [];
    }
    case 'array':
      return Array.isArray(value)
        ? value.flatMap((item, i) => extraFields(def.element as z.ZodType, item, [...path, i]))
        : [];
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
      const shape = def.shape ?? {};
      return Object.entries(value).flatMap(([key, item]) =>
        key in shape
          ? extraFields(shape[key] as z.ZodType, item, [...path, key])
          : [{ path: pathText([...path, key]), message: 'not in the contract', value: item }],
      );
    }
    default:
      return [];
  }
}

const sent = (value: unknown) => JSON.stringify(value)?.slice(0, 80) ?? 'nothing';

/** One line a problem; an assumed one in the words of issue 9: what the docs show, what came. */
function describeProblem(p: ShapeProblem): string {
  if (p.assumption)
    return `${p.path}: the docs show only ${p.assumption.shown}; the server sent ${sent(p.value)} — the docs or the contract may be incomplete (${p.assumption.decision})`;
  return `${p.path}: ${p.message}${p.value === undefined ? '' : ` (got ${sent(p.value)})`}`;
}

export function describeProblems(problems: ShapeProblem[], limit = 5): string {
  const shown = problems.slice(0, limit).map(describeProblem);
  return problems.length > limit
    ? `${shown.join('; ')}; and ${problems.length - limit} more`
    : shown.join('; ');
}

/**
 * Judges `value` against `schema`, telling documented constraints from assumed ones: `fail` when
 * any documented constraint is broken, `unconfirmed` (with the decision ids) when only assumptions
 * are, `pass` otherwise. The verdict's rule names the kind of the first problem (`schema.missing`…).
 */
export function judgeShape(expected: string, schema: z.ZodType, value: unknown): Verdict {
  const problems = shapeErrors(schema, value);
  const documented = problems.filter((p) => !p.assumption);
  const assumedOnly = problems.filter(
    (p): p is ShapeProblem & { assumption: Assumption } => p.assumption !== undefined,
  );
  const decisions = [...new Set(assumedOnly.map((p) => p.assumption.decision))];
  const first = documented[0] ?? assumedOnly[0];
  if (!first) return pass();
  const common = { expected, path: first.path, rule: `schema.${first.kind}` };
  if (documented.length === 0)
    return { ...common, outcome: 'unconfirmed', actual: describeProblems(assumedOnly), decisions };
  const also = assumedOnly.length ? `; also unconfirmed: ${describeProblems(assumedOnly, 2)}` : '';
  return {
    ...common,
    outcome: 'fail',
    actual: `${describeProblems(documented)}${also}`,
    ...(decisions.length ? { decisions } : {}),
  };
}

/** Pass when nothing was found; otherwise fail, pointing at the first problem. */
export function judgeProblems(expected: string, problems: ShapeProblem[]): Verdict {
  return problems.length === 0
    ? pass()
    : // Stryker disable next-line OptionalChaining: there is a first problem here
      fail(expected, describeProblems(problems), problems[0]?.path);
}
