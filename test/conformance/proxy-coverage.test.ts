import { describe, expect, it } from 'vitest';
import { proxyCommand } from '../../conformance/cli/proxy.js';
import { COVERAGE_DIMENSION_NAMES, type Coverage } from '../../spec/schemas/coverage.js';
import { appSession, nextFrame, openAppSocket } from '../support/app-client.js';
import { eventually, type TestStandIn, useStandIn } from '../support/standin.js';
import { useValidatingProxy } from '../support/validating-proxy.js';

let standIn: TestStandIn;
useStandIn(
  (started) => ({ standIn } = started),
  {},
  {
    otherClients: 'an app-like client through the validating proxy',
  },
);
const validating = useValidatingProxy();

async function journalCoverage(): Promise<Coverage> {
  const res = await fetch(`${standIn.url}/__mock/coverage`);
  return ((await res.json()) as { entity: Coverage }).entity;
}

/** The app session, and a frame the server refuses (an error code) on a socket closed by the client. */
async function knownSequence(baseUrl: string): Promise<void> {
  const { tokens } = await appSession(baseUrl);
  const token = tokens[0] ?? '';
  const ws = await openAppSocket(baseUrl.replace(/^http/, 'ws'), token);
  const refused = nextFrame(ws);
  ws.send(JSON.stringify({ action: 'typing' }));
  await refused;
  await new Promise((resolve) => ws.once('close', resolve).close(1000));
}

describe('Coverage of the traffic through the proxy', () => {
  it('should give the same model as the stand-in journal for the same sequence', async () => {
    const proxy = await validating(standIn.url);
    await fetch(`${standIn.url}/__mock/requests`, { method: 'DELETE' });
    await knownSequence(proxy.url);
    await eventually(async () => {
      const journal = await journalCoverage();
      const seen = proxy.runtime.coverage.snapshot();
      // The journal keeps no response bodies; every other dimension must agree item for item.
      for (const name of COVERAGE_DIMENSION_NAMES.filter((n) => n !== 'response_fields'))
        expect({ name, ...seen.dimensions[name] }).toEqual({ name, ...journal.dimensions[name] });
    });
    const seen = proxy.runtime.coverage.snapshot();
    expect(seen.dimensions.operations.hit.map((h) => h.item)).toContain('GET /auth/user/');
    expect(seen.dimensions.error_codes.hit.map((h) => h.item)).toContain('unknown_action');
    expect(seen.dimensions.response_fields.measured).toBe(true);
    const answered = await (await fetch(`${proxy.url}/__proxy/coverage`)).json();
    expect(answered.dimensions.operations).toEqual(seen.dimensions.operations);
    const text = await (await fetch(`${proxy.url}/__proxy/coverage?format=text`)).text();
    expect(text).toMatch(/^Contract coverage from the proxy: /);
  });

  // As the suite reads it (options.ts): a trailing %, and above 100 a bar that is never met.
  for (const [min, code] of [
    ['100', 1],
    ['150', 1],
    [' 1% ', 0],
  ] as const)
    it(`should exit ${code} with --min-coverage ${min} after an app session`, async () => {
      const lines: string[] = [];
      let stop: (signal: string) => void = () => {};
      const stopped = new Promise<string>((resolve) => {
        stop = resolve;
      });
      const exit = proxyCommand(
        ['--target', standIn.url, '--port', '0', '--min-coverage', min],
        (line) => lines.push(line),
        () => stopped,
      );
      await eventually(() => expect(lines[0]).toMatch(/^proxy: http/));
      const url = /^proxy: (\S+)/.exec(lines[0] ?? '')?.[1] ?? '';
      // The app session alone: no finding, so only coverage decides the exit code.
      await appSession(url);
      stop('SIGTERM');
      expect(await exit).toBe(code);
      expect(lines.join('\n')).toContain('Contract coverage from the proxy');
      expect(lines.some((line) => line.includes('is below --min-coverage'))).toBe(code === 1);
    });
});
