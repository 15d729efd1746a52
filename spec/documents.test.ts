import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';
import type { z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { buildAsyncApiDocument, inlinePayload } from './asyncapi.js';
import { renderDocuments } from './generate.js';
import { ROUTES } from './routes/index.js';
import { MOCK_ROUTES, MOCK_TAG } from './routes/mock.js';
import {
  ChatMessageFrameSchema,
  ErrorFrameSchema,
  ReMessageFrameSchema,
} from './schemas/socket.js';

const committed = (name: string) => readFileSync(new URL(name, import.meta.url), 'utf8');
const rendered = renderDocuments();

describe('the committed contract documents', () => {
  it('should equal what the schemas generate (run `npm run spec` after a change)', () => {
    expect(committed('openapi.json')).toBe(rendered['openapi.json']);
    expect(committed('asyncapi.json')).toBe(rendered['asyncapi.json']);
    expect(committed('mock-openapi.json')).toBe(rendered['mock-openapi.json']);
  });
});

describe('the OpenAPI document', () => {
  it('should carry every documented path and method', () => {
    const doc = JSON.parse(rendered['openapi.json']);
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item as object).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations).toEqual(
      expect.arrayContaining([
        'GET /chat/messages/{uid}/',
        'GET /chat/get-user-threads/',
        'POST /auth/users/',
        'GET /exec/coin/enable/',
        'GET /exec/coin/disable/',
        'GET /transactions/all/',
        'GET /deposits/list/all/',
        'GET /withdrawals/list/all/',
        'GET /exec/user/settings/{user_id}/',
        'POST /auth/login/',
        'POST /auth/token/refresh/',
        'GET /auth/user/',
      ]),
    );
  });

  it('should give every example a body its own schema accepts', () => {
    let checked = 0;
    for (const route of ROUTES) {
      for (const [status, response] of Object.entries(route.responses)) {
        const media = (
          response as { content?: Record<string, { schema: z.ZodType; example?: unknown }> }
        ).content?.['application/json'];
        if (!media || media.example === undefined) continue;
        const result = media.schema.safeParse(media.example);
        expect(result.success, `${route.operationId} ${status}: ${result.error?.message}`).toBe(
          true,
        );
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(15);
  });
});

describe('the AsyncAPI document', () => {
  it('should parse with zero errors under the AsyncAPI parser', async () => {
    const { diagnostics, document } = await new Parser().parse(rendered['asyncapi.json']);
    const errors = diagnostics.filter((d) => d.severity === 0);
    expect(errors.map((d) => `${d.code}: ${d.message} at ${d.path.join('.')}`)).toEqual([]);
    expect(
      document
        ?.operations()
        .all()
        .map((op) => op.id()),
    ).toEqual(['sendChatMessage', 'receiveReMessage', 'receiveError']);
  });

  it('should show examples that their own frame schemas accept', () => {
    const doc = buildAsyncApiDocument();
    const schemas = {
      chatMessage: ChatMessageFrameSchema,
      reMessage: ReMessageFrameSchema,
      error: ErrorFrameSchema,
    };
    for (const [name, schema] of Object.entries(schemas)) {
      const example = doc.components.messages[name as keyof typeof schemas].examples[0]?.payload;
      expect(schema.safeParse(example).success, name).toBe(true);
    }
  });

  it('should describe each frame with the schema the stand-in validates it with', () => {
    const doc = buildAsyncApiDocument();
    expect(inlinePayload(doc, 'chatMessage').required).toEqual([
      'action',
      'message_body',
      'receiver_id',
    ]);
    const reMessage = inlinePayload(doc, 'reMessage') as { properties: Record<string, object> };
    expect(reMessage.properties.created_msg_id).toMatchObject({ type: 'integer' });
    const error = inlinePayload(doc, 'error') as { properties: Record<string, object> };
    expect(error.properties.code).toMatchObject({
      enum: expect.arrayContaining(['unknown_action']),
    });
  });
});

describe("the stand-in's controls, in their own document (D143)", () => {
  it('should leave the API document without a single /__mock path or control schema', () => {
    const doc = JSON.parse(rendered['openapi.json']);
    expect(Object.keys(doc.paths).filter((path) => path.startsWith('/__mock'))).toEqual([]);
    expect(Object.keys(doc.components.schemas).filter((name) => name.startsWith('Mock'))).toEqual(
      [],
    );
    expect(Object.keys(doc.components.securitySchemes)).toEqual(['bearerAuth']);
  });

  it('should list every /__mock route there, under its own tag, marked as an extension', () => {
    const doc = JSON.parse(rendered['mock-openapi.json']);
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.values(item as Record<string, Record<string, unknown>>).map((op) => ({ path, op })),
    );
    expect(operations.length).toBe(MOCK_ROUTES.length);
    for (const { path, op } of operations) {
      expect(path).toMatch(/^\/__mock\//);
      expect(op.tags).toEqual([MOCK_TAG]);
      expect(op['x-standin-extension']).toBe(true);
    }
    expect(ROUTES.some((route) => route.path.startsWith('/__mock'))).toBe(false);
  });

  it('should name every schema, so generators make readable types (D146)', () => {
    const names = [
      ...Object.keys(JSON.parse(rendered['mock-openapi.json']).components.schemas),
      ...Object.keys(JSON.parse(rendered['asyncapi.json']).components.schemas),
    ];
    expect(names).toEqual(
      expect.arrayContaining([
        'MockHttpFault',
        'MockSocketFault',
        'MockRefuseHandshakeEffect',
        'MockHttpFaultRequest',
        'ChatMessageFrame',
        'ErrorFrame',
        'SocketErrorCode',
      ]),
    );
    const asyncapi = JSON.parse(rendered['asyncapi.json']);
    for (const message of Object.values(asyncapi.components.messages))
      expect((message as { payload: { $ref?: string } }).payload.$ref).toMatch(
        /^#\/components\/schemas\//,
      );
  });
});
