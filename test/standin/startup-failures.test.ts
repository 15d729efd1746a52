import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/standin.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), '9app-startup-'));

/** Runs the real CLI as a user would, and waits for it to give up. */
function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', '--quiet', ...args],
      {
        cwd: ROOT,
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

let holder: Server;
let heldPort: number;
beforeAll(async () => {
  holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  heldPort = (holder.address() as { port: number }).port;
});
afterAll(() => new Promise((resolve) => holder.close(resolve)));

describe('Starting the stand-in when it cannot start', () => {
  const notADatabase = join(dir, 'notes.sqlite');
  writeFileSync(notADatabase, 'these are my notes, not a database\n'.repeat(200));
  const aFolder = join(dir, 'folder.sqlite');
  mkdirSync(aFolder);
  const aFile = join(dir, 'plain-file');
  writeFileSync(aFile, 'x');

  const cases: [string, string[], RegExp][] = [
    [
      'the port is in use',
      ['--port', 'HELD', '--db', join(dir, 'ok.sqlite')],
      /^9app-standin: port \d+ is already in use on 127\.0\.0\.1: .*--port/,
    ],
    [
      'the database file is corrupt',
      ['--port', '0', '--db', notADatabase],
      /^9app-standin: .*notes\.sqlite is not a usable SQLite database .*--db/,
    ],
    [
      'the database file cannot be read',
      ['--port', '0', '--db', aFolder],
      /^9app-standin: cannot open the database .*folder\.sqlite: .*--db/,
    ],
    [
      "the database's folder cannot be created",
      ['--port', '0', '--db', join(aFile, 'sub', 'db.sqlite')],
      /^9app-standin: cannot create the database folder .*plain-file\/sub \(ENOTDIR\): .*--db/,
    ],
  ];
  for (const [problem, args, line] of cases)
    it.concurrent(`should say in one line what to do when ${problem}, and exit 1`, async () => {
      const run = await runCli(args.map((arg) => (arg === 'HELD' ? String(heldPort) : arg)));
      expect(run.code).toBe(1);
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines, run.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(line);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stdout).toBe('');
    });
});

describe('Starting with --like a file that is no conformance report', () => {
  const notJson = join(dir, 'notes.json');
  writeFileSync(notJson, 'these are my notes\n');
  const foreign = join(dir, 'package.json');
  writeFileSync(foreign, JSON.stringify({ name: 'some-app', version: '1.0.0' }));
  const cases: [string, string, RegExp][] = [
    [
      'cannot be read',
      join(dir, 'missing.json'),
      /^9app-standin: --like .*missing\.json: cannot read it \(ENOENT\)$/,
    ],
    [
      'is not JSON',
      notJson,
      /^9app-standin: --like .*notes\.json: not JSON; give a conformance report/,
    ],
    [
      'is some other JSON',
      foreign,
      /^9app-standin: --like .*package\.json: not a conformance report with observations/,
    ],
  ];
  for (const [problem, file, line] of cases)
    it.concurrent(`should say so in one line when the file ${problem}, and exit 2`, async () => {
      const run = await runCli(['--port', '0', '--db', ':memory:', '--like', file]);
      expect(run.code).toBe(2);
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines, run.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(line);
    });
});

describe('Starting two stand-ins at once on one fresh file', () => {
  it('should migrate and seed it once: both serve the same people with one secret, neither reports a bug', async () => {
    const db = join(dir, 'shared.sqlite');
    const ports = [await freePort(), await freePort()];
    const children = ports.map((port) =>
      spawn(
        process.execPath,
        ['--import', 'tsx', 'src/cli/main.ts', '--quiet', '--port', String(port), '--db', db],
        {
          cwd: ROOT,
        },
      ),
    );
    const stderr = ['', ''];
    children.forEach((child, i) => {
      child.stderr.on('data', (chunk) => {
        stderr[i] += chunk;
      });
    });
    try {
      const counts = await Promise.all(ports.map((port) => peopleOnceUp(port)));
      expect(stderr).toEqual(['', '']);
      expect(counts[0]).toBeGreaterThan(0);
      expect(counts[1]).toBe(counts[0]);
      // One signing secret: a token the first issued is good at the second.
      const [first, second] = ports.map((port) => `http://127.0.0.1:${port}`);
      const login = await fetch(`${first}/auth/login/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'onuhudoudo@gmail.com', password: 'password123' }),
      });
      const { token } = ((await login.json()) as { entity: { token: string } }).entity;
      const threads = await fetch(`${second}/chat/get-user-threads/`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(threads.status).toBe(200);
    } finally {
      for (const child of children) child.kill('SIGKILL');
    }
  }, 30_000);
});

/** How many people `/__mock/users` lists, once the stand-in on `port` answers. */
async function peopleOnceUp(port: number): Promise<number> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/__mock/users`);
      return ((await res.json()) as { entity: unknown[] }).entity.length;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
