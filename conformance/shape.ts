import type { z } from 'zod';
import { fail, pass, type Verdict } from './types.js';

/** One place where a value breaks its schema. */
export interface ShapeProblem {
  path: string;
  message: string;
  value?: unknown;
}

const pathText = (path: readonly PropertyKey[]) =>
  path.length === 0
    ? '$'
    : `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`;

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) current = (current as Record<PropertyKey, unknown> | undefined)?.[key];
  return current;
}

/** Missing or mistyped fields: what `schema` rejects in `value`, each with its JSON path. */
export function shapeErrors(schema: z.ZodType, value: unknown): ShapeProblem[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: pathText(issue.path),
    message: issue.message,
    value: valueAt(value, issue.path),
  }));
}

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

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
      return value === null || value === undefined
        ? []
        : extraFields(def.innerType as z.ZodType, value, path);
    case 'pipe':
      return extraFields(def.in as z.ZodType, value, path);
    case 'union': {
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

export function describeProblems(problems: ShapeProblem[], limit = 5): string {
  const shown = problems
    .slice(0, limit)
    .map(
      (p) =>
        `${p.path}: ${p.message}${p.value === undefined ? '' : ` (got ${JSON.stringify(p.value)?.slice(0, 80)})`}`,
    );
  return problems.length > limit
    ? `${shown.join('; ')}; and ${problems.length - limit} more`
    : shown.join('; ');
}

/** Pass when nothing was found; otherwise fail, pointing at the first problem. */
export function judgeProblems(expected: string, problems: ShapeProblem[]): Verdict {
  return problems.length === 0
    ? pass()
    : fail(expected, describeProblems(problems), problems[0]?.path);
}
