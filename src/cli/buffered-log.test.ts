import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bufferedLog } from './buffered-log.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), '9app-log-'));
const opened: number[] = [];
/** Lines the pipe test logs: 2.6 MB, more than any pipe or socket pair buffers. */
const LINES = 100_000;

/** A fresh file, its descriptor for writing, and a reader of what reached it. */
function logFile(name: string) {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  opened.push(fd);
  return { fd, path, text: () => readFileSync(path, 'utf8') };
}

afterEach(() => {
  for (const fd of opened.splice(0)) closeSync(fd);
});

describe('Buffered log', () => {
  it('should write the lines queued within `everyMs` together, in order, once it has passed', () => {
    vi.useFakeTimers();
    try {
      const file = logFile('interval.log');
      const log = bufferedLog(file.fd, { everyMs: 10 });
      log.print('GET /a 200 0.1ms');
      vi.advanceTimersByTime(5);
      for (const line of ['GET /b 404 0.2ms', 'WS close someone']) log.print(line);
      expect(file.text()).toBe('');
      vi.advanceTimersByTime(5);
      expect(file.text()).toBe('GET /a 200 0.1ms\nGET /b 404 0.2ms\nWS close someone\n');
    } finally {
      vi.useRealTimers();
    }
  });

  it('should write at once when more is queued than it waits with', () => {
    const file = logFile('large.log');
    const log = bufferedLog(file.fd, { writeAt: 100 });
    for (let i = 0; i < 10; i += 1) log.print(`GET /chat/messages/${i}/ 200 0.1ms`);
    expect(file.text().split('\n').length).toBeGreaterThan(3);
    // Not left to its timer: the descriptor is closed after the test, and its number reused.
    log.flush();
    expect(file.text().trimEnd().split('\n')).toHaveLength(10);
  });

  it('should write everything it holds when flushed, without waiting', () => {
    const file = logFile('flush.log');
    const log = bufferedLog(file.fd);
    log.print('first');
    log.print('last');
    log.flush();
    expect(file.text()).toBe('first\nlast\n');
  });

  it('should say once that it cannot write, and go on taking lines', () => {
    const readOnly = openSync(logFile('read-only.log').path, 'r');
    opened.push(readOnly);
    const errors: string[] = [];
    const log = bufferedLog(readOnly, { onError: (error) => errors.push(String(error)) });
    log.print('one');
    log.flush();
    log.print('two');
    log.flush();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/EBADF/);
  });

  it('should hold what a full non-blocking pipe refuses, and on exit wait for the reader to take it all', async () => {
    // A child whose stdout is a pipe made non-blocking (touching process.stdout does it, as the
    // parent of `npm start | tee` does to the pipe it hands down) logs 2.6 MB, far more than the
    // pipe holds, says so on stderr and exits; only then does the reader start reading.
    const script = `
      import { bufferedLog } from './src/cli/buffered-log.ts';
      process.stdout;
      const log = bufferedLog(1);
      process.on('exit', log.flush);
      let i = 0;
      const burst = () => {
        for (let n = 0; n < 2000; n += 1) log.print('GET /line/' + i++ + ' 200 0.1ms');
        if (i < ${LINES}) return setImmediate(burst);
        process.stderr.write('logged');
        process.exit(0);
      };
      burst();`;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout.pause();
    await new Promise((resolve) => child.stderr.once('data', resolve));
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stdout.resume();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(LINES);
    expect(lines.every((line, i) => line === `GET /line/${i} 200 0.1ms`)).toBe(true);
  });
});
