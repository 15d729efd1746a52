import { describe, expect, it } from 'vitest';
import type { HttpResult } from '../../client/http-client.js';
import { pass } from '../../model/types.js';
import type { HttpCase } from '../cases.js';
import { withJsonBody } from './aspect.js';

const CASE = { id: 'getUser', operationId: 'getUser', title: 'a user', status: 200 } as HttpCase;
const answer = (status: number): HttpResult => ({
  ok: true,
  status,
  headers: { 'content-type': 'application/json' },
  text: '{}',
  json: {},
  ms: 1,
});

describe('withJsonBody', () => {
  it('should skip on another status, naming the status check as the cause reports fold it under', () => {
    expect(withJsonBody(CASE, answer(405), pass)).toEqual({
      outcome: 'skip',
      actual: 'status was 405, not 200; see the status check',
      caused_by: 'getUser:status',
    });
  });

  it('should judge the body when the status is the documented one', () => {
    expect(withJsonBody(CASE, answer(200), pass)).toEqual({ outcome: 'pass' });
  });
});
