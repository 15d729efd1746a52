import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Report } from '../../conformance/model/types.js';
import { appSession } from '../support/app-client.js';
import { runCli, useBreakingProxy } from '../support/conformance.js';
import { mapJson } from '../support/conformance-run.js';
import { PASSWORD, type TestStandIn, useStandIn } from '../support/standin.js';

let standIn: TestStandIn;
useStandIn(
  (started) => ({ standIn } = started),
  {},
  {
    otherClients: 'an app-like client through the proxy CLI',
  },
);
const breaking = useBreakingProxy(() => standIn.url);

/** Starts the real CLI as a child process and answers once it prints where it listens. */
async function spawnProxy(
  args: string[],
): Promise<{ child: ChildProcess; url: string; out: string[] }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'conformance/cli/main.ts', 'proxy', ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  // On every path, a failed assertion or a missing banner included: no proxy outlives its test.
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
  });
  const out: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner: ${out.join('\n')}`)), 15_000);
    const read = (chunk: Buffer) => {
      out.push(...chunk.toString().split('\n').filter(Boolean));
      const found = out.map((line) => /^proxy: (http:\/\/\S+) →/.exec(line)?.[1]).find(Boolean);
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
  });
  return { child, url, out };
}

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

describe('9app-conformance proxy, the real command', () => {
  it('should write the reports with their evidence on SIGTERM and exit 1 on a failure', async () => {
    const dir = mkdtempSync(join(tmpdir(), '9app-proxy-cli-'));
    // An envelope that contradicts itself, and a re_message wrapped inside another object.
    const target = await breaking({
      response: (_req, res) =>
        mapJson(res, (json) =>
          json && typeof json === 'object' && 'success' in json
            ? { ...json, success: !(json as { success: boolean }).success }
            : json,
        ),
      frame: (text) => JSON.stringify({ type: 'chat', message: JSON.parse(text) }),
    });
    const files = {
      json: join(dir, 'r.json'),
      junit: join(dir, 'r.xml'),
      html: join(dir, 'r.html'),
    };
    const { child, url, out } = await spawnProxy([
      '--target',
      target,
      '--port',
      '0',
      '--json',
      files.json,
      '--junit',
      files.junit,
      '--html',
      files.html,
    ]);
    const exited = exitOf(child);
    const session = await appSession(url);
    const findings = await (await fetch(`${url}/__proxy/findings`)).json();
    expect(findings.findings.length).toBeGreaterThan(0);
    child.kill('SIGTERM');
    expect(await exited).toBe(1);
    const report = JSON.parse(readFileSync(files.json, 'utf8')) as Report;
    const envelope = report.checks.find(
      (c) => c.id === 'proxy.server.currentUser.envelope.success-matches-status',
    );
    expect(envelope).toMatchObject({ outcome: 'fail', rule: 'envelope.success-matches-status' });
    expect(envelope?.reproduce).toContain('"$TOKEN"');
    expect(envelope?.reproduce).toContain("'http://127.0.0.1:");
    const wrapped = report.checks.find(
      (c) => c.id === 'proxy.server.re_message.delivery.unwrapped',
    );
    expect(
      wrapped?.transcript?.some((e) => e.event === 'received' && e.data?.includes('"type":"chat"')),
    ).toBe(true);
    const everything = [
      readFileSync(files.json, 'utf8'),
      readFileSync(files.junit, 'utf8'),
      readFileSync(files.html, 'utf8'),
      out.join('\n'),
    ].join('\n');
    for (const secret of [...session.tokens, PASSWORD]) expect(everything).not.toContain(secret);
    expect(readFileSync(files.junit, 'utf8')).toContain('<failure');
    expect(readFileSync(files.html, 'utf8')).toContain('delivery.unwrapped');
    expect(
      out.some((line) =>
        /^FAIL .*server \(backend\) currentUser envelope\.success-matches-status/.test(line),
      ),
    ).toBe(true);
  });

  it('should exit 0 on SIGTERM when the traffic broke nothing', async () => {
    const { child, url } = await spawnProxy(['--target', standIn.url, '--port', '0']);
    const exited = exitOf(child);
    await appSession(url);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});

describe('9app-conformance proxy, before it forwards anything', () => {
  it('should refuse a bad target in one line with exit 2', async () => {
    for (const target of ['ftp://host', 'not a url', 'http://host/?x=1']) {
      const { code, err } = await runCli(['proxy', '--target', target, '--port', '0']);
      expect(code).toBe(2);
      expect(err.split('\n')).toHaveLength(1);
      expect(err).toContain('--target');
    }
    expect((await runCli(['proxy', '--port', '0'])).err).toContain(
      '--target http(s)://host is required',
    );
  });

  it('should refuse a port in use in one line with exit 2, no stack trace', async () => {
    const port = new URL(standIn.url).port;
    const { code, err } = await runCli(['proxy', '--target', standIn.url, '--port', port]);
    expect(code).toBe(2);
    expect(err).toBe(
      `9app-conformance: port ${port} is in use (127.0.0.1:${port}): pick another with --port`,
    );
  });
});
