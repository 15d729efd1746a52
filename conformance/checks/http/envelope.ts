import { type ContractRoute, responseSchema, routeById } from '../../../spec/routes/index.js';
import { AnyEnvelopeSchema } from '../../../spec/schemas/envelope.js';
import { noteWrapped } from '../../judging/nested.js';
import { describeProblems, shapeErrors } from '../../judging/shape.js';
import { describeResponse, failRule, pass, type Verdict } from '../../model/types.js';
import type { HttpCase } from '../cases.js';
import { type HttpAspect, type JsonResponse, withJsonBody } from './aspect.js';

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

/**
 * The envelope aspect: `success` agrees with `status` and with the documented status code. Reads
 * only the case's status, so the proxy judges live traffic with it too (status = what came back).
 */
export function judgeEnvelope(
  c: Pick<HttpCase, 'status'>,
  form: BodyForm,
  res: JsonResponse,
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

/**
 * The body's outer form: the envelope's consistency, or a bare list where the docs give one (D12).
 * A body documented as neither (token refresh's `{access}`) has no envelope to judge.
 */
export const envelopeAspect: HttpAspect = {
  name: 'envelope',
  severity: 'error',
  title: (c, route) =>
    bodyForm(route, c.status) === 'envelope' ? 'envelope consistency' : 'a bare JSON array',
  rules: (c, route) => ENVELOPE_RULES[bodyForm(route, c.status) === 'array' ? 'array' : 'envelope'],
  appliesTo: (c, route) =>
    bodyForm(route, c.status) !== 'other' ||
    `${c.operationId} documents neither the envelope nor a bare list for HTTP ${c.status}`,
  judge: (_ctx, c, res) =>
    withJsonBody(c, res, (answered) => {
      const form = bodyForm(routeById(c.operationId), c.status);
      return noteWrapped(
        judgeEnvelope(c, form, answered),
        (v) => (form === 'array' ? Array.isArray(v) : AnyEnvelopeSchema.safeParse(v).success),
        answered.json,
      );
    }),
};
