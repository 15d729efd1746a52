import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../spec/openapi.js';
import { documentForScalar } from './scalar-document.js';

const doc = buildOpenApiDocument();
const shown = (mode: 'strict' | 'lenient') => JSON.stringify(documentForScalar(doc, mode));

describe('The OpenAPI document as /docs shows it', () => {
  it('should link every decision it cites, and link each once', () => {
    const text = shown('lenient');
    expect(text).toContain('[D7](/docs/decisions#D7)');
    expect(text).not.toMatch(/\[\[D\d+\]/);
    // No bare `D7` is left outside a link in the prose (`x-assumed` data keeps its plain ids).
    const prose = text
      .replace(/\[D\d+\]\(\/docs\/decisions#D\d+\)/g, '')
      .replace(/"decision":"D\d+"/g, '');
    expect(prose).not.toMatch(/\bD\d{1,3}\b/);
  });

  it('should link the other pages and say how the stand-in runs', () => {
    const { description } = documentForScalar(doc, 'strict').info;
    expect(description).toContain('(/docs/ws)');
    expect(description).toContain('(/docs/decisions)');
    expect(description).toContain('runs **strict**');
    expect(documentForScalar(doc, 'lenient').info.description).toContain('runs **lenient**');
  });

  it('should show an assumption, which Scalar does not display, in the description', () => {
    const withAssumption = {
      ...doc,
      components: {
        schemas: {
          Body: {
            type: 'string',
            description: 'Text (D19).',
            'x-assumed': [{ decision: 'D19', constraint: 'length' }],
          },
        },
      },
    } as unknown as typeof doc;
    const body = (
      documentForScalar(withAssumption, 'lenient').components as {
        schemas: { Body: { description: string } };
      }
    ).schemas.Body;
    expect(body.description).toBe(
      'Text ([D19](/docs/decisions#D19)). *Assumed, not documented: length ([D19](/docs/decisions#D19)).*',
    );
  });

  it('should leave the published document as generated', () => {
    documentForScalar(doc, 'lenient');
    expect(JSON.stringify(doc)).not.toContain('/docs/decisions#');
  });
});
