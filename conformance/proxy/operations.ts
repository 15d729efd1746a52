import type { z } from 'zod';
import { type ContractRoute, ROUTES } from '../../spec/routes/index.js';

/** A request matched to the contract: the operation, and the path parameters as written. */
export interface MatchedOperation {
  route: ContractRoute;
  params: Record<string, string>;
}

interface CompiledRoute {
  route: ContractRoute;
  pattern: RegExp;
  names: string[];
}

/** `/chat/messages/{uid}/` → a regex with the trailing slash optional (D22), names in order. */
function compile(route: ContractRoute): CompiledRoute {
  const names: string[] = [];
  const body = route.path
    .replace(/\/$/, '')
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(name);
      return '([^/]+)';
    })
    .join('');
  return { route, names, pattern: new RegExp(`^${body}/?$`) };
}

const COMPILED = ROUTES.map(compile);

/**
 * The contract operation a request is, by method and path (HEAD counts as GET, as Django answers
 * it); undefined for a path or method the contract does not document. The proxy judges only what
 * it can name: anything else is forwarded and counted, never judged.
 *
 * @example
 * matchOperation('GET', '/chat/messages/42') // { route: getMessages, params: { uid: '42' } }
 */
export function matchOperation(method: string, pathname: string): MatchedOperation | undefined {
  const wanted = method === 'HEAD' ? 'get' : method.toLowerCase();
  for (const { route, pattern, names } of COMPILED) {
    if (route.method !== wanted) continue;
    const found = pattern.exec(pathname);
    if (!found) continue;
    const params: Record<string, string> = {};
    names.forEach((name, i) => {
      const raw = found[i + 1] ?? '';
      try {
        params[name] = decodeURIComponent(raw);
      } catch {
        params[name] = raw;
      }
    });
    return { route, params };
  }
  return undefined;
}

/** What the route takes: its JSON body, path parameter and query schemas, where declared. */
export function requestSchemas(route: ContractRoute): {
  body?: z.ZodType;
  params?: z.ZodType;
  query?: z.ZodType;
} {
  const request = (
    route as {
      request?: {
        body?: { content?: Record<string, { schema?: unknown }> };
        params?: unknown;
        query?: unknown;
      };
    }
  ).request;
  return {
    body: request?.body?.content?.['application/json']?.schema as z.ZodType | undefined,
    params: request?.params as z.ZodType | undefined,
    query: request?.query as z.ZodType | undefined,
  };
}
