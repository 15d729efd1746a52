import { fail, pass } from './types.js';
const pathText = (path) => path.length === 0
    ? '$'
    : `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`;
function valueAt(value, path) {
    let current = value;
    for (const key of path)
        current = current?.[key];
    return current;
}
/** Missing or mistyped fields: what `schema` rejects in `value`, each with its JSON path. */
export function shapeErrors(schema, value) {
    const result = schema.safeParse(value);
    if (result.success)
        return [];
    return result.error.issues.map((issue) => ({
        path: pathText(issue.path),
        message: issue.message,
        value: valueAt(value, issue.path),
    }));
}
const defOf = (schema) => schema._zod.def;
/**
 * Fields the value has and the schema does not declare: not an error (servers may add fields) but
 * worth a warning, since a client cannot rely on them.
 */
export function extraFields(schema, value, path = []) {
    const def = defOf(schema);
    switch (def.type) {
        case 'nullable':
        case 'optional':
        case 'default':
        case 'readonly':
            return value === null || value === undefined
                ? []
                : extraFields(def.innerType, value, path);
        case 'pipe':
            return extraFields(def.in, value, path);
        case 'union': {
            const matching = (def.options ?? []).find((option) => option.safeParse(value).success);
            return matching ? extraFields(matching, value, path) : [];
        }
        case 'array':
            return Array.isArray(value)
                ? value.flatMap((item, i) => extraFields(def.element, item, [...path, i]))
                : [];
        case 'object': {
            if (typeof value !== 'object' || value === null || Array.isArray(value))
                return [];
            const shape = def.shape ?? {};
            return Object.entries(value).flatMap(([key, item]) => key in shape
                ? extraFields(shape[key], item, [...path, key])
                : [{ path: pathText([...path, key]), message: 'not in the contract', value: item }]);
        }
        default:
            return [];
    }
}
export function describeProblems(problems, limit = 5) {
    const shown = problems
        .slice(0, limit)
        .map((p) => `${p.path}: ${p.message}${p.value === undefined ? '' : ` (got ${JSON.stringify(p.value)?.slice(0, 80)})`}`);
    return problems.length > limit
        ? `${shown.join('; ')}; and ${problems.length - limit} more`
        : shown.join('; ');
}
/** Pass when nothing was found; otherwise fail, pointing at the first problem. */
export function judgeProblems(expected, problems) {
    return problems.length === 0
        ? pass()
        : fail(expected, describeProblems(problems), problems[0]?.path);
}
