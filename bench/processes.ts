import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** `node --import tsx`: one process (the tsx CLI would add a wrapper), so its RSS is the server's. */
const NODE_TSX = [process.execPath, '--import', 'tsx'] as const;

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Polls `url` until it answers 2xx; answers the milliseconds since `startedAt`. */
export async function waitForOk(
  url: string,
  startedAt: number,
  timeoutMs = 60_000,
  headers: Record<string, string> = {},
): Promise<number> {
  for (;;) {
    try {
      const res = await fetch(url, { headers });
      if (res.ok) return performance.now() - startedAt;
    } catch {}
    if (performance.now() - startedAt > timeoutMs)
      throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export interface Child {
  process: ChildProcess;
  url: string;
  startedAt: number;
  /** Peak resident memory (VmHWM) in MB, read from /proc while the process lives. */
  peakRssMb(): number | undefined;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Every child this process started and has not yet stopped: what `stopAllChildren` stops. */
const running = new Set<Child>();

/**
 * True while any process of the group led by `pid` runs. Zombies do not count: an orphaned
 * grandchild that has exited waits for init to reap it, and some containers' init never hurries.
 */
function groupAlive(pid: number): boolean {
  if (process.platform !== 'linux') {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  }
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid pgrp ...": comm may hold spaces, so read after its last ")".
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(group) === pid && state !== 'Z' && state !== 'X') return true;
    } catch {} // gone between the listing and the read
  }
  return false;
}

/**
 * Starts `command` as the leader of its own process group, so `stop()` ends the whole tree: `npx`
 * runs Prism as a grandchild, which outlives a signal sent to `npx` alone.
 */
export function spawnChild(
  command: string,
  args: string[],
  port: number,
  env: Record<string, string> = {},
  stdout: 'ignore' | number = 'ignore',
): Child {
  const startedAt = performance.now();
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', stdout, 'inherit'],
    detached: true,
  });
  const handle: Child = {
    process: child,
    url: `http://127.0.0.1:${port}`,
    startedAt,
    peakRssMb() {
      try {
        const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        return kb ? Number(kb) / 1024 : undefined;
      } catch {
        return undefined;
      }
    },
    async stop(signal = 'SIGTERM') {
      running.delete(handle);
      const pid = child.pid;
      if (pid === undefined || !groupAlive(pid)) return;
      process.kill(-pid, signal);
      // The group is gone when its last member is: up to 5 s of grace, then SIGKILL.
      const deadline = performance.now() + 5000;
      while (groupAlive(pid)) {
        if (performance.now() > deadline) process.kill(-pid, 'SIGKILL');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
  running.add(handle);
  return handle;
}

/** Stops every child still running (on the way out, or on Ctrl-C). */
export async function stopAllChildren(): Promise<void> {
  await Promise.all([...running].map((child) => child.stop()));
}

/** Node flags for every stand-in started from now on (`--cpu-prof`, set by bench/run.ts). */
const standInNodeFlags: string[] = [];

/** Every stand-in started from now on writes a CPU profile into `dir` when it stops. */
export function profileStandIns(dir: string): void {
  standInNodeFlags.push('--cpu-prof', '--cpu-prof-dir', dir);
}

/**
 * How a stand-in is started: built (`node dist/src/cli/main.js`, what the package's `9app-standin` bin
 * runs; bench/run.ts builds first), or through tsx as `npm start` runs it from the repository.
 * tsx's loader thread is its own V8 isolate, about 45 MB of RSS that is not the stand-in's: the
 * figures come from the built code, and the HTTP section reports what tsx adds.
 */
export type StandInBuild = 'dist' | 'tsx';

const BUILT_CLI = 'dist/src/cli/main.js';

export function spawnStandIn(
  port: number,
  db: string,
  extra: string[] = [],
  build: StandInBuild = 'dist',
): Child {
  const entry = build === 'dist' ? [BUILT_CLI] : [...NODE_TSX.slice(1), 'src/cli/main.ts'];
  return spawnChild(
    process.execPath,
    [...standInNodeFlags, ...entry, '--port', String(port), '--db', db, '--quiet', ...extra],
    port,
  );
}

/** The built stand-in with its request log on (no `--quiet`), its stdout written to `logFd`. */
export function spawnLoggingStandIn(port: number, db: string, logFd: number): Child {
  return spawnChild(
    process.execPath,
    [...standInNodeFlags, BUILT_CLI, '--port', String(port), '--db', db],
    port,
    {},
    logFd,
  );
}

/** Compiles the stand-in as the package ships it (`npm run build`), so every section runs that. */
export function buildStandIn(): void {
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'ignore' });
  if (built.status !== 0) throw new Error('bench: `npm run build` failed; run it to see why');
}

/** The ceiling: a bare Hono route on the same adapter answering fixed bytes from memory. */
export function spawnCeiling(port: number, bodiesFile: string): Child {
  return spawnChild(
    NODE_TSX[0],
    [...NODE_TSX.slice(1), 'bench/ceiling-server.ts', String(port), bodiesFile],
    port,
  );
}

/** Stoplight Prism with default settings, fetched on demand (not a dependency). */
export function spawnPrism(port: number): Child {
  return spawnChild(
    'npx',
    [
      '-y',
      '@stoplight/prism-cli@5.14.2',
      'mock',
      '-p',
      String(port),
      '-h',
      '127.0.0.1',
      'spec/openapi.json',
    ],
    port,
  );
}
