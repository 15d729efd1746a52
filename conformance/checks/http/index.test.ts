import { describe, expect, it } from 'vitest';
import { routeById } from '../../../spec/routes/index.js';
import type { HttpResult } from '../../client/http-client.js';
import type { RunContext } from '../../model/types.js';
import { HTTP_CASES, type HttpCase } from '../cases.js';
import { envelopeAspect } from './envelope.js';
import { aspectsOf, HTTP_ASPECTS, HTTP_CHECKS } from './index.js';
import { schemaAspect } from './schema.js';

const caseById = (id: string): HttpCase => {
  const found = HTTP_CASES.find((c) => c.id === id);
  if (!found) throw new Error(`no case ${id}`);
  return found;
};
const namesOf = (c: HttpCase) => aspectsOf(c).map((aspect) => aspect.name);
const check = (id: string) => HTTP_CHECKS.find((c) => c.id === id);
/** The judges never read the context: the registry makes the call before judging. */
const ctx = {} as RunContext;

describe('The HTTP aspect registry', () => {
  it('should hold six aspects under stable, distinct names, in the order their checks run', () => {
    expect(HTTP_ASPECTS.map((aspect) => aspect.name)).toEqual([
      'status',
      'content-type',
      'envelope',
      'schema',
      'extra-fields',
      'message',
    ]);
  });

  it('should judge every case on its status, content type, schema and extra fields', () => {
    for (const c of HTTP_CASES)
      expect(namesOf(c), c.id).toEqual(
        expect.arrayContaining(['status', 'content-type', 'schema', 'extra-fields']),
      );
  });

  it('should give a body documented as neither envelope nor list no envelope check, and say why', () => {
    const refresh = caseById('refreshToken.valid');
    expect(namesOf(refresh)).toEqual(['status', 'content-type', 'schema', 'extra-fields']);
    expect(check('refreshToken.valid:envelope')).toBeUndefined();
    expect(check('refreshToken.valid:schema')).toBeDefined();
    expect(envelopeAspect.appliesTo(refresh, routeById('refreshToken'))).toBe(
      'refreshToken documents neither the envelope nor a bare list for HTTP 200',
    );
  });

  it('should judge a bare list (D12) as a bare array, and an envelope for its consistency', () => {
    expect(check('listTransactions.ok:envelope')).toMatchObject({
      title: 'GET /transactions/all/ answers a list: a bare JSON array',
      rules: ['envelope.bare-array', 'json-body'],
    });
    expect(check('currentUser.ok:envelope')?.title).toMatch(/: envelope consistency$/);
    expect(check('currentUser.ok:envelope')?.rules).toContain('envelope.success-matches-http');
  });

  it('should check the message only where the docs give one', () => {
    for (const c of HTTP_CASES)
      expect(namesOf(c).includes('message'), c.id).toBe(c.message !== undefined);
  });

  it('should fail a status the contract gives no body for as the suite’s own mistake, never skip it', () => {
    const undocumented = { ...caseById('currentUser.ok'), id: 'currentUser.no-body', status: 204 };
    expect(namesOf(undocumented)).toEqual(['status', 'content-type', 'schema', 'extra-fields']);
    const res: HttpResult = { ok: true, status: 204, headers: {}, text: '{}', json: {}, ms: 1 };
    expect(schemaAspect.judge(ctx, undocumented, res)).toMatchObject({
      outcome: 'fail',
      rule: 'contract',
    });
  });
});
