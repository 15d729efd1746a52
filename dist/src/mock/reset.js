import { Hono } from 'hono';
import { success } from '../../spec/schemas/envelope.js';
/** `POST /__mock/reset`: back to the seed, as on a fresh database. */
export function resetControls({ reset }) {
    const mock = new Hono();
    mock.post('/__mock/reset', async (c) => {
        await reset();
        return c.json(success(null, 'Data reset to the seed'));
    });
    return mock;
}
