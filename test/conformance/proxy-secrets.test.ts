import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { useValidatingProxy } from '../support/validating-proxy.js';

/** A target that reads every request and answers 500: each operation gets a finding with evidence. */
async function failingTarget(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(500, { 'content-type': 'text/plain' }).end('boom'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const validating = useValidatingProxy();
let target: Server | undefined;
afterEach(() => {
  target?.close();
  target = undefined;
});

describe('The validating proxy keeps secrets out of its findings', () => {
  it('should learn a form login password and mask any password, refresh or access value', async () => {
    const started = await failingTarget();
    target = started.server;
    const proxy = await validating(started.url);
    const send = async (path: string, init: RequestInit) =>
      (await fetch(`${proxy.url}${path}`, init)).text();
    await send('/auth/login/', {
      method: 'POST',
      body: new URLSearchParams({ email: 'a@b.c', password: 'form-pass-1' }),
    });
    const multipart = new FormData();
    multipart.set('password', 'multi-pass-2');
    await send('/auth/users/', { method: 'POST', body: multipart });
    await send('/auth/token/refresh/', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refresh: 'opaque-refresh-3', access: 'opaque-access-4' }),
    });
    await send('/auth/user/', { headers: { authorization: 'Basic dXNlcjpiYXNpYy1wYXNzLTU=' } });
    await send('/exec/user/settings/1/', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"password":"big-pass-6","pad":"${'x'.repeat(1024 * 1024)}"}`,
    });
    const findings = proxy.runtime.findings.list();
    expect(findings.filter((f) => f.http).length).toBeGreaterThanOrEqual(5);
    const shown = JSON.stringify(findings);
    for (const secret of [
      'form-pass-1',
      'multi-pass-2',
      'opaque-refresh-3',
      'opaque-access-4',
      'dXNlcjpiYXNpYy1wYXNzLTU=',
      'big-pass-6',
    ])
      expect(shown).not.toContain(secret);
    const basic = findings.find((f) => f.operation === 'currentUser')?.http;
    expect(basic?.request.headers.authorization).toBe('Basic [redacted]');
    const big = findings.find((f) => f.http?.request.url.includes('/exec/user/settings/'))?.http;
    expect(big?.request.body).toBe('(body over 1 MiB, not kept)');
  });
});
