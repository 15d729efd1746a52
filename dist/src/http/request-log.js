/** One line per request: method, path, status, milliseconds. */
export function requestLog(print) {
    return async function requestLog(c, next) {
        const started = performance.now();
        await next();
        print(`${c.req.method} ${c.req.path} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`);
    };
}
