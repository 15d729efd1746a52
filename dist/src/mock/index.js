import { Hono } from 'hono';
import { resetControls } from './reset.js';
import { tokenControls } from './tokens.js';
import { userControls } from './users.js';
/**
 * Stand-in controls under `/__mock/`, outside the API (D26), one concern a file and WireMock's
 * `/__admin` as the model for naming. Answers use the same envelope as the API.
 */
export function mockRoutes(context) {
    const mock = new Hono();
    for (const controls of [resetControls, userControls, tokenControls])
        mock.route('/', controls(context));
    return mock;
}
