import { z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../spec/routes/index.js';
import { ChatMessageFrameSchema, ServerFrameSchema } from '../../spec/schemas/socket.js';
import {
  PUBLISHED_ASYNCAPI,
  PUBLISHED_CONTROLS,
  PUBLISHED_OPENAPI,
  pointer,
  resolvedAt,
  validateAt,
} from '../support/published-contract.js';
import { collectExamples } from '../support/published-examples.js';
import { expectStatus, startTestStandIn } from '../support/standin.js';

type Node = Record<string, unknown>;

describe('The published documents, read by Ajv as other tools read them', () => {
  for (const [kind, document, atLeast] of [
    ['openapi', PUBLISHED_OPENAPI, 60],
    ['asyncapi', PUBLISHED_ASYNCAPI, 3],
    ['controls', PUBLISHED_CONTROLS, 20],
  ] as const) {
    it(`should show only examples that the ${kind} document's own schemas accept`, () => {
      const examples = collectExamples(document);
      expect(examples.length).toBeGreaterThanOrEqual(atLeast);
      const problems = examples.flatMap((example) =>
        validateAt(kind, example.schemaAt, example.value).map((p) => `${example.where}: ${p}`),
      );
      expect(problems).toEqual([]);
    });
  }

  it('should show an example for every success response, so no tool has to invent one', () => {
    const missing: string[] = [];
    const paths = PUBLISHED_OPENAPI.paths as Record<string, Record<string, Node>>;
    for (const [path, item] of Object.entries(paths))
      for (const [method, operation] of Object.entries(item)) {
        // The stand-in's own controls (D26) are ours to show however we like; the API is not.
        if (path.startsWith('/__mock/')) continue;
        const ok = (operation.responses as Record<string, Node>)['200'];
        const media = (ok?.content as Record<string, Node> | undefined)?.['application/json'];
        if (!media || media.example === undefined) missing.push(`${method} ${path}`);
      }
    expect(Object.keys(paths).length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it('should publish every pattern as a plain ECMA-262 regex, with no JavaScript flags', () => {
    const patterns: string[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object')
        for (const [key, value] of Object.entries(node))
          if (key === 'pattern' && typeof value === 'string') patterns.push(value);
          else walk(value);
    };
    walk(PUBLISHED_OPENAPI);
    walk(PUBLISHED_ASYNCAPI);
    expect(patterns.length).toBeGreaterThan(5);
    for (const pattern of patterns) {
      expect(() => new RegExp(pattern, 'u'), pattern).not.toThrow();
      expect(pattern, 'a JavaScript flag suffix inside the pattern').not.toMatch(/\/[dgimsuvy]+$/);
    }
  });

  it('should declare no Zod regex with flags, since JSON Schema has nowhere to put them', () => {
    const flagged: string[] = [];
    const seen = new Set<unknown>();
    const schemas: z.ZodType[] = [ChatMessageFrameSchema, ServerFrameSchema];
    for (const route of ROUTES) {
      const { params, query, body } = ((route as { request?: Node }).request ?? {}) as Node;
      for (const part of [params, query]) if (part) schemas.push(part as z.ZodType);
      for (const media of Object.values((body as { content?: Node } | undefined)?.content ?? {}))
        schemas.push((media as { schema: z.ZodType }).schema);
      for (const response of Object.values(route.responses as Record<string, Node>))
        for (const media of Object.values((response.content ?? {}) as Node))
          schemas.push((media as { schema: z.ZodType }).schema);
    }
    for (const schema of schemas)
      z.toJSONSchema(schema, {
        unrepresentable: 'any',
        override: ({ zodSchema }) => {
          if (seen.has(zodSchema)) return;
          seen.add(zodSchema);
          type WithPattern = { _zod: { def: { pattern?: RegExp } } };
          const { def } = zodSchema._zod as { def: { pattern?: RegExp; checks?: WithPattern[] } };
          const patterns = [def.pattern, ...(def.checks ?? []).map((c) => c._zod.def.pattern)];
          for (const regex of patterns) if (regex?.flags) flagged.push(String(regex));
        },
      });
    expect(seen.size).toBeGreaterThan(50);
    expect(flagged).toEqual([]);
  });

  it('should find an example that breaks its schema (the check can fail)', () => {
    const at = pointer('components', 'schemas', 'ChatMessage');
    expect(validateAt('openapi', at, { id: 1 })).not.toEqual([]);
  });
});

/** A value in the published OpenAPI document, `$ref`s followed at every step. */
function publishedAt(...segments: string[]): unknown {
  return resolvedAt(PUBLISHED_OPENAPI, `#${pointer(...segments)}`);
}

describe("The docs page's Test Request, filled in from the published examples", () => {
  it('should log in with the login example and answer each read exactly as its 200 example', async () => {
    const standIn = await startTestStandIn();
    try {
      const loginBody = publishedAt('components', 'schemas', 'LoginBody', 'properties') as Record<
        string,
        { example: string }
      >;
      const login = await standIn.call({
        method: 'POST',
        path: '/auth/login/',
        body: { email: loginBody.email?.example, password: loginBody.password?.example },
      });
      const token = (expectStatus(login, 200) as { entity: { token: string } }).entity.token;
      const reads = ['/auth/user/', '/chat/messages/{uid}/', '/exec/user/settings/{user_id}/'];
      for (const template of reads) {
        const operation = publishedAt('paths', template, 'get') as Node;
        const path = ((operation.parameters ?? []) as Node[]).reduce(
          (filled, p) => filled.replace(`{${p.name}}`, String((p.schema as Node).example)),
          template,
        );
        const example = publishedAt(
          'paths',
          template,
          'get',
          'responses',
          '200',
          'content',
          'application/json',
          'example',
        );
        expect(expectStatus(await standIn.call({ method: 'GET', path, token }), 200), path).toEqual(
          example,
        );
      }
    } finally {
      await standIn.stop();
    }
  });
});
