import { z } from '@hono/zod-openapi';

/**
 * The JSON form of a coverage model, declared once: `GET /__mock/coverage`, the suite's and the
 * fuzz run's reports and the proxy all publish this shape (DECISIONS.md D135–D142).
 */

/** The dimensions, in the order every rendering lists them, with the words people read. */
export const COVERAGE_DIMENSIONS = {
  operations: 'operations',
  statuses: 'operation × status',
  request_fields: 'request fields',
  response_fields: 'response fields',
  frame_kinds: 'socket frame kinds',
  error_codes: 'socket error codes',
  close_codes: 'close codes',
} as const;
export type CoverageDimensionName = keyof typeof COVERAGE_DIMENSIONS;
export const COVERAGE_DIMENSION_NAMES = Object.keys(COVERAGE_DIMENSIONS) as CoverageDimensionName[];

const CountedItemSchema = z.object({
  item: z.string().openapi({ example: 'GET /chat/messages/{uid}/ 404' }),
  count: z.int().positive(),
});

export const CoverageDimensionSchema = z
  .object({
    measured: z.boolean().openapi({
      description:
        'False when the source cannot see this dimension or the contract lists nothing in it; then `reason` says why and no percentage is given',
    }),
    reason: z.string().nullable(),
    covered: z.int().nonnegative(),
    total: z.int().nonnegative(),
    percent: z
      .number()
      .min(0)
      .max(100)
      .nullable()
      .openapi({ description: 'covered / total, one decimal; null when not measured' }),
    hit: CountedItemSchema.array().openapi({
      description: 'Documented items seen, with how often',
    }),
    missed: z.string().array().openapi({ description: 'Documented items never seen' }),
    undocumented: CountedItemSchema.array().openapi({
      description:
        'Seen, but the contract does not document them (a status, a path, a field, a frame kind, a code)',
    }),
    undocumented_overflow: z.int().nonnegative().openapi({
      description:
        'Distinct undocumented items beyond the first 100 kept, so the list stays bounded',
    }),
  })
  .openapi('CoverageDimension');

export const CoverageSchema = z
  .object({
    overall: z.object({
      percent: z.number().min(0).max(100).nullable(),
      rule: z.string().openapi({ description: 'How `percent` is computed, in words' }),
    }),
    dimensions: z.object(
      Object.fromEntries(
        COVERAGE_DIMENSION_NAMES.map((name) => [name, CoverageDimensionSchema]),
      ) as Record<CoverageDimensionName, typeof CoverageDimensionSchema>,
    ),
    exchanges: z
      .object({
        http: z.int().nonnegative(),
        frames: z.int().nonnegative(),
        closes: z.int().nonnegative(),
        controls: z.int().nonnegative().openapi({
          description: 'Requests to /__mock and other controls: not the API, not counted',
        }),
      })
      .openapi({ description: 'What the model was fed' }),
  })
  .openapi('Coverage');

export type Coverage = z.infer<typeof CoverageSchema>;
export type CoverageDimension = z.infer<typeof CoverageDimensionSchema>;
