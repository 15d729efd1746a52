import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { readLikeReport } from '../../src/policy/like-report.js';
import { ACCOUNT_FLAGS, runCli, useBreakingProxy } from '../support/conformance.js';
import { expiredTokenFor, TEST_SECRET } from '../support/conformance-run.js';
import { recordingSocket } from '../support/recording-socket.js';
import {
  eventually,
  expectStatus,
  startTestStandIn,
  type TestStandIn,
  UDO,
  useStandIn,
} from '../support/standin.js';
import { OBSERVATION_VARIANTS } from '../support/variants/observations.js';

/** The observed server: a stand-in behind a proxy whose socket closes 1011 on bad frames. */
let observed: TestStandIn;
let userToken: string;
useStandIn(
  (started) => ({ standIn: observed, token: userToken } = started),
  { secret: TEST_SECRET },
  { otherClients: 'the conformance CLI, through the breaking proxy' },
);
const proxy = useBreakingProxy(() => observed.url);

const CLOSES_1011 = OBSERVATION_VARIANTS.find((v) => v.name.includes('closes 1011'));

/** Messages the stand-in has stored, read from its SQLite file. */
function storedMessages(standIn: TestStandIn): number {
  const db = new Database(standIn.dbPath, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM messages').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('--like a report the suite wrote', () => {
  it('should close 1011 on a malformed frame, as the server the suite observed did', async () => {
    // 1. The real suite, against a server that closes 1011 on a frame it cannot parse.
    if (!CLOSES_1011) throw new Error('no observation variant closes 1011');
    const url = await proxy(CLOSES_1011.breakage({ userToken, secret: TEST_SECRET }));
    const report = join(mkdtempSync(join(tmpdir(), '9app-like-')), 'observed.json');
    const run = await runCli([
      '--base-url',
      url,
      ...ACCOUNT_FLAGS,
      '--expired-token',
      expiredTokenFor(UDO.id),
      '--jwt-secret',
      TEST_SECRET,
      '--allow-writes',
      '--json',
      report,
    ]);
    expect(run.err).toBe('');
    const written = JSON.parse(readFileSync(report, 'utf8')) as {
      observations: { id: string; summary: string }[];
    };
    expect(written.observations).toContainEqual(
      expect.objectContaining({ id: 'socket.malformed-json', summary: 'closed with 1011' }),
    );

    // 2. A stand-in started like that report.
    const like = await startTestStandIn({ like: readLikeReport(report) });
    try {
      // 3. It says so in its banner and its config.
      const banner = like.logLines.find((l) => l.includes('9app stand-in is running')) ?? '';
      expect(banner).toContain(`Like ${url} (--like `);
      expect(banner).toContain('adopted      socket.malformed-json: closed with 1011');
      expect(banner).toMatch(/socket +error frame, invalid_json: close 1011, .*\[--like .*\]/);
      const config = await like.call({ method: 'GET', path: '/__mock/config' });
      const entity = (expectStatus(config, 200) as { entity: { like: unknown } }).entity;
      expect(entity.like).toMatchObject({
        target: url,
        adopted: expect.arrayContaining([
          expect.objectContaining({ id: 'socket.malformed-json', observed: 'closed with 1011' }),
        ]),
      });

      // 4. A malformed frame closes the socket with 1011, and nothing is stored.
      const before = storedMessages(like);
      const token = (await like.login(UDO.email)).token;
      const socket = await recordingSocket(`${like.wsUrl}?token=${token}`);
      socket.ws.send('not json');
      await eventually(() => expect(socket.closeCode()).toBe(1011));
      expect(socket.frames).toEqual([]);
      expect(storedMessages(like)).toBe(before);
    } finally {
      await like.stop();
    }
  }, 60_000);
});
