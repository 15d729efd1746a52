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
  /** The control key `/__mock/*` demands, if any (D55). */
  controlKey?: string;
}
