import { buildControlsDocument } from '../../spec/controls-openapi.js';
import { mockDocument } from '../../spec/routes/mock.js';
import { createRouter } from '../routes/mount.js';
import type { MockContext } from './context.js';

/** `GET /__mock/openapi.json`: the controls' own document, naming this stand-in (D143). */
export function documentControls({ origin }: MockContext) {
  const mock = createRouter();
  // Built once per origin (known once the server listens on port 0), not on every request.
  let cached: { origin: string; document: ReturnType<typeof buildControlsDocument> } | undefined;
  mock.openapi(mockDocument, (c) => {
    const url = origin();
    if (cached?.origin !== url)
      cached = {
        origin: url,
        document: buildControlsDocument([{ url, description: 'This stand-in' }]),
      };
    return c.json(cached.document as unknown as Record<string, unknown>, 200);
  });
  return mock;
}
