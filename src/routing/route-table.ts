import { SOCKET_PATH, SOCKET_PATH_ALIAS } from '../../spec/asyncapi.js';
import { type ContractRoute, ROUTES } from '../../spec/routes/index.js';
import { LruCache } from '../cache/lru-cache.js';
import { type PathMatch, PathPattern, PathTable } from './path-matcher.js';

/** One contract path with the operations declared on it. */
export interface ContractPath {
  path: string;
  /** The path compiled: its `{parameter}` names, in order (the read lane reads them). */
  pattern: PathPattern;
  operations: Map<string, ContractRoute>;
  isProtected: boolean;
}

/** The contract's paths, compiled once: the gate, `Prefer` and slash handling all read this. */
export const CONTRACT_PATHS: readonly ContractPath[] = (() => {
  const byPath = new Map<string, ContractPath>();
  for (const route of ROUTES) {
    const entry = byPath.get(route.path) ?? {
      path: route.path,
      pattern: new PathPattern(route.path),
      operations: new Map(),
      isProtected: false,
    };
    entry.operations.set(route.method.toUpperCase(), route);
    entry.isProtected ||= (route.security?.length ?? 0) > 0;
    byPath.set(route.path, entry);
  }
  return [...byPath.values()];
})();

const CONTRACT_TABLE = new PathTable<ContractPath>();
for (const entry of CONTRACT_PATHS) CONTRACT_TABLE.add(entry.path, entry);

/**
 * Look-ups by path, remembered (a miss as `null`): every request asks, several times, and clients
 * repeat their paths. Bounded, so a spray of distinct paths cannot grow it.
 */
const MEMO_LIMIT = 5_000;
function memoized<T extends NonNullable<unknown> | null>(
  compute: (path: string) => T,
): (path: string) => T {
  const memo = new LruCache<string, T>(MEMO_LIMIT);
  return (path) => {
    let value = memo.get(path);
    if (value === undefined) {
      value = compute(path);
      memo.set(path, value);
    }
    return value;
  };
}

/** The contract path `path` is (exactly as written, trailing slash included) and its parameters. */
export const matchContractPath = memoized(
  (path: string): PathMatch<ContractPath> | null => CONTRACT_TABLE.match(path) ?? null,
);

export function findContractPath(path: string): ContractPath | undefined {
  return matchContractPath(path)?.value;
}

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
const OWN_PATHS = new PathTable<true>();
for (const own of ['/__mock', '/__mock/*', '/docs', '/docs/*', '/openapi.json', '/asyncapi.json'])
  OWN_PATHS.add(own, true);

export function isOwnPath(path: string): boolean {
  return OWN_PATHS.test(path);
}

/** Every path the stand-in answers slashed: the contract's and the chat socket's. */
const SLASHED_PATHS = new PathTable<true>();
for (const path of [...CONTRACT_PATHS.map((entry) => entry.path), SOCKET_PATH, SOCKET_PATH_ALIAS])
  SLASHED_PATHS.add(path, true);

/**
 * Adds the trailing slash the contract's paths end with when the client left it off (D22), so
 * `/auth/users` and `/auth/users/` are one route for every method, with no redirect.
 */
export const canonicalPath = memoized((path: string): string => {
  if (path.endsWith('/')) return path;
  const slashed = `${path}/`;
  return SLASHED_PATHS.test(slashed) ? slashed : path;
});
