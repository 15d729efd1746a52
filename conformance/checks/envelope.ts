import { type ContractRoute, responseSchema } from '../../spec/routes/index.js';
import { AnyEnvelopeSchema } from '../../spec/schemas/envelope.js';
import type { HttpResult } from '../client/http-client.js';
import { describeProblems, shapeErrors } from '../judging/shape.js';
import { describeResponse, failRule, pass, type Verdict } from '../model/types.js';
import type { HttpCase } from './cases.js';

export type BodyForm = 'envelope' | 'array' | 'other';

/** The rules of the envelope aspect, by the body's documented form. */
export const ENVELOPE_RULES: Record<'envelope' | 'array', string[]> = {
  envelope: [
    'envelope.shape',
    'envelope.success-matches-status',
    'envelope.success-matches-http',
    'json-body',
  ],
  array: ['envelope.bare-array', 'json-body'],
};

/** The documented body's outer form: the envelope, a bare list (D12), or neither (token refresh). */
export function bodyForm(route: ContractRoute, status: number): BodyForm {
  const schema = responseSchema(route, status) as
    | { shape?: Record<string, unknown>; type?: string }
    | undefined;
  if (schema?.shape && 'success' in schema.shape) return 'envelope';
  return schema?.type === 'array' ? 'array' : 'other';
}

/** The envelope aspect: `success` agrees with `status` and with the documented status code. */
export function judgeEnvelope(
  c: HttpCase,
  form: BodyForm,
  res: Extract<HttpResult, { ok: true }>,
): Verdict {
  if (form === 'array')
    return Array.isArray(res.json)
      ? pass()
      : failRule('envelope.bare-array', 'a bare JSON array (D12)', describeResponse(res), '$');
  const envelope = AnyEnvelopeSchema.safeParse(res.json);
  if (!envelope.success)
    return failRule(
      'envelope.shape',
      '{status, entity, message, success}',
      describeProblems(shapeErrors(AnyEnvelopeSchema, res.json)),
    );
  const { status, success } = envelope.data;
  if (success !== (status === 'success'))
    return failRule(
      'envelope.success-matches-status',
      'success true exactly when status is "success"',
      `status "${status}", success ${success}`,
      '$.success',
    );
  // The HTTP status decides which half of the envelope is due: 2xx success, 4xx failure.
  const wanted = c.status < 400;
  return success === wanted
    ? pass()
    : failRule(
        'envelope.success-matches-http',
        `success: ${wanted} with HTTP ${c.status}`,
        `status "${status}", success ${success}`,
        '$.success',
      );
}
