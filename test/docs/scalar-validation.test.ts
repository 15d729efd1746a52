import { createWorkspaceStore } from '@scalar/workspace-store/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildControlsDocument } from '../../spec/controls-openapi.js';
import { buildOpenApiDocument } from '../../spec/openapi.js';
import { controlsForScalar, documentForScalar } from '../../src/docs/scalar-document.js';

/**
 * `/docs` reads both documents with Scalar's own workspace store, the code its browser bundle runs
 * (`@scalar/workspace-store`, under the `@scalar/api-reference` dev dependency). That store logs
 * "document validation errors" for schemas its strict model rejects (`Expected union value` for a
 * composition without a `type`, D149): here the same store loads the documents in Node.
 */

/** What Scalar's store warns about while loading `document`, as the browser console shows it. */
async function scalarWarnings(document: object): Promise<string[]> {
  const warnings: string[] = [];
  const warn = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    for (const arg of args)
      if (Array.isArray(arg))
        for (const e of arg as { path?: string; message?: string }[])
          warnings.push(`${e.path} ${e.message}`);
      else warnings.push(String(arg));
  });
  // Scalar prints how long each step took; nothing a test needs.
  vi.spyOn(console, 'log').mockImplementation(() => {});
  await createWorkspaceStore().addDocument({
    name: 'doc',
    document: structuredClone(document) as Record<string, unknown>,
  });
  warn.mockRestore();
  return warnings;
}

afterEach(() => vi.restoreAllMocks());

describe("Both documents in Scalar's own reader", () => {
  it('should load with no document validation errors', async () => {
    const origin = [{ url: 'http://127.0.0.1:8000' }];
    const api = await scalarWarnings(documentForScalar(buildOpenApiDocument(origin), 'lenient'));
    const controls = await scalarWarnings(controlsForScalar(buildControlsDocument(origin)));
    expect(api).toEqual([]);
    expect(controls).toEqual([]);
  }, 30_000);

  it('should still report a composition without a type (the check is not blind)', async () => {
    const doc = buildControlsDocument();
    const schemas = doc.components?.schemas as Record<string, Record<string, unknown>>;
    // As the document was before D149: MockFault's type taken off again.
    delete schemas.MockFault?.type;
    delete schemas.MockJournalEntry?.type;
    const warnings = await scalarWarnings(doc);
    expect(warnings.join('\n')).toContain('document validation errors');
  }, 30_000);
});
