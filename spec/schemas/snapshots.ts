import { z } from '@hono/zod-openapi';
import { UuidSchema } from './primitives.js';

/** Shapes of `/__mock/snapshots` (DECISIONS.md D62): the stand-in's whole state, saved and brought back. */

export const SnapshotRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(100).optional().openapi({
      description: 'A label to find it by in the list',
      example: 'logged in, empty inbox',
    }),
  })
  .strict()
  .openapi('MockSnapshotRequest');

export const SnapshotSchema = z
  .object({
    id: UuidSchema,
    name: z.string().nullable(),
    created_at: z.iso.datetime(),
    size_bytes: z.int().nonnegative().openapi({ description: 'The saved database image' }),
  })
  .openapi('MockSnapshot');

export const SnapshotParamsSchema = z.object({
  id: UuidSchema.openapi({ param: { name: 'id', in: 'path' } }),
});

export type Snapshot = z.infer<typeof SnapshotSchema>;
