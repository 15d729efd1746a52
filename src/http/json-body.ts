import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import type { JsonBytes } from '../store/ready-bytes.js';

/**
 * A 200 answer whose JSON is already serialized (a store's ready bytes): the same header as
 * `c.json`, without serializing again, and typed as the `c.json` of the shape the bytes were made
 * from, so the route's declared responses still check it.
 */
export function jsonBody<T>(c: Context, bytes: JsonBytes<T>) {
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'content-type': 'application/json',
  }) as unknown as Response & TypedResponse<JSONParsed<T>, 200, 'json'>;
}
