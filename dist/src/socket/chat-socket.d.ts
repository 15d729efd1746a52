import type { createNodeWebSocket } from '@hono/node-ws';
import type { MiddlewareHandler } from 'hono';
import type { WSContext } from 'hono/ws';
import type { AppEnv } from '../env.js';
import type { LogLine } from '../http/request-log.js';
import type { Store } from '../store/index.js';
import type { MessageWriter } from './message-writer.js';
import type { ConnectionRegistry } from './registry.js';
export interface ChatSocketDeps {
    store: Store;
    secret: () => string;
    registry: ConnectionRegistry<WSContext>;
    writer: MessageWriter;
    log: LogLine;
}
/** Refuses the handshake with 403 before the upgrade when `?token=` is missing or bad. */
export declare function socketHandshake({ store, secret, }: Pick<ChatSocketDeps, 'store' | 'secret'>): MiddlewareHandler<AppEnv>;
type NodeUpgradeWebSocket = ReturnType<typeof createNodeWebSocket>['upgradeWebSocket'];
/** The chat protocol of "Sending messages": validate, store, then deliver to the receiver. */
export declare function chatSocket(upgradeWebSocket: NodeUpgradeWebSocket, deps: ChatSocketDeps): MiddlewareHandler<any, string, {
    outputFormat: "ws";
}>;
export {};
