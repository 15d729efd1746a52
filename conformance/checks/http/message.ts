import { failRule, pass } from '../../model/types.js';
import { type HttpAspect, withJsonBody } from './aspect.js';

/** The envelope's `message`, word for word, where the docs give one for the case. */
export const messageAspect: HttpAspect = {
  name: 'message',
  severity: 'error',
  title: () => 'documented message',
  rules: () => ['message', 'json-body'],
  appliesTo: (c) => c.message !== undefined || 'the docs give no message for this case',
  judge: (_ctx, c, res) =>
    withJsonBody(c, res, ({ json }) => {
      const actual = (json as { message?: unknown } | null)?.message;
      return actual === c.message
        ? pass()
        : failRule('message', JSON.stringify(c.message), JSON.stringify(actual), '$.message');
    }),
};
