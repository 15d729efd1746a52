import type { z } from 'zod';
import { type Verdict } from './types.js';
/** One place where a value breaks its schema. */
export interface ShapeProblem {
    path: string;
    message: string;
    value?: unknown;
}
/** Missing or mistyped fields: what `schema` rejects in `value`, each with its JSON path. */
export declare function shapeErrors(schema: z.ZodType, value: unknown): ShapeProblem[];
/**
 * Fields the value has and the schema does not declare: not an error (servers may add fields) but
 * worth a warning, since a client cannot rely on them.
 */
export declare function extraFields(schema: z.ZodType, value: unknown, path?: PropertyKey[]): ShapeProblem[];
export declare function describeProblems(problems: ShapeProblem[], limit?: number): string;
/** Pass when nothing was found; otherwise fail, pointing at the first problem. */
export declare function judgeProblems(expected: string, problems: ShapeProblem[]): Verdict;
