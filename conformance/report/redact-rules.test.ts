import { describe, expect, it } from 'vitest';
import { redactDeep, redactor, SECRET_NAMES, secretsOf } from './redact.js';

describe('secretsOf', () => {
  it('should name each credential of the run by the variable a replay line uses for it', () => {
    const secrets = secretsOf({
      user: { token: 't', refresh: 'r', password: 'p' },
      peer: { token: 'pt', refresh: 'pr', password: 'pp' },
      expiredToken: 'e',
      jwtSecret: 'j',
    });
    expect(secrets).toEqual([
      { name: 'TOKEN', value: 't' },
      { name: 'PEER_TOKEN', value: 'pt' },
      { name: 'REFRESH_TOKEN', value: 'r' },
      { name: 'PEER_REFRESH_TOKEN', value: 'pr' },
      { name: 'EXPIRED_TOKEN', value: 'e' },
      { name: 'PASSWORD', value: 'p' },
      { name: 'PEER_PASSWORD', value: 'pp' },
      { name: 'JWT_SECRET', value: 'j' },
    ]);
    expect(secrets.map((s) => s.name)).toEqual([...SECRET_NAMES]);
  });
});

describe('redactor rules', () => {
  it('should replace the longer of two overlapping secrets whole, and give a shared value the first name', () => {
    const redact = redactor([
      { name: 'PASSWORD', value: 'secret-pass' },
      { name: 'PEER_PASSWORD', value: 'secret-pass-longer' },
      { name: 'TOKEN', value: 'same-value-1' },
      { name: 'PEER_TOKEN', value: 'same-value-1' },
      { name: 'EXPIRED_TOKEN', value: undefined },
    ]);
    expect(redact('secret-pass-longer secret-pass same-value-1')).toBe(
      '$PEER_PASSWORD $PASSWORD $TOKEN',
    );
  });

  it('should replace a secret of 8 characters or more anywhere, a shorter one only standing alone', () => {
    const redact = redactor([
      { name: 'PASSWORD', value: 'abcdefgh' },
      { name: 'PEER_PASSWORD', value: 'abcdefg' },
    ]);
    expect(redact('xabcdefghx xabcdefgx abcdefg')).toBe('x$PASSWORDx xabcdefgx $PEER_PASSWORD');
  });

  it('should bound a short secret by word characters only where it starts or ends with one', () => {
    const redact = redactor([
      { name: 'PASSWORD', value: '-ab' },
      { name: 'PEER_PASSWORD', value: 'cd-' },
    ]);
    expect(redact('x-ab -abx cd-x xcd-')).toBe('x$PASSWORD -abx $PEER_PASSWORDx xcd-');
  });

  it('should replace URL-encoded and JSON-escaped forms, and leave text alone with no secrets', () => {
    const redact = redactor([{ name: 'PASSWORD', value: 'p/ss"w' }]);
    expect(redact('p%2Fss%22w p/ss\\"w p/ss"w')).toBe('$PASSWORD $PASSWORD $PASSWORD');
    expect(redactor([])('plain text')).toBe('plain text');
    expect(redactor([{ name: 'TOKEN', value: '' }])('plain text')).toBe('plain text');
  });
});

describe('redactDeep', () => {
  it('should redact every string in a value, keys included, and keep everything else', () => {
    const redact = (text: string) => text.replaceAll('s3cret', '$TOKEN');
    expect(
      redactDeep({ s3cret: ['s3cret', 1, null, true, { k: 's3cret!' }], n: 2 }, redact),
    ).toEqual({ $TOKEN: ['$TOKEN', 1, null, true, { k: '$TOKEN!' }], n: 2 });
    expect(redactDeep('s3cret', redact)).toBe('$TOKEN');
    expect(redactDeep(undefined, redact)).toBeUndefined();
  });
});

describe('redactor and JWTs', () => {
  it('should mask any JWT-shaped text, whatever the length of its parts, and nothing else', () => {
    const redact = redactor([]);
    expect(redact('a eyJ.b. c')).toBe('a [redacted JWT] c');
    expect(redact('eyJhbGci.payload-long.sig_nature')).toBe('[redacted JWT]');
    expect(redact('eyJhb.p.')).toBe('[redacted JWT]');
    expect(redact('eyJ..x eyJ!.a.b')).toBe('eyJ..x eyJ!.a.b');
  });
});
