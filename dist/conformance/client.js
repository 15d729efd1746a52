import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import WebSocket from 'ws';
/**
 * One HTTP call over node:http, not fetch: the docs send JSON bodies with GET, which fetch refuses,
 * and a conformance suite must see redirects rather than follow them.
 *
 * @example
 * const res = await httpCall({ method: 'GET', url: `${base}/auth/user/`, headers: bearer(token) });
 */
export function httpCall({ method, url, headers = {}, body, timeoutMs = 5000, }) {
    const started = performance.now();
    const ms = () => Math.round(performance.now() - started);
    return new Promise((resolve) => {
        let target;
        try {
            target = new URL(url);
        }
        catch {
            resolve({ ok: false, error: `not a URL: ${url}`, ms: 0 });
            return;
        }
        const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
        const allHeaders = { accept: 'application/json', ...headers };
        if (payload !== undefined) {
            allHeaders['content-type'] ??= 'application/json';
            allHeaders['content-length'] = String(Buffer.byteLength(payload));
        }
        const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
        const req = send(target, { method, headers: allHeaders, timeout: timeoutMs }, (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('error', (error) => resolve({ ok: false, error: `response broke off: ${error.message}`, ms: ms() }));
            res.on('end', () => {
                const text = Buffer.concat(chunks).toString('utf8');
                const flatHeaders = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [
                    k,
                    Array.isArray(v) ? v.join(', ') : String(v),
                ]));
                let json;
                let jsonError;
                try {
                    json = text === '' ? undefined : JSON.parse(text);
                }
                catch (error) {
                    jsonError = error.message;
                }
                resolve({
                    ok: true,
                    status: res.statusCode ?? 0,
                    headers: flatHeaders,
                    text,
                    json,
                    jsonError,
                    ms: ms(),
                });
            });
        });
        req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
        req.on('error', (error) => resolve({ ok: false, error: describeNetworkError(error), ms: ms() }));
        req.end(payload);
    });
}
function describeNetworkError(error) {
    if (error.code === 'ECONNREFUSED')
        return `connection refused (${error.message.replace(/^connect ECONNREFUSED /, '')}): is the server running?`;
    return error.message;
}
export const bearer = (token) => ({ authorization: `Bearer ${token}` });
/** Opens a socket; a refused handshake comes back as its HTTP status, never as a throw. */
export function openSocket(url, timeoutMs = 5000) {
    return new Promise((resolve) => {
        let ws;
        try {
            ws = new WebSocket(url, { handshakeTimeout: timeoutMs });
        }
        catch (error) {
            resolve({ ok: false, error: error.message });
            return;
        }
        const frames = [];
        const listeners = new Set();
        ws.on('message', (data, isBinary) => {
            const text = data.toString();
            let frame = isBinary ? { binary: text } : text;
            try {
                frame = JSON.parse(text);
            }
            catch { }
            frames.push(frame);
            for (const listener of listeners)
                listener();
        });
        ws.once('unexpected-response', (_req, res) => {
            resolve({
                ok: false,
                status: res.statusCode,
                error: `handshake refused with HTTP ${res.statusCode}`,
            });
            ws.terminate();
        });
        ws.once('error', (error) => resolve({ ok: false, error: describeNetworkError(error) }));
        ws.once('open', () => resolve({
            ok: true,
            session: {
                frames,
                send: (data) => ws.send(data),
                isOpen: () => ws.readyState === WebSocket.OPEN,
                waitForFrame: (match, waitMs) => new Promise((done) => {
                    const check = () => {
                        const found = frames.find(match);
                        if (found === undefined)
                            return;
                        cleanup();
                        done(found);
                    };
                    const timer = setTimeout(() => {
                        cleanup();
                        done(undefined);
                    }, waitMs);
                    const cleanup = () => {
                        clearTimeout(timer);
                        listeners.delete(check);
                    };
                    listeners.add(check);
                    check();
                }),
                close: () => new Promise((done) => {
                    if (ws.readyState === WebSocket.CLOSED)
                        return done();
                    ws.once('close', () => done());
                    ws.close();
                    setTimeout(() => {
                        ws.terminate();
                        done();
                    }, 1000).unref();
                }),
            },
        }));
    });
}
