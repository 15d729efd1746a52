import { type ReMessageFrame } from '../../../spec/schemas/socket.js';
import { type SocketSession } from '../../client.js';
import { type RunContext, type Verdict } from '../../types.js';
export declare const SECTION = "Connecting and using the websocket";
export declare const SENDING = "Sending messages";
/** What one user → peer message did: the frame the peer got, and both sockets' records. */
export interface Exchange {
    error?: string;
    body: string;
    frame?: unknown;
    userSocket?: SocketSession;
    peerSocket?: SocketSession;
}
/** The socket URL with `token` as its query parameter, as the docs connect. */
export declare const withToken: (ctx: RunContext, token: string) => string;
/** Opens both sockets, sends one uniquely-marked message user → peer, collects what arrives. Once per run. */
export declare function exchange(ctx: RunContext): Promise<Exchange>;
/** The delivered frame, parsed, or the verdict that says why there is none. */
export declare function deliveredFrame(ctx: RunContext): Promise<{
    frame: ReMessageFrame;
} | {
    verdict: Verdict;
}>;
