import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import {
  DEVIATION_HEADER,
  DEVIATIONS,
  noteDeviation,
  routeDeviation,
  socketAlias,
} from './deviation.js';
import type { AppEnv } from './hono-env.js';

describe('noteDeviation', () => {
  it('should name every deviation met, in order, in the header and for the journal', async () => {
    const app = new Hono<AppEnv>().get('/', (c) => {
      noteDeviation(c, DEVIATIONS.noTrailingSlash);
      noteDeviation(c, DEVIATIONS.coinInQuery);
      return c.json({ journal: c.get('deviation') });
    });
    const res = await app.request('/');
    const both = `${DEVIATIONS.noTrailingSlash}, ${DEVIATIONS.coinInQuery}`;
    expect(res.headers.get(DEVIATION_HEADER)).toBe(both);
    expect(await res.json()).toEqual({ journal: both });
  });
});

describe('routeDeviation', () => {
  it('should name the decision of an extension operation, and nothing for a documented one', () => {
    expect(routeDeviation({ operationId: 'enableCoinPost', 'x-standin-extension': true })).toBe(
      'D7; the docs document GET with a JSON body',
    );
    for (const [operationId, decision] of [
      ['disableCoinPost', 'D7'],
      ['changeUserSettingsPost', 'D9'],
      ['changeUserSettingsPut', 'D9'],
      ['changeUserSettingsPatch', 'D9'],
    ])
      expect(routeDeviation({ operationId, 'x-standin-extension': true }), operationId).toBe(
        `${decision}; the docs document GET with a JSON body`,
      );
    expect(routeDeviation({ operationId: 'newThing', 'x-standin-extension': true })).toBe(
      'D63; newThing is a stand-in extension',
    );
    expect(routeDeviation({ 'x-standin-extension': true })).toBe(
      'D63; this operation is a stand-in extension',
    );
    expect(routeDeviation({ operationId: 'enableCoinPost' })).toBeUndefined();
    expect(
      routeDeviation({ operationId: 'enableCoinPost', 'x-standin-extension': 'yes' }),
    ).toBeUndefined();
  });
});

describe('socketAlias', () => {
  const app = (strict: boolean) =>
    new Hono<AppEnv>().use('/ws/*', socketAlias({ strict })).get('/ws/*', (c) => c.text('socket'));

  it('should serve the alias loudly, and refuse it with a 404 in the envelope when strict', async () => {
    const lenient = await app(false).request('/ws/chat/room/');
    expect(lenient.status).toBe(200);
    expect(lenient.headers.get(DEVIATION_HEADER)).toBe("D2; the docs' endpoint is /chat/room/ws/");
    const strict = await app(true).request('/ws/chat/room/');
    expect(strict.status).toBe(404);
    expect(strict.headers.get(DEVIATION_HEADER)).toBeNull();
    expect(await strict.json()).toMatchObject({ message: 'Not found', success: false });
  });
});
