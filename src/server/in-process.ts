import type { z } from '@hono/zod-openapi';
import type {
  MintedTokensSchema,
  MockTokenRequestSchema,
  MockUserSchema,
} from '../../spec/schemas/mock.js';
import { createApp } from '../app/app.js';
import { createRuntime } from '../runtime/runtime.js';
import { openStandInData } from '../runtime/standin-data.js';
import { DEFAULT_SEED } from '../seed/index.js';
import type { Store } from '../store/index.js';
import { fetchFailure, type LostConnection } from './fetch-failure.js';

export interface StandInOptions {
  /** A SQLite file (seeded when empty, used as it is otherwise) or `:memory:` (the default). */
  db?: string;
  /** Seed, generated users and messages; the CLI's defaults (`DEFAULT_SEED`) unless given. */
  seed?: number;
  users?: number;
  messages?: number;
  /** The token signing secret; otherwise generated and stored with the data. */
  secret?: string;
  /** The origin the OpenAPI and AsyncAPI documents name as their server. */
  origin?: string;
}

export interface InProcessStandIn {
  /**
   * The whole HTTP API (and `/__mock/*`, `/docs`) as a standard fetch handler. No port. A network
   * fault (`Prefer: fault=reset`/`empty`, or such a fault rule) rejects as Node's `fetch` does: a
   * `TypeError: fetch failed` with the cause (`ECONNRESET`, `UND_ERR_SOCKET`) (D156).
   */
  fetch(request: Request): Promise<Response>;
  /** `POST /__mock/reset`: back to the seed. */
  reset(): Promise<void>;
  /** `GET /__mock/users`: everyone who can log in, with their password. */
  users(): Promise<z.infer<typeof MockUserSchema>[]>;
  /** `POST /__mock/token`: a login's answer for anyone, without their password. */
  token(who: z.input<typeof MockTokenRequestSchema>): Promise<z.infer<typeof MintedTokensSchema>>;
  /** The data itself, for what the controls do not cover. */
  store: Store;
  /** Closes the database. */
  close(): void;
}

/**
 * The stand-in inside the calling process: the same app over an in-memory (or given) SQLite
 * database, seeded, answering standard `Request`s. Made for frontend unit tests (MSW, vitest,
 * jest): no port, no server. The chat socket needs a server, so it is not here: use
 * `startStandIn` or the `9app-standin` bin for sockets (D105).
 *
 * @example
 * const standIn = await createStandIn();
 * const res = await standIn.fetch(new Request('http://localhost/auth/login/', { method: 'POST', ... }));
 * standIn.close();
 */
export async function createStandIn(options: StandInOptions = {}): Promise<InProcessStandIn> {
  const origin = options.origin ?? 'http://localhost';
  const { store, secret, reseed } = await openStandInData({
    db: options.db ?? ':memory:',
    seed: {
      seed: options.seed ?? DEFAULT_SEED.seed,
      users: options.users ?? DEFAULT_SEED.users,
      messages: options.messages ?? DEFAULT_SEED.messages,
    },
    secret: options.secret,
  });
  const runtime = createRuntime({ store });
  const { app } = createApp(runtime, {
    secret: () => secret,
    origin: () => origin,
    reset: reseed,
  });
  // A network fault (`Prefer: fault=reset`/`empty`, or a fault rule) has no socket to break here,
  // so the app reports it and the promise rejects as `fetch` would over the network (D156).
  const answer = async (request: Request) => {
    let lost: LostConnection | undefined;
    const response = await app.fetch(request, {
      onLostConnection: (fault: LostConnection) => {
        lost = fault;
      },
    });
    if (lost) throw fetchFailure(lost);
    return response;
  };

  // The controls go through the routes themselves, so they answer exactly what `/__mock` answers.
  async function control<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await answer(
      new Request(`${origin}${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    const envelope = (await response.json()) as { success?: boolean; entity: T; message: string };
    if (!envelope.success) throw new Error(`${method} ${path}: ${envelope.message}`);
    return envelope.entity;
  }

  return {
    fetch: answer,
    reset: () => control<null>('POST', '/__mock/reset').then(() => undefined),
    users: () => control('GET', '/__mock/users'),
    token: (who) => control('POST', '/__mock/token', who),
    store,
    // The commit thread never started here (no socket, so no chat); closing ends the database.
    close: () => runtime.close(),
  };
}
