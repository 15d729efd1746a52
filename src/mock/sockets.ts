import { mockCloseSockets } from '../../spec/routes/mock.js';
import { success } from '../../spec/schemas/envelope.js';
import { SocketCloseRequestSchema } from '../../spec/schemas/mock.js';
import { readValidBody } from '../http/body.js';
import { failureResponse } from '../http/errors.js';
import { createRouter, withoutBody } from '../routes/mount.js';
import type { MockContext } from './context.js';

/** `POST /__mock/sockets/close`: close sockets now, as a restart (1012) or a crash (1011) would. */
export function socketControls({ closeSockets }: MockContext) {
  const mock = createRouter();
  mock.openapi(withoutBody(mockCloseSockets), async (c) => {
    const body = await readValidBody(c, SocketCloseRequestSchema);
    if (!body.ok) return failureResponse(c, body.message, 400);
    const { user_id: userId, code, reason } = body.value;
    const closed = closeSockets(code, reason, userId);
    return c.json(success({ closed }, `${closed} socket(s) closed with ${code}`), 200);
  });
  return mock;
}
