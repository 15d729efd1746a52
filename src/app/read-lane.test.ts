import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { issueToken } from '../auth/jwt.js';
import { createRuntime } from '../runtime/runtime.js';
import { openStandInData } from '../runtime/standin-data.js';
import { type ReadLaneOptions, readLane } from './read-lane.js';

/**
 * The lane on its own, in front of a stand-in listener that answers 299: the story tests compare
 * it with Hono's chain byte for byte, these prove what they cannot see (its log line, its errors).
 */
async function laneServer(options: Pick<ReadLaneOptions, 'log' | 'passes'>) {
  const { store, secret } = await openStandInData({
    db: ':memory:',
    seed: { seed: 1, users: 3, messages: 5 },
  });
  const runtime = createRuntime({ store, journalSize: 0 });
  const lane = readLane({
    store,
    secret: () => secret,
    journal: runtime.journal,
    strict: false,
    ...options,
  });
  const behind = vi.fn((_req: IncomingMessage, res: ServerResponse) => res.writeHead(299).end());
  const server = createServer(lane.wrap(behind));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const token = issueToken(secret, store.users.listUsers()[0]?.id ?? '', 'access');
  const threads = () =>
    fetch(`${url}/chat/get-user-threads/`, {
      headers: { authorization: `Bearer ${token}` },
      // A lane that swallowed the request would hang the test otherwise.
      signal: AbortSignal.timeout(5_000),
    });
  cleanups.push(async () => {
    await new Promise((resolve) => server.close(resolve));
    runtime.close();
  });
  return { lane, behind, threads };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('readLane', () => {
  it('should log its answer with the time it took', async () => {
    const lines: string[] = [];
    const { lane, threads } = await laneServer({
      log: (line) => lines.push(line),
      passes: () => true,
    });
    expect((await threads()).status).toBe(200);
    expect(lane.served).toBe(1);
    const ms = Number(/ 200 ([\d.]+)ms$/.exec(lines[0] ?? '')?.[1]);
    expect(lines).toHaveLength(1);
    expect(ms).toBeGreaterThanOrEqual(0);
    expect(ms).toBeLessThan(10_000);
  });

  it('should answer without a log and report nothing (no log is not an error)', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { lane, threads } = await laneServer({ passes: () => true });
    expect((await threads()).status).toBe(200);
    expect(lane.served).toBe(1);
    expect(printed).not.toHaveBeenCalled();
  });

  it('should print its own failure and let the listener behind it answer, before any byte went out', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { lane, behind, threads } = await laneServer({
      passes: () => {
        throw new Error('a lane rule that broke');
      },
    });
    expect((await threads()).status).toBe(299);
    expect(behind).toHaveBeenCalledTimes(1);
    expect(lane.served).toBe(0);
    expect(printed).toHaveBeenCalledWith(
      expect.stringMatching(
        /^ERROR read lane GET \/chat\/get-user-threads\/: Error: a lane rule that broke$/,
      ),
    );
  });

  it('should leave to the listener what it does not answer', async () => {
    const { lane, behind, threads } = await laneServer({ passes: () => false });
    expect((await threads()).status).toBe(299);
    expect(behind).toHaveBeenCalledTimes(1);
    expect(lane.served).toBe(0);
  });
});
