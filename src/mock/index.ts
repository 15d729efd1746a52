import { Hono } from 'hono';
import type { AppEnv } from '../env.js';
import type { MockContext } from './context.js';
import { resetControls } from './reset.js';
import { snapshotControls } from './snapshots.js';
import { tokenControls } from './tokens.js';
import { userControls } from './users.js';

export type { MockContext } from './context.js';

/**
 * Stand-in controls under `/__mock/`, outside the API (D26), one concern a file and WireMock's
 * `/__admin` as the model for naming. Answers use the same envelope as the API.
 */
export function mockRoutes(context: MockContext) {
  const mock = new Hono<AppEnv>();
  for (const controls of [resetControls, userControls, tokenControls, snapshotControls])
    mock.route('/', controls(context));
  return mock;
}
