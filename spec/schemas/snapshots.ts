import { z } from '@hono/zod-openapi';

/** Shapes of `/__mock/snapshots` (DECISIONS.md D62): the stand-in's whole state, saved and brought back. */

/** A snapshot's id, with an example of its own: a person's id in its place would mislead. */
const SnapshotIdSchema = z.uuid().openapi({ example: '0b7c5e2a-4f1d-4c8e-9a3b-6d2f8e1c7a90' });

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
    id: SnapshotIdSchema,
    name: z.string().nullable(),
    created_at: z.iso.datetime(),
    size_bytes: z.int().nonnegative().openapi({ description: 'The saved database image' }),
  })
  .openapi('MockSnapshot');

export const SnapshotParamsSchema = z.object({
  id: SnapshotIdSchema.openapi({ param: { name: 'id', in: 'path' } }),
});

export type Snapshot = z.infer<typeof SnapshotSchema>;
