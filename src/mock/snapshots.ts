import { randomUUID } from 'node:crypto';
import {
  mockDeleteSnapshot,
  mockListSnapshots,
  mockRestoreSnapshot,
  mockSaveSnapshot,
} from '../../spec/routes/mock.js';
import { success } from '../../spec/schemas/envelope.js';
import { type Snapshot, SnapshotRequestSchema } from '../../spec/schemas/snapshots.js';
import { readValidBody } from '../http/body.js';
import { failureResponse } from '../http/errors.js';
import { createRouter, withoutBody } from '../routes/mount.js';
import {
  restoreDatabase,
  SnapshotRestoreUnsupported,
  serializeDatabase,
} from '../store/snapshots.js';
import type { MockContext } from './context.js';

/** Images are ~1 MB at the default seed; a bound keeps a runaway test loop from eating memory. */
export const MAX_SNAPSHOTS = 100;

/**
 * `/__mock/snapshots`: save the whole state, list, restore, delete (D62). Images live in memory
 * for the life of the process; a restore goes through `store.replaceData`, the path reset takes,
 * so every cache is forgotten with it.
 */
export function snapshotControls({ store }: MockContext) {
  const mock = createRouter();
  const saved = new Map<string, { snapshot: Snapshot; image: Buffer }>();
  // Restores run one at a time: two backups into one file must not interleave.
  let restoring: Promise<unknown> = Promise.resolve();

  mock.openapi(withoutBody(mockSaveSnapshot), async (c) => {
    const body = await readValidBody(c, SnapshotRequestSchema);
    if (!body.ok) return failureResponse(c, body.message, 400);
    if (saved.size >= MAX_SNAPSHOTS)
      return failureResponse(c, `At most ${MAX_SNAPSHOTS} snapshots: delete one first`, 400);
    const image = serializeDatabase(store.db);
    const snapshot: Snapshot = {
      id: randomUUID(),
      name: body.value.name ?? null,
      created_at: new Date().toISOString(),
      size_bytes: image.length,
    };
    saved.set(snapshot.id, { snapshot, image });
    return c.json(success(snapshot, 'Snapshot saved'), 201);
  });

  mock.openapi(mockListSnapshots, (c) =>
    c.json(success([...saved.values()].map((entry) => entry.snapshot)), 200),
  );

  mock.openapi(mockRestoreSnapshot, async (c) => {
    const entry = saved.get(c.req.valid('param').id);
    if (!entry) return failureResponse(c, 'No such snapshot', 404);
    const restore = restoring.then(() =>
      store.replaceData(() => restoreDatabase(store.db, entry.image)),
    );
    restoring = restore.catch(() => {});
    try {
      await restore;
    } catch (error) {
      if (error instanceof SnapshotRestoreUnsupported)
        return failureResponse(c, error.message, 409);
      throw error;
    }
    return c.json(success(entry.snapshot, 'Snapshot restored'), 200);
  });

  mock.openapi(mockDeleteSnapshot, (c) => {
    if (!saved.delete(c.req.valid('param').id)) return failureResponse(c, 'No such snapshot', 404);
    return c.json(success(null, 'Snapshot deleted'), 200);
  });
  return mock;
}
