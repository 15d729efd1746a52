import type { StandInConfig } from './config.js';
import type { createStore } from './store/index.js';
export interface RunningStandIn {
    url: string;
    wsUrl: string;
    port: number;
    store: ReturnType<typeof createStore>;
    /** Open sockets and the users holding them: what a leak test watches. */
    connections(): {
        sockets: number;
        users: number;
    };
    close(): Promise<void>;
}
/**
 * Opens (and if needed seeds) the database, then serves HTTP and the socket on one port.
 *
 * @example
 * const standIn = await startStandIn({ ...config, port: 0, db: ':memory:', quiet: true });
 * await standIn.close();
 */
export declare function startStandIn(config: StandInConfig, print?: (line: string) => void): Promise<RunningStandIn>;
