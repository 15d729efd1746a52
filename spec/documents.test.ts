import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';
import type { z } from '@hono/zod-openapi';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { buildAsyncApiDocument } from './asyncapi.js';
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
  });
});

describe('the OpenAPI document', () => {
  it("should lint with zero errors under Redocly's recommended rules", async () => {
    // Django's paths end in a slash by design; that style rule is the only one switched off.
    const config = await createConfig({
      extends: ['recommended'],
      rules: { 'no-path-trailing-slash': 'off' },
    });
    const problems = await lintFromString({
      source: rendered['openapi.json'],
      absoluteRef: 'openapi.json',
      config,
    });
    const errors = problems.filter((problem) => problem.severity === 'error');
    expect(errors.map((e) => `${e.ruleId}: ${e.message} at ${e.location[0]?.pointer}`)).toEqual([]);
  });

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
    const doc = JSON.parse(rendered['asyncapi.json']);
    const messages = doc.components.messages;
    expect(messages.chatMessage.payload.required).toEqual([
      'action',
      'message_body',
      'receiver_id',
    ]);
    expect(messages.reMessage.payload.properties.created_msg_id.type).toBe('integer');
    expect(messages.error.payload.properties.code.enum).toContain('unknown_action');
  });
});

describe('the stand-in controls in the OpenAPI document', () => {
  it('should list every /__mock route under its own tag, marked as an extension, outside ROUTES', () => {
    const doc = JSON.parse(rendered['openapi.json']);
    const controls = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith('/__mock/'))
      .flatMap(([, item]) => Object.values(item as Record<string, Record<string, unknown>>));
    expect(controls.length).toBe(MOCK_ROUTES.length);
    for (const operation of controls) {
      expect(operation.tags).toEqual([MOCK_TAG]);
      expect(operation['x-standin-extension']).toBe(true);
    }
    expect(ROUTES.some((route) => route.path.startsWith('/__mock'))).toBe(false);
  });
});
