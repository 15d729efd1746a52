import { describe, expect, it } from 'vitest';
import { FaultSet } from './fault-rules.js';

const USER = '68f6cebe-1dfb-418d-8c4e-3ada680984d1';

function drops(seed: number, frames = 200): boolean[] {
  const faults = new FaultSet(seed);
  faults.add({ kind: 'socket', match: {}, effect: { drop_rate: 0.3 } });
  return Array.from({ length: frames }, () => faults.planDelivery(USER)?.copies === 0);
}

describe('FaultSet', () => {
  it('should drop the same frames for the same seed, and others for another seed', () => {
    const once = drops(7);
    expect(drops(7)).toEqual(once);
    expect(drops(8)).not.toEqual(once);
    const rate = once.filter(Boolean).length / once.length;
    expect(rate).toBeGreaterThan(0.15);
    expect(rate).toBeLessThan(0.45);
  });

  it('should answer the fast path (undefined) when no socket fault applies to the user', () => {
    const faults = new FaultSet(1);
    expect(faults.planDelivery(USER)).toBeUndefined();
    faults.add({
      kind: 'socket',
      match: { user_id: '8b979f92-2d5d-471f-abdc-4f8259f5736a' },
      effect: { duplicate: true },
    });
    expect(faults.planDelivery(USER)).toBeUndefined();
  });

  it('should match HTTP paths with {name} and *, slash optional, and use up a count', () => {
    const faults = new FaultSet(1);
    faults.add({
      kind: 'http',
      match: { method: 'GET', path: '/chat/messages/{uid}/' },
      effect: { status: 503 },
      remaining: 1,
    });
    expect(faults.takeHttp('POST', `/chat/messages/${USER}/`)).toBeUndefined();
    expect(faults.takeHttp('GET', '/chat/messages/a/b/')).toBeUndefined();
    expect(faults.takeHttp('GET', `/chat/messages/${USER}`)).toEqual({ status: 503 });
    expect(faults.takeHttp('GET', `/chat/messages/${USER}/`)).toBeUndefined();
    expect(faults.list()).toEqual([]);
  });
});
