/**
 * The stand-in as a library, the package's main entry (`9app-standin`): `createStandIn` for tests
 * in the same process (a fetch handler, no port), `startStandIn` for a listening server with the
 * chat socket. The contract is its own entry: `9app-standin/contract`.
 *
 * @example
 * import { createStandIn } from '9app-standin';
 * const standIn = await createStandIn();
 */

export { DEFAULT_SEED, type SeedOptions } from './seed/index.js';
export type { StandInConfig } from './server/config.js';
export { parseConfig } from './server/config.js';
export { createStandIn, type InProcessStandIn, type StandInOptions } from './server/in-process.js';
export { type RunningStandIn, startStandIn } from './server/start.js';
export type { Store } from './store/index.js';
