import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, type MockInstance, vi } from 'vitest';
import type { StandInConfig } from '../../src/server/config.js';
import { startTestStandIn, type TestStandIn } from './standin.js';

/**
 * The read lane (src/app/read-lane.ts) is only right if nobody can tell it is there: two stand-ins
 * share one database, one with the lane and one without, and every request goes to both.
 */

export interface RawAnswer {
  status: number;
  /** Node's raw header pairs, in order and case as sent, without `Date`. */
  headers: string[];
  body: string;
}

/** One request through node's own client: headers exactly as given, repeated ones included. */
export function sendRaw(
  base: string,
  path: string,
  method = 'GET',
  headers: Record<string, string | string[]> = {},
  body?: string,
) {
  return new Promise<RawAnswer>((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const pairs: string[] = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          const name = res.rawHeaders[i] as string;
          if (name.toLowerCase() !== 'date') pairs.push(name, res.rawHeaders[i + 1] as string);
        }
        resolve({
          status: res.statusCode ?? 0,
          headers: pairs,
          body: Buffer.concat(chunks).toString(),
        });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The newest journal entry, without what differs between two servers: ids, times, the port. */
async function lastJournalEntry(standIn: TestStandIn): Promise<unknown> {
  const res = await fetch(`${standIn.url}/__mock/requests?limit=1`);
  const [entry] = ((await res.json()) as { entity: Record<string, unknown>[] }).entity;
  return JSON.parse(JSON.stringify(entry), (key, value) =>
    ['id', 'at', 'time', 'duration_ms', 'host'].includes(key) ? undefined : value,
  );
}

const lastLogLine = (standIn: TestStandIn) =>
  standIn.logLines.at(-1)?.replace(/ [\d.]+ms\b/, ' <ms>');

/**
 * Starts the two stand-ins for a `describe` (the lane's, and the chain's with `readLane: false`)
 * and stops them after it; the lane hands a request it fails on to Hono, so a printed error is
 * the only sign of a lane bug, and fails the test that caused it.
 *
 * @example
 * const pair = useLaneAndChain({ strict: false });
 * const { answer, laneTook } = await pair.both('/chat/get-user-threads/', 'GET', auth);
 */
export function useLaneAndChain(config: Partial<StandInConfig> = {}) {
  const why = { otherClients: 'raw node requests compare the two servers byte for byte' };
  let lane: TestStandIn;
  let chain: TestStandIn;
  let printedErrors: MockInstance<typeof console.error>;
  beforeAll(async () => {
    printedErrors = vi.spyOn(console, 'error');
    const dir = mkdtempSync(join(tmpdir(), '9app-lane-'));
    lane = await startTestStandIn(config, dir, why);
    chain = await startTestStandIn({ ...config, readLane: false }, dir, why);
  }, 60_000);
  afterEach(() => {
    expect(printedErrors).not.toHaveBeenCalled();
  });
  afterAll(async () => {
    printedErrors.mockRestore();
    await lane?.stop();
    await chain?.stop();
  });

  return {
    get lane() {
      return lane;
    },
    get chain() {
      return chain;
    },
    /** Sends one request to both servers: answers, log lines and journal entries must be equal. */
    async both(
      path: string,
      method = 'GET',
      headers: Record<string, string | string[]> = {},
      body?: string,
    ) {
      const before = lane.readLaneServed();
      const viaLane = await sendRaw(lane.url, path, method, headers, body);
      const viaChain = await sendRaw(chain.url, path, method, headers, body);
      expect(viaLane).toEqual(viaChain);
      expect(lastLogLine(lane)).toEqual(lastLogLine(chain));
      expect(await lastJournalEntry(lane)).toEqual(await lastJournalEntry(chain));
      expect(chain.readLaneServed()).toBe(0);
      return { answer: viaLane, laneTook: lane.readLaneServed() - before === 1 };
    },
  };
}
