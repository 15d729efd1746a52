/** What came back from one HTTP call: never thrown, always data. */
export type HttpResult = {
    ok: true;
    status: number;
    headers: Record<string, string>;
    text: string;
    json: unknown;
    jsonError?: string;
    ms: number;
} | {
    ok: false;
    error: string;
    ms: number;
};
export interface HttpCall {
    method: string;
    url: string;
    headers?: Record<string, string>;
    /** A value to send as JSON, or a string sent as is. */
    body?: unknown;
    timeoutMs?: number;
}
/**
 * One HTTP call over node:http, not fetch: the docs send JSON bodies with GET, which fetch refuses,
 * and a conformance suite must see redirects rather than follow them.
 *
 * @example
 * const res = await httpCall({ method: 'GET', url: `${base}/auth/user/`, headers: bearer(token) });
 */
export declare function httpCall({ method, url, headers, body, timeoutMs, }: HttpCall): Promise<HttpResult>;
export declare const bearer: (token: string) => {
    authorization: string;
};
/** An open socket that records every frame it receives. */
export interface SocketSession {
    frames: unknown[];
    send(data: string | Buffer): void;
    /** Resolves with the first frame (already received or yet to come) that matches, or undefined at the timeout. */
    waitForFrame(match: (frame: unknown) => boolean, timeoutMs: number): Promise<unknown | undefined>;
    isOpen(): boolean;
    close(): Promise<void>;
}
export type SocketResult = {
    ok: true;
    session: SocketSession;
} | {
    ok: false;
    status?: number;
    error: string;
};
/** Opens a socket; a refused handshake comes back as its HTTP status, never as a throw. */
export declare function openSocket(url: string, timeoutMs?: number): Promise<SocketResult>;
