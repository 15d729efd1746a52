import { mockClearJournal, mockJournal } from '../../spec/routes/mock.js';
import { success } from '../../spec/schemas/envelope.js';
import { createRouter } from '../routes/mount.js';
import type { MockContext } from './context.js';

/** `GET/DELETE /__mock/requests`: what the app sent and got, newest first (D54). */
export function journalControls({ journal }: MockContext) {
  const mock = createRouter();
  mock.openapi(mockJournal, (c) => c.json(success(journal.query(c.req.valid('query'))), 200));
  mock.openapi(mockClearJournal, (c) => {
    journal.clear();
    return c.json(success(null, 'Journal emptied'), 200);
  });
  return mock;
}
