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

describe('FaultSet rules', () => {
  const OTHER = '8b979f92-2d5d-471f-abdc-4f8259f5736a';

  it('should drop the same frames as ever for a seed: the sequence is part of the contract of --seed', () => {
    expect(drops(7, 24).map(Number).join('')).toBe('100011101000001000110010');
  });

  it('should drop a frame exactly when the draw is below the rate', () => {
    // 0.21376170357689261 is the first draw of seed 7's first fault (mulberry32, pinned above).
    const first = (rate: number) => {
      const faults = new FaultSet(7);
      faults.add({ kind: 'socket', match: {}, effect: { drop_rate: rate } });
      return faults.planDelivery(USER)?.copies;
    };
    expect(first(0.21376170357689261)).toBe(1);
    expect(first(0.2137617035768927)).toBe(0);
  });

  it('should number faults from 1 and never reuse an id, after a removal or a clear', () => {
    const faults = new FaultSet(1);
    const http = { kind: 'http', match: { path: '/a/' }, effect: { status: 500 } } as const;
    expect([faults.add(http).id, faults.add(http).id]).toEqual([1, 2]);
    faults.clear();
    expect(faults.list()).toEqual([]);
    expect(faults.hasHttpFaults).toBe(false);
    expect(faults.add(http)).toEqual({ id: 3, ...http, remaining: null });
  });

  it('should remove exactly the fault named, and answer false for an id it does not hold', () => {
    const faults = new FaultSet(1);
    faults.add({ kind: 'http', match: { path: '/a/' }, effect: { status: 500 } });
    faults.add({ kind: 'http', match: { path: '/b/' }, effect: { status: 502 }, remaining: 3 });
    expect(faults.remove(99)).toBe(false);
    expect(faults.list().map((f) => f.id)).toEqual([1, 2]);
    expect(faults.remove(2)).toBe(true);
    expect(faults.list()).toEqual([
      { id: 1, kind: 'http', match: { path: '/a/' }, effect: { status: 500 }, remaining: null },
    ]);
    expect(faults.hasHttpFaults).toBe(true);
    expect(faults.takeHttp('GET', '/b/')).toBeUndefined();
    faults.remove(1);
    expect(faults.hasHttpFaults).toBe(false);
  });

  it('should match any method when none is given, * across segments, and the rest literally', () => {
    const faults = new FaultSet(1);
    faults.add({ kind: 'http', match: { path: '/chat/*' }, effect: { fault: 'reset' } });
    faults.add({ kind: 'http', match: { path: '/a.b/{id}/' }, effect: { status: 502 } });
    expect(faults.takeHttp('DELETE', '/chat/messages/x/')).toEqual({ fault: 'reset' });
    expect(faults.takeHttp('GET', '/chat/')).toEqual({ fault: 'reset' });
    expect(faults.takeHttp('GET', '/a.b/7/')).toEqual({ status: 502 });
    expect(faults.takeHttp('GET', '/axb/7/')).toBeUndefined();
    expect(faults.takeHttp('GET', '/other/')).toBeUndefined();
  });

  it('should count uses down and remove a fault when none remain', () => {
    const faults = new FaultSet(1);
    faults.add({ kind: 'socket', match: {}, effect: { delay_ms: 100 }, remaining: 2 });
    expect(faults.planDelivery(USER)).toEqual({ copies: 1, delayMs: 100 });
    expect(faults.list()[0]?.remaining).toBe(1);
    expect(faults.planDelivery(USER)).toEqual({ copies: 1, delayMs: 100 });
    expect(faults.list()).toEqual([]);
    expect(faults.planDelivery(USER)).toBeUndefined();
  });

  it('should refuse a handshake for the user named or everyone, and only with a refusal fault', () => {
    const faults = new FaultSet(1);
    expect(faults.takeHandshakeRefusal(USER)).toBeUndefined();
    faults.add({ kind: 'socket', match: {}, effect: { delay_ms: 5 } });
    expect(faults.takeHandshakeRefusal(USER)).toBeUndefined();
    faults.add({ kind: 'socket', match: { user_id: OTHER }, effect: { refuse_handshake: 403 } });
    faults.add({ kind: 'socket', match: {}, effect: { refuse_handshake: 503 }, remaining: 1 });
    expect(faults.takeHandshakeRefusal(OTHER)).toBe(403);
    expect(faults.takeHandshakeRefusal(USER)).toBe(503);
    expect(faults.takeHandshakeRefusal(USER)).toBeUndefined();
  });

  it('should plan one frame from every fault that applies: longest delay, one duplicate, no copy of a drop', () => {
    const faults = new FaultSet(1);
    faults.add({ kind: 'http', match: { path: '/a/' }, effect: { status: 500 } });
    faults.add({ kind: 'socket', match: { user_id: OTHER }, effect: { delay_ms: 9 } });
    expect(faults.planDelivery(USER)).toBeUndefined();
    faults.add({ kind: 'socket', match: {}, effect: { delay_ms: 2000 } });
    faults.add({ kind: 'socket', match: {}, effect: { delay_ms: 100 } });
    expect(faults.planDelivery(USER)).toEqual({ copies: 1, delayMs: 2000 });
    faults.add({ kind: 'socket', match: {}, effect: { duplicate: true }, remaining: 5 });
    faults.add({ kind: 'socket', match: {}, effect: { duplicate: true }, remaining: 5 });
    expect(faults.planDelivery(USER)).toEqual({ copies: 2, delayMs: 2000 });
    expect(faults.list().map((f) => f.remaining)).toEqual([null, null, null, null, 4, 5]);
  });

  it('should let the first drop take a frame, leaving later drops and duplicates unused', () => {
    const faults = new FaultSet(1);
    faults.add({ kind: 'socket', match: {}, effect: { drop_rate: 1 }, remaining: 5 });
    faults.add({ kind: 'socket', match: {}, effect: { drop_rate: 1 }, remaining: 5 });
    faults.add({ kind: 'socket', match: {}, effect: { duplicate: true }, remaining: 5 });
    faults.add({
      kind: 'socket',
      match: {},
      effect: { close_after_frames: 1, code: 4001 },
      remaining: 5,
    });
    expect(faults.planDelivery(USER)).toEqual({ copies: 0, delayMs: 0 });
    expect(faults.list().map((f) => f.remaining)).toEqual([4, 5, 5, 5]);
  });

  it('should close after every Nth frame, counting again after each close', () => {
    const faults = new FaultSet(1);
    faults.add({ kind: 'socket', match: {}, effect: { close_after_frames: 3, code: 4001 } });
    const closes = Array.from({ length: 7 }, () => faults.planDelivery(USER)?.close ?? '-');
    expect(closes).toEqual(['-', '-', 4001, '-', '-', 4001, '-']);
  });
});
