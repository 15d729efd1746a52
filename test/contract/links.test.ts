import { describe, expect, it } from 'vitest';
import {
  PUBLISHED_OPENAPI,
  pointer,
  resolvedAt,
  validateAt,
} from '../support/published-contract.js';
import { expectStatus, type TestStandIn, UDO, useStandIn } from '../support/standin.js';

type Node = Record<string, unknown>;
interface Operation {
  template: string;
  method: string;
  security?: unknown[];
  parameters?: { name: string; in: string }[];
  responses: Record<string, { links?: Record<string, Link>; content?: Node }>;
}
interface Link {
  operationId: string;
  parameters?: Record<string, string>;
  requestBody?: Record<string, string>;
}

/** Every operation of the published document, by operationId. */
const operations = new Map<string, Operation>();
for (const [template, item] of Object.entries(PUBLISHED_OPENAPI.paths as Record<string, Node>))
  for (const [method, operation] of Object.entries(item as Record<string, Node>))
    operations.set(operation.operationId as string, {
      ...(operation as unknown as Operation),
      template,
      method,
    });

const linksOf = (operationId: string) => operations.get(operationId)?.responses['200']?.links ?? {};

/** `$response.body#/a/0/b` against a body; `Bearer {…}` embeds one (OpenAPI runtime expressions). */
function evaluate(expression: string, body: unknown): unknown {
  const embedded = expression.match(/^(.*)\{(\$response\.body#[^}]*)\}(.*)$/);
  if (embedded) return `${embedded[1]}${String(evaluate(embedded[2] ?? '', body))}${embedded[3]}`;
  if (!expression.startsWith('$response.body#')) return expression;
  return expression
    .slice('$response.body#/'.length)
    .split('/')
    .reduce<unknown>((node, key) => (node as Node | undefined)?.[key], body);
}

describe('OpenAPI links, for testers that chain calls', () => {
  const sources = ['login', 'listUsers', 'getUserThreads'];

  it('should name real operations and parameters, with values the source example has', () => {
    let checked = 0;
    for (const source of sources) {
      const links = Object.values(linksOf(source));
      expect(links.length, source).toBeGreaterThan(0);
      const media = operations.get(source)?.responses['200']?.content?.['application/json'];
      const example = (media as Node | undefined)?.example;
      for (const link of links) {
        const target = operations.get(link.operationId);
        expect(target, link.operationId).toBeDefined();
        for (const [name, expression] of Object.entries(link.parameters ?? {})) {
          const value = evaluate(expression, example);
          expect(value, `${source} → ${link.operationId} ${name}`).toBeDefined();
          if (name === 'header.Authorization') {
            expect(target?.security?.length, link.operationId).toBeGreaterThan(0);
            continue;
          }
          const [where, param] = name.split('.');
          const index = (target?.parameters ?? []).findIndex(
            (p) => p.in === where && p.name === param,
          );
          expect(index, `${link.operationId} has ${name}`).toBeGreaterThanOrEqual(0);
          const at = `${pointer('paths', target?.template ?? '', target?.method ?? '', 'parameters', String(index))}/schema`;
          expect(validateAt('openapi', at, value)).toEqual([]);
          checked += 1;
        }
        for (const expression of Object.values(link.requestBody ?? {}))
          expect(evaluate(expression, example)).toBeDefined();
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('should give login a link to every operation that needs a token', () => {
    const protectedOperations = [...operations.entries()]
      .filter(([, op]) => (op.security?.length ?? 0) > 0 && !op.template.startsWith('/__mock/'))
      .map(([id]) => id);
    const linked = Object.values(linksOf('login')).map((link) => link.operationId);
    expect(protectedOperations.length).toBeGreaterThan(10);
    expect(linked).toEqual(expect.arrayContaining(protectedOperations));
  });
});

let standIn: TestStandIn;
useStandIn((started) => ({ standIn } = started));

/** A request body built from the target's published examples, as a tester would start. */
function exampleBody(target: Operation): unknown {
  const media = (target as { requestBody?: { content?: Record<string, { schema?: Node }> } })
    .requestBody?.content?.['application/json'];
  if (!media?.schema) return undefined;
  const ref = media.schema.$ref as string | undefined;
  const schema = (ref ? resolvedAt(PUBLISHED_OPENAPI, ref) : media.schema) as {
    example?: unknown;
    properties?: Record<string, { example?: unknown }>;
  };
  if (schema.example !== undefined) return schema.example;
  return Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([key, property]) => [key, property.example]),
  );
}

describe('Following the links on the stand-in', () => {
  it('should answer 200 to every call a link builds from a real answer', async () => {
    const login = await standIn.call({
      method: 'POST',
      path: '/auth/login/',
      body: { email: UDO.email, password: 'password123' },
    });
    const loginBody = expectStatus(login, 200);
    const token = (loginBody as { entity: { token: string } }).entity.token;
    const answers: Record<string, unknown> = { login: loginBody };
    for (const source of ['listUsers', 'getUserThreads']) {
      const op = operations.get(source) as Operation;
      answers[source] = expectStatus(
        await standIn.call({ method: op.method.toUpperCase(), path: op.template, token }),
        200,
      );
    }
    let followed = 0;
    for (const [source, body] of Object.entries(answers))
      for (const [name, link] of Object.entries(linksOf(source))) {
        const target = operations.get(link.operationId) as Operation;
        const headers: Record<string, string> = { authorization: `Bearer ${token}` };
        let path = target.template;
        for (const [param, expression] of Object.entries(link.parameters ?? {})) {
          const value = String(evaluate(expression, body));
          if (param === 'header.Authorization') headers.authorization = value;
          else path = path.replace(`{${param.split('.')[1]}}`, value);
        }
        // What the link leaves open, a tester fills in: here, from the parameter's own example.
        for (const param of target.parameters ?? [])
          path = path.replace(
            `{${param.name}}`,
            String((param as { schema?: { example?: unknown } }).schema?.example),
          );
        const method = target.method.toUpperCase();
        const requestBody = link.requestBody
          ? Object.fromEntries(
              Object.entries(link.requestBody).map(([k, e]) => [k, evaluate(e, body)]),
            )
          : exampleBody(target);
        const res = await standIn.call({ method, path, headers, body: requestBody });
        expect(res.ok && res.status, `${source}.${name}: ${method} ${path}`).toBe(200);
        followed += 1;
      }
    expect(followed).toBeGreaterThan(25);
  });
});
