import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

/**
 * The benchmark's ceiling: Hono on the same node adapter, answering each measured path with the
 * exact bytes the stand-in answered, from memory. No auth, no database, no validation.
 */
const [port, bodiesFile] = process.argv.slice(2);
const bodies = JSON.parse(readFileSync(bodiesFile ?? '', 'utf8')) as Record<string, string>;
const app = new Hono();
app.all('*', (c) => {
  const body = bodies[`${c.req.method} ${c.req.path}`];
  return body === undefined
    ? c.text('not measured', 404)
    : c.body(body, 200, { 'content-type': 'application/json' });
});
serve({ fetch: app.fetch, port: Number(port), hostname: '127.0.0.1' });
