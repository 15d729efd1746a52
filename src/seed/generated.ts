import { pbkdf2 } from 'node:crypto';
import { promisify } from 'node:util';
import { base, en, en_NG, Faker } from '@faker-js/faker';
import generation from '../../fixtures/generation.json' with { type: 'json' };
import type { WalletType } from '../../spec/schemas/coins.js';
import { WalletTypeSchema } from '../../spec/schemas/coins.js';
import { type Transaction, TransactionTypeSchema } from '../../spec/schemas/ledger.js';
import { TwoFactorTypeSchema } from '../../spec/schemas/users.js';
import type { Store } from '../store/index.js';
import { httpTimestamp } from '../store/timestamps.js';
import { chatLine } from './chat-text.js';
import { insertPersonas } from './personas.js';

export interface GenerateOptions {
  seed: number;
  users: number;
  messages: number;
  /** The first user_number to hand out: the documented people come first. */
  firstUserNumber: number;
  /** From seedPasswordHash(seed): computed before the seed's transaction. */
  passwordHash: string;
}

/** Messages generated and stored at a time. */
const MESSAGE_CHUNK = 10_000;
/** Distinct message bodies a seed draws from. */
const BODY_POOL = 5_000;

const PBKDF2_ITERATIONS = 600_000;

const pbkdf2Async = promisify(pbkdf2);
const seededFaker = (seed: number) => new Faker({ locale: [en_NG, en, base], seed });

/** Django's `pbkdf2_sha256` format, so the hash looks and verifies like production's. */
export async function djangoPasswordHash(password: string, salt: string): Promise<string> {
  const digest = await pbkdf2Async(password, salt, PBKDF2_ITERATIONS, 32, 'sha256');
  return `pbkdf2_sha256$${PBKDF2_ITERATIONS}$${salt}$${digest.toString('base64')}`;
}

const hashes = new Map<number, Promise<string>>();

/**
 * The one password hash every generated person shares (a hash per person would cost seconds). Its
 * salt is the generator's first draw for the seed. PBKDF2 (~120 ms) runs on libuv's pool before the
 * seed's transaction, once per seed per process, so a reset does not hold the event loop for it (D101).
 */
export function seedPasswordHash(seed: number): Promise<string> {
  let hash = hashes.get(seed);
  if (!hash) {
    hash = djangoPasswordHash(generation.password, seededFaker(seed).string.alphanumeric(22));
    hashes.set(seed, hash);
  }
  return hash;
}

/** `amount × rate` with five decimals, in integer arithmetic so no float noise reaches the string. */
function nairaAmount(amount: string, wallet: WalletType): string {
  const scaled = BigInt(amount.replace('.', '')) * BigInt(generation.naira_per_coin[wallet]);
  const text = scaled.toString().padStart(6, '0');
  return `${text.slice(0, -5)}.${text.slice(-5)}`;
}

/**
 * Generated people and their activity, all deterministic for a seed, then the edge-case personas
 * (D64). None of it touches the documented rows: generated messages go between generated users only.
 */
export function insertGenerated(store: Store, options: GenerateOptions): void {
  const faker = seededFaker(options.seed);
  const from = Date.parse(generation.window.from) * 1000;
  const to = Date.parse(generation.window.to) * 1000;
  const pastMicros = (after = from) => faker.number.int({ min: after, max: to });
  // The salt of seedPasswordHash: drawn here as well, so every later draw stays the same.
  faker.string.alphanumeric(22);
  const password = options.passwordHash;

  const insertUser = store.db.prepare(
    `INSERT INTO users VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const userIds: string[] = [];
  const firstNames: string[] = [];
  const activeBit = new Map<string, number>();
  for (let i = 0; i < options.users; i += 1) {
    const first = faker.person.firstName();
    const last = faker.person.lastName();
    const created = pastMicros();
    const id = faker.string.uuid();
    userIds.push(id);
    firstNames.push(first);
    const active = faker.datatype.boolean(0.97) ? 1 : 0;
    activeBit.set(id, active);
    insertUser.run(
      id,
      options.firstUserNumber + i,
      faker.internet
        .email({
          firstName: first,
          lastName: last,
          provider: faker.helpers.arrayElement(['gmail.com', 'outlook.com', 'yahoo.com']),
        })
        .toLowerCase()
        .replace('@', `${i}@`),
      password,
      first,
      last,
      `0${faker.helpers.arrayElement(['803', '806', '813', '816', '703', '901', '912'])}${faker.string.numeric(7)}`,
      faker.datatype.boolean(0.8) ? 1 : 0,
      faker.datatype.boolean(0.7) ? 1 : 0,
      0,
      0,
      active,
      faker.datatype.boolean(0.4) ? 1 : 0,
      faker.datatype.boolean(0.2) ? 1 : 0,
      faker.helpers.arrayElement(TwoFactorTypeSchema.options),
      `${faker.number.int({ max: 2_000_000 })}.${faker.string.numeric(5)}`,
      faker.datatype.boolean(0.6) ? httpTimestamp(pastMicros(created)) : null,
      faker.helpers.arrayElement([null, 'Nigeria', 'Ghana']),
      httpTimestamp(created),
      httpTimestamp(pastMicros(created)),
    );
  }

  // Conversations: random pairs, then messages across them sorted by time so ids follow time.
  const pairs = new Map<string, [string, string]>();
  const wanted = Math.min(
    options.users * generation.threads_per_user,
    (options.users * (options.users - 1)) / 2,
  );
  while (pairs.size < wanted && options.users > 1) {
    const [a, b] = faker.helpers.arrayElements(userIds, 2) as [string, string];
    pairs.set([a, b].sort().join(), [a, b]);
  }
  const pairList = [...pairs.values()];
  // Times first (8 bytes a message, sorted in place), then messages in chunks: a million-message
  // seed never holds more than one chunk of message objects (issue 13: 1.1 GB when it did).
  const times = new Float64Array(pairList.length ? options.messages : 0).map(() => pastMicros());
  times.sort();
  // Bodies drawn from a pool: generating a fresh sentence for each of a million messages was a
  // quarter of the seed's time, and chat text repeats anyway.
  // Chat as people here write it (D64): the pool addresses the generated people by first name.
  const bodies = Array.from({ length: Math.min(BODY_POOL, times.length) }, () =>
    chatLine(faker, faker.helpers.arrayElement(firstNames)),
  );
  for (let start = 0; start < times.length; start += MESSAGE_CHUNK) {
    store.chat.storeHistory(
      Array.from(times.subarray(start, start + MESSAGE_CHUNK), (micros) => {
        const [a, b] = faker.helpers.arrayElement(pairList);
        const [senderId, receiverId] = faker.datatype.boolean() ? [a, b] : [b, a];
        const body = faker.helpers.arrayElement(bodies);
        return { senderId, receiverId, body, created: httpTimestamp(micros) };
      }),
    );
  }
  insertPersonas(store, {
    faker,
    firstUserNumber: options.firstUserNumber + options.users,
    passwordHash: password,
  });
  store.chat.settleThreads();

  const amountFor = (wallet: WalletType) => {
    const [min, max] = generation.amount_range[wallet] as [number, number];
    return faker.number.float({ min, max, fractionDigits: 5 }).toFixed(5);
  };
  const addressFor = (wallet: WalletType) =>
    wallet === 'BTC'
      ? faker.finance.bitcoinAddress()
      : wallet === 'LTC'
        ? faker.finance.litecoinAddress()
        : faker.finance.ethereumAddress();

  const insertTransaction = store.db.prepare('INSERT INTO transactions VALUES (?, ?, ?, ?, ?, ?)');
  const insertDeposit = store.db.prepare('INSERT INTO deposits VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insertWithdrawal = store.db.prepare(
    'INSERT INTO withdrawals VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertSettings = store.db.prepare(
    'INSERT INTO settings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const userId of userIds) {
    for (let i = faker.number.int({ max: 4 }); i > 0; i -= 1) {
      insertTransaction.run(
        faker.string.uuid(),
        userId,
        amountFor('USDT'),
        faker.helpers.arrayElement(TransactionTypeSchema.options),
        faker.helpers.weightedArrayElement<Transaction['status']>([
          { value: 'COMPLETED', weight: 6 },
          { value: 'PENDING', weight: 3 },
          { value: 'FAILED', weight: 1 },
        ]),
        httpTimestamp(pastMicros()),
      );
    }
    for (let i = faker.number.int({ max: 3 }); i > 0; i -= 1) {
      const wallet = faker.helpers.arrayElement(WalletTypeSchema.options);
      const amount = amountFor(wallet);
      const created = pastMicros();
      insertDeposit.run(
        faker.string.uuid(),
        userId,
        httpTimestamp(created),
        httpTimestamp(pastMicros(created)),
        amount,
        wallet,
        addressFor(wallet),
        nairaAmount(amount, wallet),
        faker.datatype.boolean(0.7) ? 1 : 0,
      );
    }
    for (let i = faker.number.int({ max: 2 }); i > 0; i -= 1) {
      const wallet = faker.helpers.arrayElement(WalletTypeSchema.options);
      const amount = amountFor(wallet);
      insertWithdrawal.run(
        faker.string.uuid(),
        userId,
        httpTimestamp(pastMicros()),
        amount,
        wallet,
        addressFor(wallet),
        nairaAmount(amount, wallet),
        faker.datatype.boolean(0.6) ? 1 : 0,
      );
    }
    if (faker.datatype.boolean(0.5)) {
      // The settings' is_active is the account's own (D60).
      const [, ...flags] = Array.from({ length: 9 }, () => (faker.datatype.boolean(0.85) ? 1 : 0));
      insertSettings.run(userId, activeBit.get(userId), ...flags);
    }
  }
}
