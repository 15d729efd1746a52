import fc from 'fast-check';
import { bearer, type HttpCall } from '../client/http-client.js';
import type { RunContext } from '../model/types.js';
import type { FuzzOperation } from './operations.js';
import { resolveOpenApi } from './operations.js';
import { arbitraryOf, type Known, typesOf, VALUE_OF_TYPE } from './schema-arbitrary.js';
import { type ClaimEdits, claimEdits, keepsEverything, tokenOf } from './tokens.js';

/** What a case breaks on purpose; `valid` and `upper-uuid` are requests the contract accepts. */
export const CASE_KINDS = [
  'valid',
  'upper-uuid',
  'no-auth',
  'bad-token',
  'wrong-type',
  'missing-required',
  'unknown-field',
  'malformed-json',
  'wrong-content-type',
  'malformed-path',
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** The kinds the contract accepts: a 4xx is not wanted, and the response must match its schema. */
export const ACCEPTED_KINDS: readonly CaseKind[] = ['valid', 'upper-uuid'];

/** One generated request, as plain data: what a report shows and a replay sends again. */
export interface HttpFuzzCase {
  operationId: string;
  kind: CaseKind;
  params: Record<string, string>;
  query: Record<string, string>;
  /** A JSON value, or `raw` text sent as is (a malformed body). */
  body?: { json: unknown } | { raw: string };
  contentType?: string;
  /** The run's token, none, or (`bad-token`, with `--jwt-secret`) one signed with edited `claims`. */
  auth: 'user' | 'none' | 'claims';
  claims?: ClaimEdits;
}

type Valid = Omit<HttpFuzzCase, 'kind'>;

/** Never deactivate an account the run acts as (the issue's safety rule): `is_active` stays true. */
function neverDeactivates(body: unknown): unknown {
  if (body && typeof body === 'object' && (body as { is_active?: unknown }).is_active === false)
    return { ...body, is_active: true };
  return body;
}

function validCase(op: FuzzOperation, known: Known, allowWrites: boolean): fc.Arbitrary<Valid> {
  const params = fc.record(
    Object.fromEntries(
      op.pathParams.map((p) => [p.name, arbitraryOf(p.schema, resolveOpenApi, known).map(String)]),
    ),
  ) as fc.Arbitrary<Record<string, string>>;
  // A write's query or body could change state: read-only runs send neither (D7's `?coin=`).
  const sendsInput = !op.writes || allowWrites;
  const query = sendsInput
    ? (fc.record(
        Object.fromEntries(
          op.query.map((p) => [p.name, arbitraryOf(p.schema, resolveOpenApi, known).map(String)]),
        ),
        { requiredKeys: op.query.filter((p) => p.required).map((p) => p.name) },
      ) as fc.Arbitrary<Record<string, string>>)
    : fc.constant({});
  const body =
    op.body && sendsInput
      ? arbitraryOf(op.body.schema, resolveOpenApi, known).map((json) => ({
          json: neverDeactivates(json),
        }))
      : fc.constant(undefined);
  const optionalBody = op.body?.required ? body : fc.option(body, { nil: undefined });
  return fc.record({
    operationId: fc.constant(op.operationId),
    params,
    query,
    body: optionalBody,
    auth: fc.constant<'user' | 'none'>('user'),
  });
}

const objectBody = (c: Valid): Record<string, unknown> | undefined => {
  const json = c.body && 'json' in c.body ? c.body.json : undefined;
  return json && typeof json === 'object' && !Array.isArray(json)
    ? (json as Record<string, unknown>)
    : undefined;
};

/** Turns a valid case into one of the invalid kinds, or undefined when the kind cannot apply. */
function mutations(op: FuzzOperation, c: Valid, withSecret: boolean): fc.Arbitrary<HttpFuzzCase>[] {
  const out: fc.Arbitrary<HttpFuzzCase>[] = [fc.constant({ ...c, kind: 'valid' as const })];
  const paramNames = Object.keys(c.params);
  if (paramNames.length) {
    out.push(
      fc.constantFrom(...paramNames).map((name) => ({
        ...c,
        kind: 'upper-uuid' as const,
        params: { ...c.params, [name]: (c.params[name] ?? '').toUpperCase() },
      })),
      fc
        .tuple(fc.constantFrom(...paramNames), fc.string({ minLength: 1, maxLength: 12 }))
        .map(([name, junk]) => ({
          ...c,
          kind: 'malformed-path' as const,
          params: { ...c.params, [name]: junk },
        })),
    );
  }
  if (op.protected)
    out.push(fc.constant({ ...c, kind: 'no-auth' as const, auth: 'none' as const }));
  // Correctly signed tokens whose claims are wrong: only the server's secret can sign them.
  if (op.protected && withSecret)
    out.push(
      claimEdits
        .filter((edits) => !keepsEverything(edits))
        .map((claims) => ({ ...c, kind: 'bad-token' as const, auth: 'claims' as const, claims })),
    );
  const body = objectBody(c);
  const schema = op.body?.schema.$ref ? resolveOpenApi(op.body.schema.$ref) : op.body?.schema;
  if (body && schema) {
    const properties = Object.entries(schema.properties ?? {});
    if (properties.length)
      out.push(
        fc.constantFrom(...properties).chain(([key, property]) => {
          const allowed = typesOf(property, resolveOpenApi);
          const wrong = Object.keys(VALUE_OF_TYPE).filter((t) => !allowed.includes(t));
          return fc.constantFrom(...wrong).map((type) => ({
            ...c,
            kind: 'wrong-type' as const,
            body: { json: { ...body, [key]: VALUE_OF_TYPE[type] } },
          }));
        }),
      );
    const required = schema.required ?? [];
    if (required.length)
      out.push(
        fc.constantFrom(...required).map((key) => {
          const { [key]: _dropped, ...rest } = body;
          return { ...c, kind: 'missing-required' as const, body: { json: rest } };
        }),
      );
    out.push(
      fc
        .string({ minLength: 1, maxLength: 10 })
        .filter((key) => !(key in (schema.properties ?? {})) && key !== '__proto__')
        .map((key) => ({
          ...c,
          kind: 'unknown-field' as const,
          body: { json: { ...body, [key]: 1 } },
        })),
      fc.constantFrom('{', '{"', 'nul', '{}}', "{'a':1}").map((raw) => ({
        ...c,
        kind: 'malformed-json' as const,
        body: { raw },
      })),
      fc.constantFrom('text/plain', 'application/x-www-form-urlencoded').map((contentType) => ({
        ...c,
        kind: 'wrong-content-type' as const,
        contentType,
      })),
    );
  }
  return out;
}

/**
 * Every case of one operation: a valid request drawn from its schemas, then left valid or broken
 * one way. Shrinking (fast-check's) works on both draws, so a finding ends as small as it fails.
 */
export function casesOf(op: FuzzOperation, known: Known, allowWrites: boolean, withSecret = false) {
  return validCase(op, known, allowWrites).chain((c) => fc.oneof(...mutations(op, c, withSecret)));
}

/** The HTTP call a case makes, with the run's token when it sends one. */
export function requestOf(ctx: RunContext, op: FuzzOperation, c: HttpFuzzCase): HttpCall {
  const path = op.path.replace(/\{(\w+)\}/g, (_all, name: string) =>
    encodeURIComponent(c.params[name] ?? ''),
  );
  const search = new URLSearchParams(c.query).toString();
  const token =
    c.auth === 'user'
      ? ctx.user.token
      : c.auth === 'claims' && c.claims
        ? tokenOf(ctx, { kind: 'claims', edits: c.claims })
        : undefined;
  const headers: Record<string, string> = token ? bearer(token) : {};
  const body =
    c.body === undefined ? undefined : 'raw' in c.body ? c.body.raw : JSON.stringify(c.body.json);
  if (body !== undefined) headers['content-type'] = c.contentType ?? 'application/json';
  return {
    method: op.method,
    url: `${ctx.baseUrl}${path}${search ? `?${search}` : ''}`,
    headers,
    body,
    timeoutMs: ctx.timeoutMs,
  };
}
