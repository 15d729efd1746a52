import type {
  CloseCode,
  Fault,
  FaultRequest,
  HttpFaultEffect,
  SocketFaultEffect,
} from '../../spec/schemas/mock.js';
import { PathPattern } from '../routing/path-matcher.js';

/** What to do with one frame on its way to one socket; `undefined` from the plan means "send it". */
export interface DeliveryPlan {
  copies: 0 | 1 | 2;
  delayMs: number;
  close?: CloseCode;
}

type SocketFault = Extract<Fault, { kind: 'socket' }>;
type HttpFault = Extract<Fault, { kind: 'http' }>;

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The active faults (D53): data, `{ match, effect, remaining }`, read at exactly two seams: the
 * HTTP fault middleware (`takeHttp`) and the socket send path (`planDelivery`), plus the handshake
 * (`takeHandshakeRefusal`). Each drop fault draws from its own generator seeded by `--seed` and
 * the fault's id, so a run replays the same drops.
 */
export class FaultSet {
  #faults: Fault[] = [];
  #nextId = 1;
  readonly #random = new Map<number, () => number>();
  /** Each HTTP fault's `match.path`, compiled when it is set; a trailing slash is optional there. */
  readonly #paths = new Map<number, PathPattern>();
  readonly #framesSeen = new Map<number, number>();
  #socketFaults = 0;

  constructor(private readonly seed: number) {}

  add(request: FaultRequest): Fault {
    const id = this.#nextId++;
    const fault = { id, ...request, remaining: request.remaining ?? null } as Fault;
    this.#faults.push(fault);
    // Stryker disable AssignmentOperator: #socketFaults only skips a look-up that finds nothing (see planDelivery)
    if (fault.kind === 'http') this.#paths.set(id, new PathPattern(fault.match.path, 'optional'));
    else this.#socketFaults += 1;
    // Stryker restore AssignmentOperator
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a generator is drawn from by drop faults only
    if (fault.kind === 'socket' && 'drop_rate' in fault.effect)
      this.#random.set(id, seededRandom(this.seed * 7919 + id));
    return fault;
  }

  list(): Fault[] {
    return this.#faults.map((fault) => structuredClone(fault));
  }

  remove(id: number): boolean {
    const index = this.#faults.findIndex((fault) => fault.id === id);
    if (index < 0) return false;
    const [fault] = this.#faults.splice(index, 1);
    // Stryker disable next-line all: #socketFaults only skips a look-up that finds nothing (see planDelivery)
    if (fault?.kind === 'socket') this.#socketFaults -= 1;
    this.#random.delete(id);
    this.#paths.delete(id);
    this.#framesSeen.delete(id);
    return true;
  }

  /** Removes every fault; ids keep counting, so an old id never names a new fault. */
  clear(): void {
    for (const fault of [...this.#faults]) this.remove(fault.id);
  }

  /** Whether any HTTP fault is set: while none is, a request needs no fault look-up (read lane). */
  get hasHttpFaults(): boolean {
    return this.#paths.size > 0;
  }

  /** The effect of the first HTTP fault matching this request, counting it as used. */
  takeHttp(method: string, path: string): HttpFaultEffect | undefined {
    const fault = this.#faults.find(
      (f): f is HttpFault =>
        // Stryker disable next-line ConditionalExpression: a socket fault has no compiled path, so the test below refuses it
        f.kind === 'http' &&
        (f.match.method === undefined || f.match.method === method) &&
        // Stryker disable next-line OptionalChaining,BooleanLiteral: every HTTP fault has a compiled path
        (this.#paths.get(f.id)?.test(path) ?? false),
    );
    if (!fault) return undefined;
    this.#use(fault);
    return fault.effect;
  }

  /** The status to refuse this user's handshake with, if a fault says so. */
  takeHandshakeRefusal(userId: string): 403 | 503 | undefined {
    const fault = this.#socketFaultsFor(userId).find((f) => 'refuse_handshake' in f.effect);
    if (!fault || !('refuse_handshake' in fault.effect)) return undefined;
    this.#use(fault);
    return fault.effect.refuse_handshake;
  }

  /** How one frame to one of `userId`'s sockets goes out; `undefined` (the fast path): as usual. */
  planDelivery(userId: string): DeliveryPlan | undefined {
    // Stryker disable next-line ConditionalExpression: the fast path; without it the filter below finds no fault either
    if (this.#socketFaults === 0) return undefined;
    const faults = this.#socketFaultsFor(userId);
    if (faults.length === 0) return undefined;
    const plan: DeliveryPlan = { copies: 1, delayMs: 0 };
    for (const fault of faults) this.#apply(fault, fault.effect, plan);
    return plan;
  }

  #apply(fault: SocketFault, effect: SocketFaultEffect, plan: DeliveryPlan): void {
    if ('drop_rate' in effect) {
      // Stryker disable next-line OptionalChaining: every drop fault has a generator (add)
      if (plan.copies === 0 || (this.#random.get(fault.id)?.() ?? 1) >= effect.drop_rate) return;
      plan.copies = 0;
      this.#use(fault);
    } else if ('duplicate' in effect && plan.copies === 1) {
      plan.copies = 2;
      this.#use(fault);
    } else if ('delay_ms' in effect) {
      plan.delayMs = Math.max(plan.delayMs, effect.delay_ms);
      this.#use(fault);
    } else if ('close_after_frames' in effect && plan.copies > 0) {
      const seen = (this.#framesSeen.get(fault.id) ?? 0) + 1;
      if (seen < effect.close_after_frames) {
        this.#framesSeen.set(fault.id, seen);
        return;
      }
      this.#framesSeen.set(fault.id, 0);
      plan.close = effect.code;
      this.#use(fault);
    }
  }

  #socketFaultsFor(userId: string): SocketFault[] {
    return this.#faults.filter(
      (f): f is SocketFault =>
        f.kind === 'socket' && (f.match.user_id === undefined || f.match.user_id === userId),
    );
  }

  /** Counts one use; a fault with nothing remaining is gone. */
  #use(fault: Fault): void {
    if (fault.remaining === null) return;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.remove(fault.id);
  }
}
