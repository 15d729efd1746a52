import { mockReset } from '../../spec/routes/mock.js';
import { success } from '../../spec/schemas/envelope.js';
import { createRouter } from '../routes/mount.js';
/** `POST /__mock/reset`: back to the seed, as on a fresh database. */
export function resetControls({ reset }) {
    const mock = createRouter();
    mock.openapi(mockReset, async (c) => {
        await reset();
        return c.json(success(null, 'Data reset to the seed'), 200);
    });
    return mock;
}
