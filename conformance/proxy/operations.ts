import type { z } from 'zod';
import { matchTemplateWithParams, PathTemplate } from '../../spec/coverage/path-template.js';
import { type ContractRoute, ROUTES } from '../../spec/routes/index.js';

/** A request matched to the contract: the operation, and the path parameters as written. */
export interface MatchedOperation {
  route: ContractRoute;
  params: Record<string, string>;
}

/** Every route with its path template: the same matcher the coverage model uses. */
const TEMPLATES = ROUTES.map((route) => ({ route, template: new PathTemplate(route.path) }));

/**
 * The contract operation a request is, by method and path (HEAD counts as GET, as Django answers
 * it; the trailing slash optional, D22); undefined for a path or method the contract does not
 * document. The proxy judges only what it can name: anything else is forwarded and counted, never
 * judged.
 *
 * @example
 * matchOperation('GET', '/chat/messages/42') // { route: getMessages, params: { uid: '42' } }
 */
export function matchOperation(method: string, pathname: string): MatchedOperation | undefined {
  const wanted = method === 'HEAD' ? 'get' : method.toLowerCase();
  const found = matchTemplateWithParams(
    TEMPLATES.filter(({ route }) => route.method === wanted),
    pathname,
  );
  return found && { route: found.entry.route, params: found.params };
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
