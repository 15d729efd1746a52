import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpCall } from '../../conformance/client/http-client.js';
import { startBreakingProxy } from '../support/breaking-proxy.js';
import { PUBLISHED_CONTROLS, pointer, validateAt } from '../support/published-contract.js';
import { expectStatus, type TestStandIn, UDO, useStandIn } from '../support/standin.js';

/**
 * The controls document (`spec/mock-openapi.json`, D143) against a live stand-in, read with Ajv as
 * Prism or Schemathesis read it: every status a malformed control request gets is documented for
 * its operation (D145), with a body its schema accepts, and the journal validates as served (D147).
 */

type Node = Record<string, unknown>;
const paths = PUBLISHED_CONTROLS.paths as Record<string, Record<string, Node>>;
const templates = Object.keys(paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

/** What is wrong with `status` as an answer to `method path`, judged by the controls document. */
function judge(method: string, path: string, status: number, json: unknown): string[] {
  const where = `${method} ${path} → ${status}`;
  const bare = new URL(path, 'http://s').pathname;
  const template = templates.find((t) => t.pattern.test(bare))?.template;
  if (!template) return [`${where}: no such path in the controls document`];
  const item = paths[template] ?? {};
  const own = item[method.toLowerCase()];
  // A method the path lacks: each of its operations must document the 405 it gets.
  const operations = own ? [[method.toLowerCase(), own] as const] : Object.entries(item);
  const problems: string[] = [];
  for (const [verb, operation] of operations) {
    const responses = operation.responses as Record<string, Node>;
    if (!responses[String(status)]) {
      problems.push(`${where}: ${verb} ${template} documents ${Object.keys(responses)}`);
      continue;
    }
    const schema = pointer('paths', template, verb, 'responses', String(status), 'content');
    for (const p of validateAt('controls', `${schema}/application~1json/schema`, json))
      problems.push(`${where}: ${p}`);
  }
  return problems;
}

const UNKNOWN_UUID = '00000000-0000-4000-8000-000000000000';
/** Malformed or unknown inputs a client can send the controls, and the status each gets now. */
const MALFORMED: { method: string; path: string; body?: unknown; status: number }[] = [
  { method: 'DELETE', path: '/__mock/faults/0', status: 400 },
  { method: 'DELETE', path: '/__mock/faults/99999999999999999999999', status: 400 },
  { method: 'DELETE', path: '/__mock/faults/abc', status: 400 },
  { method: 'DELETE', path: '/__mock/faults/424242', status: 404 },
  { method: 'DELETE', path: '/__mock/snapshots/0', status: 400 },
  { method: 'POST', path: '/__mock/snapshots/0/restore', status: 400 },
  { method: 'DELETE', path: `/__mock/snapshots/${UNKNOWN_UUID}`, status: 404 },
  { method: 'POST', path: `/__mock/snapshots/${UNKNOWN_UUID}/restore`, status: 404 },
  { method: 'POST', path: '/__mock/snapshots', body: { name: '' }, status: 400 },
  {
    method: 'POST',
    path: '/__mock/faults',
    body: { kind: 'http', match: { path: 'chat/' }, effect: { status: 500 } },
    status: 400,
  },
  { method: 'POST', path: '/__mock/faults', body: '{"kind":', status: 400 },
  { method: 'GET', path: '/__mock/requests?limit=0', status: 400 },
  { method: 'POST', path: '/__mock/token', body: {}, status: 400 },
  { method: 'POST', path: '/__mock/sockets/close', body: { code: 1000 }, status: 400 },
  { method: 'POST', path: '/__mock/assumptions', body: { broken: 'yes' }, status: 400 },
  { method: 'PUT', path: '/__mock/faults', status: 405 },
  { method: 'PATCH', path: '/__mock/reset', status: 405 },
  { method: 'POST', path: '/__mock/faults/1', status: 405 },
];

let standIn: TestStandIn;
useStandIn((started) => ({ standIn } = started), {}, { otherClients: 'the breaking proxy' });

/** A proxy that answers every control 400 as 422: a status the document never gives. */
let proxy: { url: string; close(): Promise<void> };
beforeAll(async () => {
  proxy = await startBreakingProxy(standIn.url, {
    response: (req, res) =>
      req.path.startsWith('/__mock/') && res.status === 400 ? { ...res, status: 422 } : res,
  });
});
afterAll(() => proxy?.close());

describe('The controls document, against the stand-in that serves it', () => {
  it('should document every status a malformed control request gets, with its body', async () => {
    const problems: string[] = [];
    for (const input of MALFORMED) {
      const res = await standIn.call({ method: input.method, path: input.path, body: input.body });
      expectStatus(res, input.status);
      if (res.ok) problems.push(...judge(input.method, input.path, res.status, res.json));
    }
    expect(problems).toEqual([]);
  });

  it('should find a status the document does not give (the judge is not blind)', async () => {
    const res = await httpCall({ method: 'DELETE', url: `${proxy.url}/__mock/faults/0` });
    expect(res.ok && res.status).toBe(422);
    if (res.ok) expect(judge('DELETE', '/__mock/faults/0', res.status, res.json)).not.toEqual([]);
  });

  it('should answer GET /__mock/requests with entries the document accepts, faults and nulls', async () => {
    const fault = await standIn.call({
      method: 'POST',
      path: '/__mock/faults',
      body: {
        kind: 'http',
        match: { path: '/auth/user/' },
        effect: { fault: 'empty' },
        remaining: 1,
      },
    });
    expectStatus(fault, 201);
    // The request the fault answers gets no response at all.
    const cut = await httpCall({
      method: 'GET',
      url: `${standIn.url}/auth/user/`,
      timeoutMs: 2000,
    });
    expect(cut.ok).toBe(false);
    const { token } = await standIn.login(UDO.email);
    await (await standIn.socket(token)).close();

    const journal = await standIn.call({ method: 'GET', path: '/__mock/requests' });
    const entries = (expectStatus(journal, 200) as { entity: Node[] }).entity;
    expect(entries.map((e) => e.fault)).toEqual(expect.arrayContaining(['empty', null]));
    expect(entries.map((e) => e.kind)).toEqual(expect.arrayContaining(['http', 'socket']));
    const schema = `${pointer('paths', '/__mock/requests', 'get', 'responses', '200', 'content')}/application~1json/schema`;
    expect(validateAt('controls', schema, journal.ok && journal.json)).toEqual([]);

    // The same answer with a fault the document does not list must not pass.
    const http = entries.find((entry) => entry.kind === 'http');
    const broken = {
      ...(journal.ok && (journal.json as Node)),
      entity: [{ ...http, fault: 'timeout' }],
    };
    expect(validateAt('controls', schema, broken)).not.toEqual([]);
  });
});
