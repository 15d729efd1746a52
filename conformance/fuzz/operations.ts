import type { z } from 'zod';
import { buildOpenApiDocument } from '../../spec/openapi.js';
import { type ContractRoute, ROUTES } from '../../spec/routes/index.js';
import type { JsonSchema, Resolve } from './schema-arbitrary.js';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: JsonSchema;
}

interface OpenApiOperation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
  security?: unknown[];
  responses: Record<string, unknown>;
}

/** One operation of the contract as the fuzzer sees it: what it takes, what it documents. */
export interface FuzzOperation {
  operationId: ContractRoute['operationId'];
  method: string;
  /** The path template, `/chat/messages/{uid}/`. */
  path: string;
  pathParams: Parameter[];
  query: Parameter[];
  body?: { schema: JsonSchema; required: boolean; zod?: z.ZodType };
  /** Needs a bearer token (the route declares security). */
  protected: boolean;
  /**
   * Changes state: a protected operation that takes a body (coins, settings). Login and refresh
   * take bodies but are not protected; they create sessions, not state another client sees.
   */
  writes: boolean;
  docRef: string;
  statuses: number[];
  route: ContractRoute;
}

const DOCUMENT = buildOpenApiDocument() as unknown as {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: Record<string, Record<string, JsonSchema>>;
};

/** Resolves a `#/components/…` reference in the OpenAPI document. */
export const resolveOpenApi: Resolve = (ref) => {
  const [, , group, name] = ref.split('/');
  const found = DOCUMENT.components[group ?? '']?.[name ?? ''];
  if (!found) throw new Error(`unresolved reference ${ref}`);
  return found;
};

function zodBody(route: ContractRoute): z.ZodType | undefined {
  const request = (
    route as { request?: { body?: { content?: Record<string, { schema?: unknown }> } } }
  ).request;
  return request?.body?.content?.['application/json']?.schema as z.ZodType | undefined;
}

function operationOf(route: ContractRoute): FuzzOperation {
  const path = route.path.replace(/:(\w+)/g, '{$1}');
  const found = DOCUMENT.paths[path]?.[route.method];
  if (!found) throw new Error(`${route.operationId} is not in the OpenAPI document`);
  const parameters = found.parameters ?? [];
  const json = found.requestBody?.content['application/json'];
  const isProtected = (found.security?.length ?? 0) > 0;
  return {
    operationId: route.operationId,
    method: route.method.toUpperCase(),
    path,
    pathParams: parameters.filter((p) => p.in === 'path'),
    query: parameters.filter((p) => p.in === 'query'),
    body: json
      ? { schema: json.schema, required: found.requestBody?.required ?? false, zod: zodBody(route) }
      : undefined,
    protected: isProtected,
    writes: isProtected && json !== undefined,
    docRef: route['x-doc-section'],
    statuses: Object.keys(found.responses).map(Number),
    route,
  };
}

/** Every API operation of the contract (the stand-in's `/__mock` controls are not fuzzed). */
export const FUZZ_OPERATIONS: readonly FuzzOperation[] = ROUTES.map(operationOf);

export const operationById = (operationId: string): FuzzOperation | undefined =>
  FUZZ_OPERATIONS.find((op) => op.operationId === operationId);
