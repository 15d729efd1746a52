import { SOCKET_PATH, SOCKET_PATH_ALIAS } from '../../spec/asyncapi.js';
import { type ContractRoute, ROUTES } from '../../spec/routes/index.js';

/** One contract path with the operations declared on it. */
export interface ContractPath {
  path: string;
  pattern: RegExp;
  operations: Map<string, ContractRoute>;
  isProtected: boolean;
}

/** A path's pattern; each `{parameter}` is a capture group, in order (the read lane reads them). */
function compile(path: string): RegExp {
  const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '([^/]+)');
  return new RegExp(`^${source}$`);
}

/** The contract's paths, compiled once: the gate, `Prefer` and slash handling all read this. */
export const CONTRACT_PATHS: readonly ContractPath[] = (() => {
  const byPath = new Map<string, ContractPath>();
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
function memoized<T>(compute: (path: string) => T): (path: string) => T {
  const memo = new Map<string, T>();
  return (path) => {
    if (memo.has(path)) return memo.get(path) as T;
    const value = compute(path);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(path, value);
    return value;
  };
}

export const findContractPath = memoized((path: string): ContractPath | undefined =>
  CONTRACT_PATHS.find((entry) => entry.pattern.test(path)),
);

/** The operation for a method, counting HEAD as GET as Django does. */
export function findOperation(entry: ContractPath, method: string): ContractRoute | undefined {
  return entry.operations.get(method === 'HEAD' ? 'GET' : method);
}

/** DRF's order of `http_method_names`; Django answers HEAD wherever it answers GET. */
const DRF_METHOD_ORDER = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

/**
 * The `Allow` header DRF's APIView sends for a path (RFC 9110 §10.2.1): its declared methods, HEAD
 * with GET, and OPTIONS, which every APIView answers; `strict`, without the extensions.
 */
export function allowedMethods(entry: ContractPath, strict = false): string {
  // Strict, the stand-in's extension operations are not served, so not allowed (D63).
  const served = [...entry.operations].filter(
    ([, route]) =>
      !(strict && (route as { 'x-standin-extension'?: boolean })['x-standin-extension']),
  );
  const declared = new Set([...served.map(([method]) => method), 'OPTIONS']);
  if (declared.has('GET')) declared.add('HEAD');
  return DRF_METHOD_ORDER.filter((method) => declared.has(method)).join(', ');
}

/** The stand-in's own pages and controls, which are not the API: never delayed (D53) nor journaled (D54). */
export const OWN_PATHS = /^\/(__mock(\/|$)|docs(\/|$)|openapi\.json$|asyncapi\.json$)/;

const SLASHED_ELSEWHERE = [SOCKET_PATH, SOCKET_PATH_ALIAS].map(compile);

/**
 * Adds the trailing slash the contract's paths end with when the client left it off (D22), so
 * `/auth/users` and `/auth/users/` are one route for every method, with no redirect.
 */
export const canonicalPath = memoized((path: string): string => {
  if (path.endsWith('/')) return path;
  const slashed = `${path}/`;
  const known =
    CONTRACT_PATHS.some((entry) => entry.pattern.test(slashed)) ||
    SLASHED_ELSEWHERE.some((p) => p.test(slashed));
  return known ? slashed : path;
});
