import type { Readable } from 'node:stream';
import type { Context } from 'hono';
import type { z } from 'zod';
import { drfFieldErrors, jsonParseDetail, noteBodyProblem } from './drf-errors.js';
import { describeIssues } from './errors.js';
import type { AppEnv } from './hono-env.js';

/** Largest request body read, in bytes; more is a 400 (D14). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export type BodyResult<T> = { ok: true; value: T } | { ok: false; message: string };

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Buffer | 'too-large'> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.byteLength;
    if (size > BODY_LIMIT_BYTES) return 'too-large';
    parts.push(Buffer.from(chunk));
  }
  return Buffer.concat(parts);
}

/**
 * The raw body. node-server drops the body of a GET (fetch's Request cannot hold one), but the docs
 * send JSON bodies with GET (D7, D9), so for GET it is read from the node request itself.
 */
async function rawBody(c: Context<AppEnv>): Promise<Buffer | 'too-large'> {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') {
    const incoming = c.env?.incoming;
    const hasBody =
      incoming &&
      // Stryker disable next-line ConditionalExpression,EqualityOperator: collecting a bodiless node request reads nothing too; the test only saves the read
      (Number(incoming.headers['content-length'] ?? 0) > 0 ||
        incoming.headers['transfer-encoding']);
    return hasBody ? collect(incoming as Readable) : Buffer.alloc(0);
  }
  const stream = c.req.raw.body;
  return stream ? collect(stream) : Buffer.alloc(0);
}

/**
 * Reads the body as JSON or as a form, by content type. An empty body is `undefined`: each route
 * decides whether that is allowed. Never throws.
 */
export async function readBody(c: Context<AppEnv>): Promise<BodyResult<unknown>> {
  let bytes: Buffer | 'too-large';
  try {
    bytes = await rawBody(c);
  } catch {
    return { ok: false, message: 'The request body could not be read' };
  }
  if (bytes === 'too-large')
    return { ok: false, message: `Request body too large (limit ${BODY_LIMIT_BYTES} bytes)` };
  c.set('rawBody', bytes); // for the journal (src/http/journal-recording.ts)
  if (bytes.length === 0) return { ok: true, value: undefined };
  // Stryker disable next-line StringLiteral: any stand-in for a missing type is neither form type, so JSON
  const header = c.req.header('content-type') ?? '';
  const type = header.toLowerCase();
  if (type.startsWith('application/x-www-form-urlencoded')) {
    return { ok: true, value: Object.fromEntries(new URLSearchParams(bytes.toString('utf8'))) };
  }
  if (type.startsWith('multipart/form-data')) {
    try {
      // The header as sent: a boundary is case-sensitive, and browsers' are mixed-case.
      const form = await new Response(new Uint8Array(bytes), {
        headers: { 'content-type': header },
      }).formData();
      return {
        ok: true,
        value: Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)])),
      };
    } catch {
      return { ok: false, message: 'Malformed form data in request body' };
    }
  }
  const text = bytes.toString('utf8');
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    noteBodyProblem(c, { kind: 'parse', detail: jsonParseDetail(text, error) });
    return { ok: false, message: 'Malformed JSON in request body' };
  }
}

/**
 * Validates a body already read against a contract schema; a failure is one readable message, and
 * the fields behind it are noted for DRF's error body (D122).
 */
export function validateBody<T extends z.ZodType>(
  c: Context<AppEnv>,
  schema: T,
  value: unknown,
): BodyResult<z.infer<T>> {
  // Only an absent body reads as `{}`: JSON `null` is a body that is not an object (D71).
  const input = value === undefined ? {} : value;
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  noteBodyProblem(c, { kind: 'fields', errors: drfFieldErrors(parsed.error, input) });
  return { ok: false, message: `Invalid request body: ${describeIssues(parsed.error)}` };
}

/** Reads and validates the body against a contract schema, turning every failure into a message. */
export async function readValidBody<T extends z.ZodType>(
  c: Context<AppEnv>,
  schema: T,
): Promise<BodyResult<z.infer<T>>> {
  const body = await readBody(c);
  return body.ok ? validateBody(c, schema, body.value) : body;
}
