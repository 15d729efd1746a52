import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readLikeReport } from '../../src/policy/like-report.js';
import { recordingSocket } from '../support/recording-socket.js';
import { eventually, expectStatus, type TestStandIn, UDO, useStandIn } from '../support/standin.js';

/**
 * A hand-written report in the shape of spec/schemas/observations.ts, as the suite will write it:
 * a server that closes 1011 on bad frames, answers DRF's ParseError, redirects a path without
 * its slash and has Django's HTML 404 (and an observation from a newer suite).
 */
const REPORT = fileURLToPath(new URL('../support/reports/staging-like.json', import.meta.url));

let standIn: TestStandIn;
let token: string;
useStandIn((started) => ({ standIn, token } = started), { like: readLikeReport(REPORT) });

describe('--like REPORT.json', () => {
  it('should say in its banner which observations it adopted and which it could not', () => {
    const banner = standIn.logLines.find((line) => line.includes('9app stand-in is running')) ?? '';
    expect(banner).toContain('Like https://staging.9app.example (--like ');
    expect(banner).toContain('adopted      socket.malformed-json: closed with 1011');
    expect(banner).toContain('adopted      http.unknown-route: 404 text/html html');
    expect(banner).toMatch(
      /not adopted {2}http\.cors-preflight: .*\(CORS stays open to any origin/,
    );
    expect(banner).toContain('not read     1 observations this stand-in does not know');
    expect(banner).toMatch(
      /socket +error frame, invalid_json: close 1011, .*\[--like .*staging-like\.json; D120\]/,
    );
  });

  it('should close with 1011 on a malformed frame, as the observed server does', async () => {
    const socket = await recordingSocket(`${standIn.wsUrl}?token=${token}`);
    socket.ws.send('not json');
    await eventually(() => expect(socket.closeCode()).toBe(1011));
    expect(socket.frames).toEqual([]);
  });

  it('should echo a message to yourself, as observed', async () => {
    const socket = await recordingSocket(`${standIn.wsUrl}?token=${token}`);
    socket.ws.send(
      JSON.stringify({ action: 'chat_message', message_body: 'me again', receiver_id: UDO.id }),
    );
    await eventually(() => expect(socket.messages()).toHaveLength(1));
    socket.close();
  });

  it("should answer DRF's ParseError and the HTML 404 as observed, and list what it adopted", async () => {
    const parse = await standIn.call({
      method: 'POST',
      path: '/auth/login/',
      headers: { 'content-type': 'application/json' },
      body: '{"email":',
    });
    expect(expectStatus(parse, 400)).toMatchObject({
      detail: expect.stringMatching(/^JSON parse error - /),
    });
    const unknown = await standIn.call({ method: 'GET', path: '/nothing-here/', token });
    expect(unknown.ok && unknown.headers['content-type']).toMatch(/^text\/html/);
    const config = await standIn.call({ method: 'GET', path: '/__mock/config' });
    const entity = (expectStatus(config, 200) as { entity: Record<string, unknown> }).entity;
    expect(entity).toMatchObject({
      mode: 'lenient',
      like: {
        target: 'https://staging.9app.example',
        unread: 1,
        not_adopted: [expect.objectContaining({ id: 'http.cors-preflight' })],
      },
    });
    const adopted = (entity.like as { adopted: { id: string }[] }).adopted.map((a) => a.id);
    expect(adopted).toEqual([
      'socket.malformed-json',
      'socket.missing-field',
      'socket.unknown-action',
      'socket.message-to-self',
      'http.login-malformed-json',
      'http.get-without-slash',
      'http.unknown-route',
    ]);
    const docs = await standIn.call({ method: 'GET', path: '/docs/openapi.json' });
    expect(docs.ok && docs.text).toContain('adopted `socket.malformed-json`: closed with 1011');
  });
});
