import { describe, expect, it } from 'vitest';
import { proxyReport } from '../../conformance/proxy/reports.js';
import { createRuntime } from '../../conformance/proxy/runtime.js';
import { freePort } from '../support/standin.js';
import { useValidatingProxy } from '../support/validating-proxy.js';

const runtime = () =>
  createRuntime({ target: new URL('http://127.0.0.1:9'), host: '127.0.0.1', port: 0 });
const result = (rt: ReturnType<typeof runtime>, id: string, minCoverage?: number) =>
  proxyReport(rt, new Date(0).toISOString(), minCoverage).checks.find((c) => c.id === id);

/** A JWT the proxy was never given: it must come out as `[redacted JWT]`. */
const STRANGER_JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJqdGkiOiIyIn0.b3RoZXI';

describe('The proxy report claims only what it checked', () => {
  it('should skip the traffic line when no request matched a documented operation', () => {
    const rt = runtime();
    rt.counts.http = 3;
    rt.unmatched.set('GET /nowhere/', 3);
    expect(result(rt, 'proxy.traffic')).toMatchObject({
      outcome: 'skip',
      actual: expect.stringContaining('nothing was judged'),
    });
  });

  it('should pass the traffic line with the judged count apart from the forwarded one', () => {
    const rt = runtime();
    Object.assign(rt.counts, { http: 3, judged: 1 });
    expect(result(rt, 'proxy.traffic')).toMatchObject({
      outcome: 'pass',
      actual: expect.stringMatching(/^1 HTTP exchange\(s\) \(and 2 forwarded unjudged\)/),
    });
  });

  it('should skip coverage, even under --min-coverage, when no traffic went through', () => {
    expect(result(runtime(), 'proxy.coverage', 50)?.outcome).toBe('skip');
  });
});

describe('GET /__proxy/coverage', () => {
  const validating = useValidatingProxy();
  it('should be redacted like /__proxy/findings', async () => {
    const proxy = await validating(`http://127.0.0.1:${await freePort()}`);
    proxy.runtime.coverage.record({
      kind: 'frame',
      from: 'client',
      frame: { action: STRANGER_JWT },
    });
    for (const query of ['', '?format=text']) {
      const text = await (await fetch(`${proxy.url}/__proxy/coverage${query}`)).text();
      expect(text).not.toContain(STRANGER_JWT);
      expect(text).toContain('[redacted JWT]');
    }
  });
});
