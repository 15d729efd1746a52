/** Anything that can be sent a text frame: hono's WSContext in the server, a fake in tests. */
export interface FrameSink {
    send(data: string): void;
}
/**
 * Open sockets by user id. A user may hold many (tabs, devices); each gets every frame meant for
 * that user. Removing the last socket drops the user's entry, so nothing lingers after a close.
 */
export declare class ConnectionRegistry<S extends FrameSink = FrameSink> {
    #private;
    add(userId: string, socket: S): void;
    remove(userId: string, socket: S): void;
    /** Sends `data` to every socket of `userId`; answers how many it reached. */
    sendTo(userId: string, data: string): number;
    get userCount(): number;
    get socketCount(): number;
}
