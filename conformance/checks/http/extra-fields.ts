import { responseSchema, routeById } from '../../../spec/routes/index.js';
import { extraFields, judgeProblems } from '../../judging/shape.js';
import { overItems } from '../items.js';
import { type HttpAspect, withJsonBody } from './aspect.js';
import { noSchema } from './schema.js';

/** No field beyond what the contract documents. */
export const extraFieldsAspect: HttpAspect = {
  name: 'extra-fields',
  severity: 'warning',
  title: () => 'no undocumented fields',
  rules: () => ['extra-fields', 'json-body'],
  appliesTo: () => true,
  judge: (ctx, c, res) =>
    withJsonBody(c, res, ({ json }) => {
      const schema = responseSchema(routeById(c.operationId), c.status);
      if (!schema) return noSchema(c);
      const verdict = judgeProblems('only documented fields', extraFields(schema, json));
      return overItems(ctx, c, json, { ...verdict, rule: 'extra-fields' });
    }),
};
