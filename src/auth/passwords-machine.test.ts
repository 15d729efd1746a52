import { pbkdf2Sync } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * What passwords.ts does on machines unlike the one the tests run on: `availableParallelism` and
 * PBKDF2 are replaced, so the concurrency bound is proven for any core count (on 2 cores,
 * `max(1, 2 - 1)` and `min(1, 2 - 1)` are both 1), and each PBKDF2 run is counted.
 */
const machine = vi.hoisted(() => ({ cores: 8, pbkdf2Runs: 0 }));

vi.mock('node:os', async (importOriginal) => ({
  ...(await importOriginal<typeof import('node:os')>()),
  availableParallelism: () => machine.cores,
}));
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  return {
    ...real,
    pbkdf2: (...args: Parameters<typeof real.pbkdf2>) => {
      machine.pbkdf2Runs += 1;
      return real.pbkdf2(...args);
    },
  };
});

/** passwords.ts loaded afresh, as a process on a machine with `cores` cores would load it. */
async function passwordsOn(cores: number) {
  machine.cores = cores;
  vi.resetModules();
  return import('./passwords.js');
}

const oneRound = (password: string, salt: string) =>
  `pbkdf2_sha256$1$${salt}$${pbkdf2Sync(password, salt, 1, 32, 'sha256').toString('base64')}`;

beforeEach(() => {
  machine.pbkdf2Runs = 0;
});

describe('checkDjangoPassword on other machines', () => {
  it('should run PBKDF2 on all cores but one, and on one at least (D100)', async () => {
    expect((await passwordsOn(8)).PBKDF2_CONCURRENCY).toBe(7);
    expect((await passwordsOn(2)).PBKDF2_CONCURRENCY).toBe(1);
    expect((await passwordsOn(1)).PBKDF2_CONCURRENCY).toBe(1);
  });

  it('should run PBKDF2 once for the same login sent several times at once', async () => {
    const { checkDjangoPassword } = await passwordsOn(8);
    const encoded = oneRound('right', 'same-login');
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => checkDjangoPassword('right', encoded)),
    );
    expect(answers).toEqual([true, true, true, true, true]);
    expect(machine.pbkdf2Runs).toBe(1);
    // Two different logins at once are two runs.
    await Promise.all([checkDjangoPassword('a', encoded), checkDjangoPassword('b', encoded)]);
    expect(machine.pbkdf2Runs).toBe(3);
  });
});
