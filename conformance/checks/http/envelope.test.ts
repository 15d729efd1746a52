import { describe, expect, it } from 'vitest';
import { routeById } from '../../../spec/routes/index.js';
import type { HttpResult } from '../../client/http-client.js';
import { NOTHING_TO_VALIDATE, type RunContext } from '../../model/types.js';
import { HTTP_CASES, type HttpCase } from '../cases.js';
import { bodyForm, ENVELOPE_RULES, envelopeAspect, judgeEnvelope } from './envelope.js';
import { noSchema, SCHEMA_RULES, schemaAspect } from './schema.js';

/**
 * The envelope and schema aspects judge one response each, so they are proven here on plain
 * values, rule by rule: each verdict's rule, expectation, evidence and path (what a report shows).
 * The rule-level proof against breaking servers is test/conformance/variants.test.ts.
 */
const caseById = (id: string): HttpCase => {
  const found = HTTP_CASES.find((c) => c.id === id);
  if (!found) throw new Error(`no case ${id}`);
  return found;
};
const ctx = { allowWrites: true } as RunContext;
const user = caseById('currentUser.ok');
const list = caseById('listTransactions.ok');
const refresh = caseById('refreshToken.valid');

function answer(json: unknown, status = 200): Extract<HttpResult, { ok: true }> {
  const text = JSON.stringify(json);
  return { ok: true, status, headers: { 'content-type': 'application/json' }, text, json, ms: 1 };
}
const envelope = (status: 'success' | 'failure', success: boolean) => ({
  status,
  entity: null,
  message: null,
  success,
});

describe('bodyForm', () => {
  it('should tell the envelope, a bare list and neither apart by the documented body', () => {
    expect(bodyForm(routeById('currentUser'), 200)).toBe('envelope');
    expect(bodyForm(routeById('listTransactions'), 200)).toBe('array');
    expect(bodyForm(routeById('refreshToken'), 200)).toBe('other');
    expect(bodyForm(routeById('currentUser'), 204)).toBe('other');
  });
});

describe('judgeEnvelope', () => {
  it('should pass a bare array where the docs give one, and fail anything else at $', () => {
    expect(judgeEnvelope(list, 'array', answer([]))).toEqual({ outcome: 'pass' });
    const res = answer(envelope('success', true));
    expect(judgeEnvelope(list, 'array', res)).toEqual({
      outcome: 'fail',
      rule: 'envelope.bare-array',
      expected: 'a bare JSON array (D12)',
      actual: `HTTP 200 application/json: ${res.text}`,
      path: '$',
    });
  });

  it('should fail a body that is not the envelope, naming its problems', () => {
    const verdict = judgeEnvelope(user, 'envelope', answer({ status: 'success', entity: {} }));
    expect(verdict).toMatchObject({
      outcome: 'fail',
      rule: 'envelope.shape',
      expected: '{status, entity, message, success}',
    });
    expect(verdict.actual).toMatch(/message/);
    expect(verdict.actual).toMatch(/success/);
  });

  it('should fail `success` that disagrees with `status`, either way', () => {
    for (const [status, success] of [
      ['success', false],
      ['failure', true],
    ] as const)
      expect(judgeEnvelope(user, 'envelope', answer(envelope(status, success)))).toEqual({
        outcome: 'fail',
        rule: 'envelope.success-matches-status',
        expected: 'success true exactly when status is "success"',
        actual: `status "${status}", success ${success}`,
        path: '$.success',
      });
  });

  it('should want success below HTTP 400 and failure from 400 on', () => {
    const at = (status: number) => ({ ...user, status });
    expect(judgeEnvelope(at(200), 'envelope', answer(envelope('success', true)))).toEqual({
      outcome: 'pass',
    });
    expect(judgeEnvelope(at(399), 'envelope', answer(envelope('success', true))).outcome).toBe(
      'pass',
    );
    expect(judgeEnvelope(at(400), 'envelope', answer(envelope('failure', false))).outcome).toBe(
      'pass',
    );
    expect(judgeEnvelope(at(400), 'envelope', answer(envelope('success', true)))).toEqual({
      outcome: 'fail',
      rule: 'envelope.success-matches-http',
      expected: 'success: false with HTTP 400',
      actual: 'status "success", success true',
      path: '$.success',
    });
    expect(judgeEnvelope(at(200), 'envelope', answer(envelope('failure', false)))).toMatchObject({
      rule: 'envelope.success-matches-http',
      expected: 'success: true with HTTP 200',
    });
  });
});

describe('envelopeAspect', () => {
  it('should title, rule and apply itself by the documented form', () => {
    expect(envelopeAspect.title(user, routeById('currentUser'))).toBe('envelope consistency');
    expect(envelopeAspect.title(list, routeById('listTransactions'))).toBe('a bare JSON array');
    // Failures are errors, never advisories: a broken envelope fails the run.
    expect([envelopeAspect.name, envelopeAspect.severity]).toEqual(['envelope', 'error']);
    expect(envelopeAspect.rules(user, routeById('currentUser'))).toEqual([
      'envelope.shape',
      'envelope.success-matches-status',
      'envelope.success-matches-http',
      'json-body',
    ]);
    expect(envelopeAspect.rules(list, routeById('listTransactions'))).toEqual([
      'envelope.bare-array',
      'json-body',
    ]);
    expect(ENVELOPE_RULES.array).toBe(envelopeAspect.rules(list, routeById('listTransactions')));
    expect(envelopeAspect.appliesTo(user, routeById('currentUser'))).toBe(true);
    expect(envelopeAspect.appliesTo(list, routeById('listTransactions'))).toBe(true);
    expect(envelopeAspect.appliesTo(refresh, routeById('refreshToken'))).toBe(
      'refreshToken documents neither the envelope nor a bare list for HTTP 200',
    );
  });

  it('should judge the envelope of the case, and say where a wrapped one sat', () => {
    expect(envelopeAspect.judge(ctx, user, answer(envelope('success', true)))).toEqual({
      outcome: 'pass',
    });
    expect(
      envelopeAspect.judge(ctx, user, answer({ data: envelope('success', true) })),
    ).toMatchObject({ outcome: 'fail', rule: 'envelope.shape', found_at: '$.data' });
    expect(envelopeAspect.judge(ctx, list, answer({ data: [] }))).toMatchObject({
      outcome: 'fail',
      rule: 'envelope.bare-array',
      found_at: '$.data',
    });
    // Not wrapped: nothing to point at.
    expect(envelopeAspect.judge(ctx, list, answer({ data: 1 }))).not.toHaveProperty('found_at');
  });
});

describe('schemaAspect', () => {
  it('should name every schema rule, apply to every case and title itself', () => {
    expect(schemaAspect.rules(user, routeById('currentUser'))).toEqual([
      'schema.missing',
      'schema.null',
      'schema.type',
      'schema.format',
      'schema.value',
      'schema.length',
      'json-body',
    ]);
    expect(SCHEMA_RULES).toHaveLength(6);
    expect([schemaAspect.name, schemaAspect.severity]).toEqual(['schema', 'error']);
    expect(schemaAspect.appliesTo(refresh, routeById('refreshToken'))).toBe(true);
    expect(schemaAspect.title(user, routeById('currentUser'))).toBe('body matches the contract');
  });

  it('should fail a body missing documented fields, and say where a wrapped one sat', () => {
    expect(schemaAspect.judge(ctx, refresh, answer({}))).toMatchObject({
      outcome: 'fail',
      rule: 'schema.missing',
      expected: 'every documented field, with its documented type',
    });
    expect(schemaAspect.judge(ctx, refresh, answer({ data: { access: 'a.b.c' } }))).toMatchObject({
      outcome: 'fail',
      found_at: '$.data',
    });
  });

  it('should skip an empty list as nothing validated, and count the items of a full one', () => {
    expect(schemaAspect.judge(ctx, list, answer([]))).toEqual({
      outcome: 'skip',
      actual: NOTHING_TO_VALIDATE,
    });
    expect(schemaAspect.judge(ctx, list, answer([{}, {}]))).toMatchObject({
      outcome: 'fail',
      checked_items: 2,
    });
  });

  it("should fail a status the contract has no body for as the suite's own mistake", () => {
    const undocumented = { ...user, status: 204 };
    const expected = {
      outcome: 'fail',
      rule: 'contract',
      expected: 'a schema for HTTP 204 in the contract',
      actual: 'currentUser documents no JSON body for 204: the case or the contract is wrong',
    };
    expect(noSchema(undocumented)).toMatchObject(expected);
    expect(schemaAspect.judge(ctx, undocumented, answer({}, 204))).toMatchObject(expected);
  });
});
