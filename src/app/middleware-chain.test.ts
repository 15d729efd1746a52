import type { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { CONTRACT_PATHS } from '../routing/route-table.js';
import { createRuntime } from '../runtime/runtime.js';
import { openStandInData } from '../runtime/standin-data.js';
import { createApp } from './app.js';

/** A path for each ready read, parameters filled: what a middleware must declare itself for. */
const LANE_PATHS = CONTRACT_PATHS.map((entry) =>
  entry.path.replace(/\{[^}]+\}/g, '68f6cebe-1dfb-418d-8c4e-3ada680984d1'),
);

/** Hono's own glob for a mounted middleware (`/*`, `/__mock/*`), as a test of a path. */
const appliesTo = (glob: string, path: string) =>
  new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);

/** Middleware the app runs on a contract path that is not in its declared chain. */
function undeclaredMiddleware(app: Hono<never>, declared: unknown[]): string[] {
  return app.routes
    .filter((route) => route.method === 'ALL')
    .filter((route) => LANE_PATHS.some((path) => appliesTo(route.path, path)))
    .filter((route) => !declared.includes(route.handler))
    .map((route) => `${route.path} ${route.handler.name || '(anonymous)'}`);
}

async function standInApp(options: { log?: boolean } = {}) {
  const { store, secret, reseed } = await openStandInData({
    db: ':memory:',
    seed: { seed: 1, users: 3, messages: 5 },
  });
  const runtime = createRuntime({ store });
  const built = createApp(runtime, {
    secret: () => secret,
    origin: () => 'http://localhost',
    reset: reseed,
    log: options.log ? () => {} : undefined,
  });
  return { ...built, close: () => runtime.close() };
}

describe('The middleware chain and the read lane', () => {
  it('should mount only middleware that declares when the read lane may stand for it', async () => {
    for (const log of [false, true]) {
      const { app, chain, close } = await standInApp({ log });
      expect(chain.length).toBeGreaterThan(4);
      const declared = chain.map((step) => step.handler);
      expect(undeclaredMiddleware(app as unknown as Hono<never>, declared)).toEqual([]);
      close();
    }
  });

  it('should notice a middleware mounted around the declared chain', async () => {
    const { app, chain, close } = await standInApp();
    app.use(async function sneakyHeader(c, next) {
      await next();
      c.header('x-sneaky', '1');
    });
    const declared = chain.map((step) => step.handler);
    expect(undeclaredMiddleware(app as unknown as Hono<never>, declared)).toEqual([
      '/* sneakyHeader',
    ]);
    close();
  });

  it('should give every step a lane rule, and name what the lane writes for the steps that add to an answer', async () => {
    const { chain, close } = await standInApp({ log: true });
    expect(chain.map((step) => step.name)).toEqual([
      'requestLog',
      'corsForAnyOrigin',
      'journalRequests',
      'httpFaults',
      'trailingSlash',
      'contractGate',
      'drfErrorBodies',
      'brokenAssumptions',
    ]);
    for (const step of chain) expect(typeof step.lane.passes).toBe('function');
    const reproduced = chain.filter((step) => step.lane.reproduces).map((step) => step.name);
    expect(reproduced).toEqual([
      'requestLog',
      'corsForAnyOrigin',
      'journalRequests',
      'contractGate',
    ]);
    close();
  });
});
