import { readFileSync } from 'node:fs';
import { CloseCodeSchema } from '../schemas/mock.js';
import { INTERNAL_ERROR_CLOSE, SLOW_READER_CLOSE, TOO_BIG_CLOSE } from '../schemas/socket.js';
import { PathTemplate } from './path-template.js';
import { type FieldShape, fieldPaths, shapeOf } from './schema-fields.js';

/**
 * What can be covered, read from the published documents (never a hand-kept list): each API
 * operation with its documented statuses and fields, each socket message kind with its fields,
 * the error frame's codes, and the close codes the contract names.
 */

/** The stand-in's (and the proxy's) own routes: controls, not the API, so never counted. */
export const CONTROL_PATH_PREFIXES = ['/__mock', '/__proxy'] as const;

export function isControlPath(path: string): boolean {
  return CONTROL_PATH_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

export interface OperationUniverse {
  /** `GET /chat/messages/{uid}/`: how every list names it. */
  label: string;
  method: string;
  template: PathTemplate;
  statuses: number[];
  queryParams: string[];
  requestShape: FieldShape;
  responseShape: FieldShape;
  requestFields: string[];
  responseFields: string[];
}

export interface FrameKindUniverse {
  /** `client chat_message`, `server re_message`. */
  label: string;
  from: 'client' | 'server';
  action: string;
  shape: FieldShape;
  fields: string[];
}

export interface CoverageUniverse {
  operations: OperationUniverse[];
  frameKinds: FrameKindUniverse[];
  errorCodes: string[];
  closeCodes: number[];
}

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json =>
  typeof value === 'object' && value !== null ? (value as Json) : {};

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function operationsOf(openapi: unknown): OperationUniverse[] {
  const operations: OperationUniverse[] = [];
  for (const [path, item] of Object.entries(asObject(asObject(openapi).paths))) {
    if (isControlPath(path)) continue;
    for (const [method, raw] of Object.entries(asObject(item))) {
      const operation = asObject(raw);
      // The stand-in's extensions are not the docs' promise: using one is "undocumented, seen".
      if (!METHODS.includes(method) || operation['x-standin-extension'] === true) continue;
      const responses = asObject(operation.responses);
      const responseShape = shapeOf(
        {
          anyOf: Object.values(responses).map(
            (r) => asObject(asObject(asObject(r).content)['application/json']).schema ?? {},
          ),
        },
        openapi,
      );
      const body = asObject(asObject(asObject(operation.requestBody).content)['application/json']);
      const requestShape = shapeOf(body.schema ?? {}, openapi);
      const queryParams = (Array.isArray(operation.parameters) ? operation.parameters : [])
        .map(asObject)
        .filter((p) => p.in === 'query' && typeof p.name === 'string')
        .map((p) => `?${p.name as string}`);
      operations.push({
        label: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        template: new PathTemplate(path),
        statuses: Object.keys(responses)
          .filter((s) => /^\d{3}$/.test(s))
          .map(Number),
        queryParams,
        requestShape,
        responseShape,
        requestFields: [...queryParams, ...fieldPaths(requestShape)],
        responseFields: fieldPaths(responseShape),
      });
    }
  }
  return operations;
}

/** Follows a `#/a/b` reference inside the AsyncAPI document. */
function follow(asyncapi: unknown, value: unknown): Json {
  const ref = asObject(value).$ref;
  if (typeof ref !== 'string') return asObject(value);
  let node: unknown = asyncapi;
  for (const key of ref.replace(/^#\//, '').split('/')) node = asObject(node)[key];
  return follow(asyncapi, node);
}

function frameKindsOf(asyncapi: unknown): FrameKindUniverse[] {
  const kinds: FrameKindUniverse[] = [];
  for (const raw of Object.values(asObject(asObject(asyncapi).operations))) {
    const operation = asObject(raw);
    const from = operation.action === 'send' ? 'client' : 'server';
    for (const ref of Array.isArray(operation.messages) ? operation.messages : []) {
      const message = follow(asyncapi, ref);
      const payload = follow(asyncapi, message.payload);
      const action = follow(asyncapi, asObject(payload.properties).action).const ?? message.name;
      if (typeof action !== 'string') continue;
      const shape = shapeOf(payload, asyncapi);
      kinds.push({ label: `${from} ${action}`, from, action, shape, fields: fieldPaths(shape) });
    }
  }
  return kinds;
}

/** The codes the error message's `code` lists. */
function errorCodesOf(asyncapi: unknown): string[] {
  const codes = new Set<string>();
  for (const raw of Object.values(asObject(asObject(asObject(asyncapi).components).messages))) {
    // Payloads and their fields may be named components (D146): follow each `$ref`.
    const payload = follow(asyncapi, asObject(raw).payload);
    const properties = asObject(payload.properties);
    if (follow(asyncapi, properties.action).const !== 'error') continue;
    const listed = follow(asyncapi, properties.code).enum;
    if (Array.isArray(listed)) for (const code of listed) codes.add(String(code));
  }
  return [...codes];
}

/**
 * The closes the contract names: the slow reader's 1013 (D91), the socket error policy's 1011 and
 * 1009 (D120), and the named codes a control may close with (D52). The 4000–4999 range of D52 is
 * not listed: a code in it is counted as undocumented, seen.
 */
export const NAMED_CLOSE_CODES: readonly number[] = [
  ...new Set([
    SLOW_READER_CLOSE.code,
    INTERNAL_ERROR_CLOSE,
    TOO_BIG_CLOSE,
    ...CloseCodeSchema.options.flatMap((option) => ('value' in option ? [option.value] : [])),
  ]),
].sort((a, b) => a - b);

/** The universe of two documents; pass other documents to measure against another contract. */
export function universeFrom(
  openapi: unknown,
  asyncapi: unknown,
  closeCodes: readonly number[] = NAMED_CLOSE_CODES,
): CoverageUniverse {
  return {
    operations: operationsOf(openapi),
    frameKinds: frameKindsOf(asyncapi),
    errorCodes: errorCodesOf(asyncapi),
    closeCodes: [...closeCodes],
  };
}

let contract: CoverageUniverse | undefined;

/** A published document, as committed beside this folder and shipped in the package (D102). */
const published = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../${name}`, import.meta.url), 'utf8'));

/**
 * The universe of this contract's published documents, read once: parsing them takes a few ms,
 * where building them from the schemas takes a few 100 (`npm run spec` writes them, and a test
 * fails when they drift from the schemas).
 */
export function contractUniverse(): CoverageUniverse {
  contract ??= universeFrom(published('openapi.json'), published('asyncapi.json'));
  return contract;
}
