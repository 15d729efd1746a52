import type { ResolvedPolicies } from '../policy/resolve.js';
import type { AssumptionBreaks } from '../state/assumption-breaks.js';
import type { FaultSet } from '../state/fault-rules.js';
import type { Journal } from '../state/request-journal.js';
import type { Store } from '../store/index.js';

/** What every `/__mock/*` control may use. */
export interface MockContext {
  store: Store;
  secret: () => string;
  reset: () => Promise<void> | void;
  faults: FaultSet;
  journal: Journal;
  /** Closes one user's sockets, or everyone's; answers how many. */
  closeSockets: (code: number, reason: string, userId?: string) => number;
  /** The public origin (`http://127.0.0.1:8000`): the server the controls document names. */
  origin: () => string;
  /** The control key `/__mock/*` demands, if any (D55). */
  controlKey?: string;
  /** Where the docs are silent, what this stand-in does (`GET /__mock/config`). */
  policies: ResolvedPolicies;
  /** Broken assumptions (`POST /__mock/assumptions`, D126). */
  breaks: AssumptionBreaks;
}
