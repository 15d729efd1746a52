import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnChild, stopAllChildren } from '../../bench/processes.js';

/** True while the process runs: gone, or a zombie waiting for init to reap it, is not running. */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !['Z', 'X'].includes(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3));
  } catch {
    return false;
  }
}

/** A shell that starts a grandchild and prints its id, as `npx` starts Prism. */
async function shellWithGrandchild() {
  const pidFile = join(mkdtempSync(join(tmpdir(), '9app-bench-test-')), 'pid');
  const child = spawnChild(
    'sh',
    ['-c', `sleep 300 & echo $! > ${pidFile}.tmp; mv ${pidFile}.tmp ${pidFile}; wait`],
    0,
  );
  for (;;) {
    try {
      return { child, grandchild: Number(readFileSync(pidFile, 'utf8')) };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

describe.runIf(process.platform === 'linux')('Benchmark child processes', () => {
  it('should stop the whole tree, grandchildren included (Prism runs under npx)', async () => {
    const { child, grandchild } = await shellWithGrandchild();
    expect(running(grandchild)).toBe(true);
    await child.stop();
    expect(running(grandchild)).toBe(false);
  });

  it('should stop every child still running on the way out', async () => {
    const { grandchild } = await shellWithGrandchild();
    await stopAllChildren();
    expect(running(grandchild)).toBe(false);
  });
});
