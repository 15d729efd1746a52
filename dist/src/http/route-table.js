import { SOCKET_PATH, SOCKET_PATH_ALIAS } from '../../spec/asyncapi.js';
import { ROUTES } from '../../spec/routes/index.js';
function compile(path) {
    const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
    return new RegExp(`^${source}$`);
}
/** The contract's paths, compiled once: the gate, `Prefer` and slash handling all read this. */
export const CONTRACT_PATHS = (() => {
    const byPath = new Map();
    for (const route of ROUTES) {
        const entry = byPath.get(route.path) ?? {
            path: route.path,
            pattern: compile(route.path),
            operations: new Map(),
            isProtected: false,
        };
        entry.operations.set(route.method.toUpperCase(), route);
        entry.isProtected ||= (route.security?.length ?? 0) > 0;
        byPath.set(route.path, entry);
    }
    return [...byPath.values()];
})();
/** Look-ups by path, remembered: every request asks, and clients repeat their paths. */
const MEMO_LIMIT = 5_000;
function memoized(compute) {
    const memo = new Map();
    return (path) => {
        if (memo.has(path))
            return memo.get(path);
        const value = compute(path);
        if (memo.size >= MEMO_LIMIT)
            memo.clear();
        memo.set(path, value);
        return value;
    };
}
export const findContractPath = memoized((path) => CONTRACT_PATHS.find((entry) => entry.pattern.test(path)));
/** The operation for a method, counting HEAD as GET as Django does. */
export function findOperation(entry, method) {
    return entry.operations.get(method === 'HEAD' ? 'GET' : method);
}
const SLASHED_ELSEWHERE = [SOCKET_PATH, SOCKET_PATH_ALIAS].map(compile);
/**
 * Adds the trailing slash the contract's paths end with when the client left it off (D22), so
 * `/auth/users` and `/auth/users/` are one route for every method, with no redirect.
 */
export const canonicalPath = memoized((path) => {
    if (path.endsWith('/'))
        return path;
    const slashed = `${path}/`;
    const known = CONTRACT_PATHS.some((entry) => entry.pattern.test(slashed)) ||
        SLASHED_ELSEWHERE.some((p) => p.test(slashed));
    return known ? slashed : path;
});
