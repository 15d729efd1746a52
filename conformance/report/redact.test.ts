import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { forgedExpired, signedWithOtherKey } from '../client/made-up-tokens.js';
import { redactor } from './redact.js';
import { shellWord, toHttpEvidence } from './reproduce.js';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJ1c2VyX2lkIjoiMSJ9.c2lnbmF0dXJl';

describe('The redactor', () => {
  it('should name every secret and mask any other token, leaving made-up ones readable', () => {
    const redact = redactor([
      { name: 'TOKEN', value: TOKEN },
      { name: 'PASSWORD', value: 'pa"ss word' },
    ]);
    const issued = 'eyJhbGciOiJIUzI1NiJ9.eyJqdGkiOiIyIn0.b3RoZXI';
    const forged = signedWithOtherKey(TOKEN);
    expect(redact(`Bearer ${TOKEN} {"password":"pa\\"ss word"} pa%22ss%20word ${issued}`)).toBe(
      'Bearer $TOKEN {"password":"$PASSWORD"} $PASSWORD [redacted JWT]',
    );
    expect(redact(`${forged} ${forgedExpired(TOKEN)}`)).not.toContain('[redacted JWT]');
  });

  it('should replace a short password only where it stands alone', () => {
    const redact = redactor([{ name: 'PASSWORD', value: 'b' }]);
    expect(redact('a bb b {"password":"b"} b-wrong')).toBe(
      'a bb $PASSWORD {"password":"$PASSWORD"} $PASSWORD-wrong',
    );
  });
});

describe('A shell word for a replay line', () => {
  it('should survive bash as the same text, with the variables expanded', () => {
    for (const text of [`it's "quoted" \\ $HOME`, 'line\nbreak', '', 'Bearer $TOKEN-x $PASSWORD']) {
      const echoed = execFileSync('bash', ['-c', `printf %s ${shellWord(text)}`], {
        env: { PATH: process.env.PATH, TOKEN: 't0k', PASSWORD: 'p@ss' },
      }).toString();
      expect(echoed).toBe(text.replace('$TOKEN', 't0k').replace('$PASSWORD', 'p@ss'));
    }
  });
});

describe('The evidence of an exchange', () => {
  it('should keep cookie names and drop their values', () => {
    const evidence = toHttpEvidence(
      {
        at: 0,
        request: {
          method: 'GET',
          url: 'http://x/',
          headers: { cookie: 'a=1; theme=dark;sessionid=s3cret' },
        },
        response: {
          ok: true,
          status: 200,
          headers: {
            'set-cookie':
              'sessionid=s3cret; Path=/, csrftoken=abc; Expires=Wed, 21 Oct 2026 07:28:00 GMT',
          },
          text: '',
        },
      },
      (text) => text,
    );
    expect(JSON.stringify(evidence)).not.toMatch(/s3cret|abc|dark/);
    expect(evidence.request.headers.cookie).toBe(
      'a=[redacted]; theme=[redacted];sessionid=[redacted]',
    );
    expect(evidence.response?.headers['set-cookie']).toBe(
      'sessionid=[redacted]; Path=/, csrftoken=[redacted]; Expires=Wed, 21 Oct 2026 07:28:00 GMT',
    );
  });
});
