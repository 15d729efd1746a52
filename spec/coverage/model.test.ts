import { describe, expect, it } from 'vitest';
import { CoverageSchema } from '../schemas/coverage.js';
import type { CoverageExchange } from './exchange.js';
import { CoverageAccumulator, coverageOf } from './model.js';
import { contractUniverse } from './universe.js';

const UID = '68f6cebe-1dfb-418d-8c4e-3ada680984d1';

/** A short session by hand: a login, a chat history, odd answers and odd frames. */
const SESSION: CoverageExchange[] = [
  {
    kind: 'http',
    method: 'POST',
    path: '/auth/login/',
    status: 200,
    requestBody: { email: 'a@b.c', password: 'x', remember: true },
    responseBody: { status: 'success', entity: { token: 'a' }, message: null, success: true },
  },
  { kind: 'http', method: 'POST', path: '/auth/login', status: 400, requestBody: 'not json' },
  { kind: 'http', method: 'GET', path: `/chat/messages/${UID}/?page=2`, status: 404 },
  { kind: 'http', method: 'GET', path: `/chat/messages/${UID}/`, status: 500 },
  { kind: 'http', method: 'DELETE', path: '/auth/login/', status: 405 },
  { kind: 'http', method: 'GET', path: '/nowhere/', status: 404 },
  { kind: 'http', method: 'GET', path: '/__mock/users', status: 200 },
  {
    kind: 'frame',
    from: 'client',
    frame: { action: 'chat_message', message_body: 'hi', receiver_id: UID },
  },
  { kind: 'frame', from: 'client', frame: 'not json at all' },
  { kind: 'frame', from: 'client', frame: { action: 'typing' } },
  {
    kind: 'frame',
    from: 'server',
    frame: { action: 'error', code: 'unknown_action', message: 'no' },
  },
  { kind: 'frame', from: 'server', frame: { action: 'error', code: 'made_up', message: 'no' } },
  { kind: 'close', code: 1011 },
  { kind: 'close', code: 4321 },
  { kind: 'close', code: 1000 },
  // The client's own goodbye: a code the contract names, but not the server's to cover.
  { kind: 'close', code: 1001, from: 'client' },
];

describe('Coverage model', () => {
  const coverage = coverageOf(SESSION);
  const { dimensions: d } = coverage;

  it('should list the operations hit, and the requests that match none as undocumented', () => {
    expect(d.operations.hit).toEqual([
      { item: 'POST /auth/login/', count: 2 },
      { item: 'GET /chat/messages/{uid}/', count: 2 },
    ]);
    expect(d.operations.undocumented).toEqual([
      { item: 'DELETE /auth/login/', count: 1 },
      { item: 'GET /nowhere/', count: 1 },
    ]);
    expect(d.operations.missed).not.toContain('POST /auth/login/');
    expect(d.operations.covered + d.operations.missed.length).toBe(d.operations.total);
  });

  it('should count statuses per operation, an undocumented one apart', () => {
    expect(d.statuses.hit.map((h) => h.item)).toEqual([
      'POST /auth/login/ 200',
      'POST /auth/login/ 400',
      'GET /chat/messages/{uid}/ 404',
    ]);
    expect(d.statuses.undocumented).toEqual([{ item: 'GET /chat/messages/{uid}/ 500', count: 1 }]);
  });

  it('should read fields from bodies, never from text that is not JSON', () => {
    expect(d.request_fields.hit.map((h) => h.item)).toEqual([
      'POST /auth/login/ email',
      'POST /auth/login/ password',
      'client chat_message action',
      'client chat_message message_body',
      'client chat_message receiver_id',
    ]);
    expect(d.request_fields.undocumented.map((u) => u.item)).toEqual([
      'GET /chat/messages/{uid}/ ?page',
      'POST /auth/login/ remember',
    ]);
    expect(d.response_fields.hit.map((h) => h.item)).toContain('POST /auth/login/ entity.token');
    expect(d.response_fields.hit.map((h) => h.item)).toContain('server error code');
  });

  it('should name frame kinds, a frame that is not JSON among the undocumented', () => {
    expect(d.frame_kinds.hit).toEqual([
      { item: 'client chat_message', count: 1 },
      { item: 'server error', count: 2 },
    ]);
    expect(d.frame_kinds.missed).toEqual(['server re_message']);
    expect(d.frame_kinds.undocumented).toEqual([
      { item: 'client (not JSON)', count: 1 },
      { item: 'client typing', count: 1 },
    ]);
  });

  it('should list error and close codes seen, undocumented ones apart, an ordinary 1000 in neither', () => {
    expect(d.error_codes.hit).toEqual([{ item: 'unknown_action', count: 1 }]);
    expect(d.error_codes.undocumented).toEqual([{ item: 'made_up', count: 1 }]);
    expect(d.close_codes.hit).toEqual([{ item: '1011', count: 1 }]);
    expect(d.close_codes.missed).toEqual(['1001', '1009', '1012', '1013']);
    expect(d.close_codes.undocumented).toEqual([{ item: '4321', count: 1 }]);
  });

  it('should give percentages per dimension and their mean, rounded down', () => {
    expect(d.frame_kinds.percent).toBe(66.6);
    expect(d.close_codes.percent).toBe(20);
    const measured = Object.values(d).filter((x) => x.measured);
    const mean = measured.reduce((s, x) => s + x.covered / x.total, 0) / measured.length;
    expect(coverage.overall.percent).toBe(Math.floor(mean * 1000) / 10);
    expect(coverage.exchanges).toEqual({ http: 6, frames: 5, closes: 4, controls: 1 });
  });

  it('should publish the declared shape', () => {
    expect(CoverageSchema.parse(coverage)).toEqual(coverage);
  });

  it('should report a dimension the source cannot see as not measured, with no missed list', () => {
    const blind = coverageOf(SESSION, { unmeasured: { response_fields: 'no bodies kept' } });
    expect(blind.dimensions.response_fields).toMatchObject({
      measured: false,
      reason: 'no bodies kept',
      percent: null,
      missed: [],
    });
  });

  it('should take the universe from the documents, without the stand-in controls', () => {
    const labels = contractUniverse().operations.map((o) => o.label);
    expect(labels).toContain('GET /chat/messages/{uid}/');
    expect(labels.filter((l) => l.includes('/__mock'))).toEqual([]);
  });

  it('should forget everything on reset, and keep the undocumented list bounded', () => {
    const model = new CoverageAccumulator();
    for (let i = 0; i < 150; i++)
      model.add({ kind: 'http', method: 'GET', path: `/odd/${i}`, status: 404 });
    const ops = model.snapshot().dimensions.operations;
    expect([ops.undocumented.length, ops.undocumented_overflow]).toEqual([100, 50]);
    model.reset();
    expect(model.snapshot().dimensions.operations.undocumented).toEqual([]);
    expect(model.snapshot().exchanges.http).toBe(0);
  });
});

describe('The coverage universe', () => {
  it('should be the same read from the committed documents as built from the schemas', async () => {
    const { buildOpenApiDocument } = await import('../openapi.js');
    const { buildAsyncApiDocument } = await import('../asyncapi.js');
    const { universeFrom } = await import('./universe.js');
    const built = universeFrom(buildOpenApiDocument(), buildAsyncApiDocument());
    const labels = (u: typeof built) => [
      u.operations.map((o) => [o.label, o.statuses, o.requestFields, o.responseFields]),
      u.frameKinds.map((k) => [k.label, k.fields]),
      u.errorCodes,
      u.closeCodes,
    ];
    expect(labels(contractUniverse())).toEqual(labels(built));
  });
});
