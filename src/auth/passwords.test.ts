import { pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checkDjangoPassword,
  PBKDF2_CONCURRENCY,
  pbkdf2RunsUnderWay,
  rememberedPasswordChecks,
} from './passwords.js';

/** A Django hash at one round, so the test pays nothing for PBKDF2 itself. */
const oneRound = (password: string, salt = 'salt') =>
  `pbkdf2_sha256$1$${salt}$${pbkdf2Sync(password, salt, 1, 32, 'sha256').toString('base64')}`;

describe('checkDjangoPassword', () => {
  it('should accept the right password and refuse a wrong or malformed one', async () => {
    const encoded = oneRound('password123');
    expect(await checkDjangoPassword('password123', encoded)).toBe(true);
    expect(await checkDjangoPassword('password124', encoded)).toBe(false);
    expect(await checkDjangoPassword('password123', 'md5$1$salt$abc')).toBe(false);
    expect(await checkDjangoPassword('password123', 'pbkdf2_sha256$x$salt$abc')).toBe(false);
    expect(await checkDjangoPassword('password123', 'pbkdf2_sha256$1$salt$')).toBe(false);
  });

  it('should answer checks sent at once and remember no more than its bound under a spray', async () => {
    const encoded = oneRound('right', 'spray');
    let mostAtOnce = 0;
    const watch = setInterval(() => {
      mostAtOnce = Math.max(mostAtOnce, pbkdf2RunsUnderWay());
    }, 0);
    const answers = await Promise.all(
      Array.from({ length: 10_100 }, (_, n) => checkDjangoPassword(`wrong-${n}`, encoded)),
    );
    clearInterval(watch);
    expect(answers.every((answer) => answer === false)).toBe(true);
    expect(mostAtOnce).toBe(PBKDF2_CONCURRENCY);
    expect(pbkdf2RunsUnderWay()).toBe(0);
    expect(rememberedPasswordChecks()).toBe(10_000);
    expect(await checkDjangoPassword('right', encoded)).toBe(true);
  });
});
