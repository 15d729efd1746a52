import { mockConfig, mockSetAssumptions } from '../../spec/routes/mock.js';
import { success } from '../../spec/schemas/envelope.js';
import { AssumptionBreaksRequestSchema } from '../../spec/schemas/standin-config.js';
import { readValidBody } from '../http/body.js';
import { failureResponse } from '../http/errors.js';
import { createRouter, withoutBody } from '../routes/mount.js';
import type { MockContext } from './context.js';

/** `/__mock/config` (the policies where the docs are silent) and `/__mock/assumptions` (D126). */
export function configControls({ policies, breaks }: MockContext) {
  const mock = createRouter();
  mock.openapi(mockConfig, (c) => {
    const { mode, choices, like } = policies;
    return c.json(
      success({
        mode,
        policies: choices,
        like: like
          ? {
              file: like.file,
              target: like.target,
              adopted: like.adopted,
              not_adopted: like.notAdopted,
              unread: like.unread,
            }
          : null,
        assumptions: breaks.state,
      }),
      200,
    );
  });
  mock.openapi(withoutBody(mockSetAssumptions), async (c) => {
    const body = await readValidBody(c, AssumptionBreaksRequestSchema);
    if (!body.ok) return failureResponse(c, body.message, 400);
    breaks.set(body.value);
    return c.json(
      success(breaks.state, breaks.broken ? 'Assumptions broken' : 'Assumptions kept'),
      200,
    );
  });
  return mock;
}
