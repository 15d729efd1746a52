import { Hono } from 'hono';
import type { AppEnv } from '../http/hono-env.js';
import { configControls } from './config.js';
import type { MockContext } from './context.js';
import { requireControlKey } from './control-key.js';
import { coverageControls } from './coverage.js';
import { documentControls } from './document.js';
import { faultControls } from './faults.js';
import { journalControls } from './journal.js';
import { controlMethodNotAllowed } from './method-not-allowed.js';
import { resetControls } from './reset.js';
import { snapshotControls } from './snapshots.js';
import { socketControls } from './sockets.js';
import { tokenControls } from './tokens.js';
import { userControls } from './users.js';

export type { MockContext } from './context.js';

/**
 * Stand-in controls under `/__mock/`, outside the API (D26), one concern a file and WireMock's
 * `/__admin` as the model for naming. Answers use the same envelope as the API; the control key
 * guards all of them when set (D55).
 */
export function mockRoutes(context: MockContext) {
  const mock = new Hono<AppEnv>();
  mock.use('/__mock/*', requireControlKey(context.controlKey));
  mock.use('/__mock', requireControlKey(context.controlKey));
  for (const controls of [
    resetControls,
    userControls,
    tokenControls,
    snapshotControls,
    socketControls,
    faultControls,
    journalControls,
    coverageControls,
    configControls,
    documentControls,
  ])
    mock.route('/', controls(context));
  mock.all('/__mock/*', controlMethodNotAllowed());
  return mock;
}
