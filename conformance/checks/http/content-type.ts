import { failRule, pass } from '../../model/types.js';
import { type HttpAspect, withJsonBody } from './aspect.js';

/** A JSON body labelled as JSON. */
export const contentTypeAspect: HttpAspect = {
  name: 'content-type',
  severity: 'error',
  title: () => 'JSON content type',
  rules: () => ['content-type', 'json-body'],
  appliesTo: () => true,
  judge: (_ctx, c, res) =>
    withJsonBody(c, res, ({ headers }) =>
      /^application\/json\b/.test(headers['content-type'] ?? '')
        ? pass()
        : failRule(
            'content-type',
            'Content-Type: application/json',
            headers['content-type'] ?? '(none)',
          ),
    ),
};
