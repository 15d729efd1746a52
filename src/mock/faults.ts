import {
  mockAddFault,
  mockClearFaults,
  mockListFaults,
  mockRemoveFault,
} from '../../spec/routes/mock.js';
import { success } from '../../spec/schemas/envelope.js';
import { FaultRequestSchema } from '../../spec/schemas/mock.js';
import { readValidBody } from '../http/body.js';
import { failureResponse } from '../http/errors.js';
import { createRouter, withoutBody } from '../routes/mount.js';
import type { MockContext } from './context.js';

/** `/__mock/faults`: set, list and clear HTTP and socket faults (D53). */
export function faultControls({ faults }: MockContext) {
  const mock = createRouter();
  mock.openapi(mockListFaults, (c) => c.json(success(faults.list()), 200));
  mock.openapi(withoutBody(mockAddFault), async (c) => {
    const body = await readValidBody(c, FaultRequestSchema);
    if (!body.ok) return failureResponse(c, body.message, 400);
    return c.json(success(faults.add(body.value), 'Fault active'), 201);
  });
  mock.openapi(mockClearFaults, (c) => {
    faults.clear();
    return c.json(success(null, 'Every fault removed'), 200);
  });
  mock.openapi(mockRemoveFault, (c) => {
    const { id } = c.req.valid('param');
    if (!faults.remove(id)) return failureResponse(c, `No fault has id ${id}`, 404);
    return c.json(success(null, `Fault ${id} removed`), 200);
  });
  return mock;
}
