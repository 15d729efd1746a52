import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchedClient } from '../support/contract-watch.js';
import { eventually, freePort, PASSWORD, UDO } from '../support/standin.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const CRASH_ON_SIGUSR2 = './test/support/crash-on-sigusr2.ts';
/** Clients asking at once, each one request after another, as a page's fetches do. */
const CLIENTS = 6;
/** A path that would forge a line of its own if the log decoded it (`loggablePath`). */
const FORGING_PATH = '/no-such-page/%0D%0AGET%20/forged%20200%200.1ms';

/**
 * The real CLI, request log on, its stdout a file or a pipe. `output()` resolves once the process
 * has exited and everything it wrote has been read.
 */
async function startCli(stdout: 'file' | 'pipe', nodeFlags: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), '9app-log-'));
  const port = await freePort();
  const file = join(dir, 'standin.log');
  const fd = stdout === 'file' ? openSync(file, 'w') : 'pipe';
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      ...nodeFlags,
      'src/cli/main.ts',
      ...['--db', join(dir, 'standin.sqlite'), '--port', String(port)],
      ...['--users', '4', '--messages', '20'],
    ],
    { cwd: ROOT, stdio: ['ignore', fd, 'pipe'] },
  );
  if (typeof fd === 'number') closeSync(fd);
  let piped = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    piped += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  const client = watchedClient(`http://127.0.0.1:${port}`);
  try {
    // Long: a tsx start on this shared 2-core machine has taken 14 s while others compiled.
    await eventually(async () => {
      const res = await client.call({ method: 'GET', path: '/openapi.json', timeoutMs: 500 });
      expect(res.ok && res.status).toBe(200);
    }, 60_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    child,
    client,
    async output() {
      const code = await closed;
      return { code, stderr, log: stdout === 'file' ? readFileSync(file, 'utf8') : piped };
    },
  };
}

/**
 * Clients that each ask for a path of their own (`/no-such-page/<client>-<n>`, a 404 through Hono's
 * middleware chain) and the threads (a read the read lane answers) until the server goes away.
 * Answers the paths each client saw answered, in order, and how many threads reads were answered.
 */
function load(client: ReturnType<typeof watchedClient>, token: string) {
  const answered: string[][] = Array.from({ length: CLIENTS }, () => []);
  let threads = 0;
  const done = Promise.all(
    answered.map(async (paths, c) => {
      for (let n = 0; ; n += 1) {
        const path = `/no-such-page/${c}-${n}`;
        const missing = await client.call({ method: 'GET', path, timeoutMs: 2000 });
        if (!missing.ok) return;
        paths.push(path);
        const read = await client.call({ method: 'GET', path: '/chat/get-user-threads/', token });
        if (!read.ok) return;
        threads += 1;
      }
    }),
  );
  return { answered, threads: () => threads, done };
}

/** The log's request lines for `path` (`GET /no-such-page/0-7 404 0.4ms`). */
const linesFor = (log: string[], path: string) =>
  log.filter((line) => line.startsWith(`GET ${path} `));

/**
 * Starts the CLI, loads it until it has answered a few hundred requests, ends it
 * with `end`, and answers what it wrote and what the clients saw answered.
 */
async function endUnderLoad(
  stdout: 'file' | 'pipe',
  end: (child: ChildProcess) => void,
  nodeFlags: string[] = [],
) {
  const cli = await startCli(stdout, nodeFlags);
  try {
    const login = await cli.client.call({
      method: 'POST',
      path: '/auth/login/',
      body: { email: UDO.email, password: PASSWORD },
    });
    const { token } = ((login.ok ? login.json : {}) as { entity: { token: string } }).entity;
    await cli.client.call({ method: 'GET', path: FORGING_PATH });
    const running = load(cli.client, token);
    await eventually(() => expect(running.answered.flat().length).toBeGreaterThan(300), 30_000);
    end(cli.child);
    const output = await cli.output();
    await running.done;
    return { ...output, running };
  } finally {
    if (cli.child.exitCode === null && cli.child.signalCode === null) cli.child.kill('SIGKILL');
  }
}

/**
 * Every request a client saw answered has its one line, each client's in the order it asked, and
 * the forging path is one line, still percent-encoded.
 */
function expectEveryAnswerLogged(log: string, running: ReturnType<typeof load>) {
  const lines = log.split('\n');
  const missing = running.answered.flat().filter((path) => linesFor(lines, path).length !== 1);
  expect(missing, `answered but not logged (of ${running.answered.flat().length})`).toEqual([]);
  for (const paths of running.answered) {
    const order = paths.map((path) =>
      lines.findIndex((line) => line.startsWith(`GET ${path} 404 `)),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  }
  expect(linesFor(lines, FORGING_PATH)).toHaveLength(1);
  expect(lines.filter((line) => line.startsWith('GET /forged'))).toEqual([]);
  const threadLines = lines.filter((line) => line.startsWith('GET /chat/get-user-threads/ 200 '));
  expect(threadLines.length).toBeGreaterThanOrEqual(running.threads());
}

// Each test has its own process: they run side by side.
describe.concurrent('The request log when the stand-in ends', () => {
  it.each([
    ['SIGTERM', 'file'],
    ['SIGINT', 'pipe'],
  ] as const)(
    'should have written every request it answered when stopped with %s, to a %s',
    async (signal, stdout) => {
      const { code, log, running } = await endUnderLoad(stdout, (child) => child.kill(signal));
      expect(code).toBe(0);
      expectEveryAnswerLogged(log, running);
    },
    120_000,
  );

  it('should have written every request it answered when an uncaught exception ends it', async () => {
    const { code, stderr, log, running } = await endUnderLoad(
      'file',
      (child) => child.kill('SIGUSR2'),
      ['--import', CRASH_ON_SIGUSR2],
    );
    expect(code).toBe(1);
    expectEveryAnswerLogged(log, running);
    expect(stderr).toContain('crashed on purpose by the test (SIGUSR2)');
  }, 120_000);

  // A SIGKILL ends the process before any of its code runs: what it had not yet written (at most
  // one turn of the event loop's lines) is lost, and no test can ask otherwise.
});
