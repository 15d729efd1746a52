import { pbkdf2Sync } from 'node:crypto';
import { availableParallelism } from 'node:os';
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
  it('should run PBKDF2 on all cores but one, and on one at least (D100)', () => {
    expect(PBKDF2_CONCURRENCY).toBe(Math.max(1, availableParallelism() - 1));
  });

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

  it('should refuse a right hash under the wrong algorithm, an empty salt, zero rounds or an empty hash', async () => {
    const hash = pbkdf2Sync('pw', 'salt', 1, 32, 'sha256').toString('base64');
    expect(await checkDjangoPassword('pw', `pbkdf2_sha256$1$salt$${hash}`)).toBe(true);
    expect(await checkDjangoPassword('pw', `pbkdf2_sha1$1$salt$${hash}`)).toBe(false);
    const emptySalt = pbkdf2Sync('pw', '', 1, 32, 'sha256').toString('base64');
    expect(await checkDjangoPassword('pw', `pbkdf2_sha256$1$$${emptySalt}`)).toBe(false);
    expect(await checkDjangoPassword('pw', `pbkdf2_sha256$0$salt$${hash}`)).toBe(false);
    // Decodes to no bytes: a zero-length PBKDF2 would "match" it.
    expect(await checkDjangoPassword('pw', 'pbkdf2_sha256$1$salt$!!')).toBe(false);
  });

  it('should remember an answer per hash and password, so a second check runs no PBKDF2', async () => {
    const encoded = oneRound('again', 'remember');
    const before = rememberedPasswordChecks();
    const first = checkDjangoPassword('again', encoded);
    expect(pbkdf2RunsUnderWay()).toBe(1);
    expect(await first).toBe(true);
    const second = checkDjangoPassword('again', encoded);
    expect(pbkdf2RunsUnderWay()).toBe(0);
    expect(await second).toBe(true);
    expect(rememberedPasswordChecks()).toBe(Math.min(before + 1, 10_000));
    // Hash and password are kept apart in the key: moving a character from one to the other is
    // another question (here: a broken hash), not a remembered answer.
    expect(await checkDjangoPassword('gain', `${encoded}a`)).toBe(false);
  });
});
