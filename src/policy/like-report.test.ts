import { describe, expect, it } from 'vitest';
import type { Observation, Observed } from '../../spec/schemas/observations.js';
import { adoptObservations, type LikeReport } from './like-report.js';
import { LENIENT, type Policies } from './policies.js';

/**
 * `--like`, question by question: what each observation changes in the lenient policies, or why it
 * cannot. The story tests (test/standin/like-*.test.ts) prove the adopted policies are served.
 */
const report = (observations: Observation[]): LikeReport => ({
  file: 'r.json',
  target: 'https://staging',
  observations,
  unread: 0,
});
const seen = (id: Observation['id'], observed: Observed, summary = 'seen'): Observation =>
  ({ id, question: '?', summary, observed }) as Observation;
const adopt = (...observations: Observation[]) => adoptObservations(LENIENT, report(observations));

const close = { channel: 'socket', reaction: 'close', close_code: 1011 } as const;
const silence = { channel: 'socket', reaction: 'silence' } as const;
const frame = { channel: 'socket', reaction: 'error-frame', frame: '{}' } as const;
const http = (status: number, body_shape: string, location?: string) =>
  ({ channel: 'http', status, content_type: 'x', body_shape, location }) as Observed;

describe('adoptObservations: the socket questions', () => {
  it.each([
    ['socket.malformed-json', 'invalid_json'],
    ['socket.missing-field', 'invalid_frame'],
    ['socket.receiver-not-uuid', 'invalid_frame'],
    ['socket.receiver-unknown', 'unknown_receiver'],
    ['socket.unknown-action', 'unknown_action'],
    ['socket.binary-frame', 'binary_not_supported'],
  ] as const)('should set %s on its refusal code (%s) alone', (id, code) => {
    for (const [observed, reaction] of [
      [close, { kind: 'close', code: 1011 }],
      [silence, { kind: 'silent' }],
      [frame, { kind: 'frame' }],
    ] as const) {
      const { policies, adopted } = adopt(seen(id, observed));
      expect(policies.socket).toEqual({ ...LENIENT.socket, [code]: reaction });
      expect(adopted).toEqual([{ id, observed: 'seen', note: 'adopted: socket' }]);
    }
  });

  it('should not adopt an HTTP answer or a delivery for a refusal', () => {
    expect(adopt(seen('socket.malformed-json', http(400, 'envelope'))).notAdopted[0]?.note).toBe(
      'an HTTP answer to a socket question',
    );
    const delivered = {
      channel: 'socket',
      reaction: 'delivered',
      to_own_sockets: true,
      echoed_to_sender: false,
    } as const;
    expect(adopt(seen('socket.unknown-action', delivered)).notAdopted[0]?.note).toBe(
      'a delivery, which a refusal cannot reproduce',
    );
  });

  it('should not adopt a second answer on one refusal code that disagrees with the first', () => {
    const { policies, notAdopted } = adopt(
      seen('socket.missing-field', close, 'closed with 1011'),
      seen('socket.receiver-not-uuid', silence, 'nothing sent'),
    );
    expect(policies.socket.invalid_frame).toEqual({ kind: 'close', code: 1011 });
    expect(notAdopted[0]?.note).toBe(
      'the stand-in answers it like socket.missing-field (one refusal code, invalid_frame), which was closed with 1011',
    );
    // Agreeing answers, and a later answer to the same question, are adopted.
    expect(
      adopt(seen('socket.missing-field', close), seen('socket.receiver-not-uuid', close)).adopted,
    ).toHaveLength(2);
    expect(
      adopt(seen('socket.missing-field', close, 'a'), seen('socket.missing-field', silence, 'b'))
        .policies.socket.invalid_frame,
    ).toEqual({ kind: 'silent' });
  });

  it('should deliver a message to yourself, echoed or not, or refuse it as observed', () => {
    const delivered = (echo: boolean) =>
      ({
        channel: 'socket',
        reaction: 'delivered',
        to_own_sockets: true,
        echoed_to_sender: echo,
      }) as const;
    for (const echo of [true, false])
      expect(adopt(seen('socket.message-to-self', delivered(echo))).policies.selfMessage).toEqual({
        kind: 'deliver',
        echo,
      });
    const refused = adopt(seen('socket.message-to-self', close)).policies;
    expect(refused.selfMessage).toEqual({ kind: 'refuse' });
    expect(refused.socket.self_message).toEqual({ kind: 'close', code: 1011 });
    expect(adopt(seen('socket.message-to-self', http(200, 'envelope'))).notAdopted).toHaveLength(1);
  });
});

describe('adoptObservations: the HTTP questions', () => {
  const only = (observation: Observation): Partial<Policies> => {
    const { policies, notAdopted } = adopt(observation);
    expect(notAdopted).toEqual([]);
    return Object.fromEntries(
      Object.entries(policies).filter(([k, v]) => v !== LENIENT[k as keyof Policies]),
    );
  };

  it.each(['http.login-malformed-json', 'http.settings-malformed-json'] as const)(
    "should take %s's body shape: DRF's ParseError or the envelope",
    (id) => {
      expect(only(seen(id, http(400, 'drf-detail')))).toEqual({ malformedJson: 'drf' });
      expect(adopt(seen(id, http(400, 'envelope'))).adopted).toHaveLength(1);
      expect(adopt(seen(id, http(500, 'envelope'))).notAdopted[0]?.note).toBe(
        'status 500: the stand-in answers 400',
      );
      expect(adopt(seen(id, http(400, 'text'))).notAdopted[0]?.note).toBe(
        'a text body, which the stand-in has no template for',
      );
    },
  );

  it('should take each method group without its slash: a redirect, a 404 or serving it', () => {
    const slash = (id: 'http.get-without-slash' | 'http.post-without-slash', o: Observed) =>
      adopt(seen(id, o)).policies.slashless;
    expect(slash('http.get-without-slash', http(301, 'empty', '/a/'))).toEqual({
      get: 'redirect',
      other: 'serve',
    });
    expect(slash('http.post-without-slash', http(308, 'empty', '/a/'))).toEqual({
      get: 'serve',
      other: 'redirect',
    });
    expect(slash('http.post-without-slash', http(404, 'html'))).toEqual({
      get: 'serve',
      other: 'not-found',
    });
    expect(slash('http.get-without-slash', http(200, 'envelope'))).toEqual(LENIENT.slashless);
    expect(adopt(seen('http.get-without-slash', http(301, 'empty'))).notAdopted[0]?.note).toBe(
      '301 empty, which the stand-in cannot answer there',
    );
    expect(adopt(seen('http.get-without-slash', close)).notAdopted[0]?.note).toBe(
      'a socket answer to an HTTP question',
    );
  });

  it('should take the 404 of an unknown route: HTML, DRF detail or the envelope', () => {
    expect(only(seen('http.unknown-route', http(404, 'html')))).toEqual({
      unknownRoute: 'django-html',
    });
    expect(only(seen('http.unknown-route', http(404, 'drf-detail')))).toEqual({
      unknownRoute: 'drf-detail',
    });
    expect(adopt(seen('http.unknown-route', http(404, 'envelope'))).adopted).toHaveLength(1);
    expect(adopt(seen('http.unknown-route', http(400, 'html'))).notAdopted[0]?.note).toBe(
      'status 400: the stand-in answers 404',
    );
    expect(adopt(seen('http.unknown-route', http(404, 'text'))).notAdopted[0]?.note).toBe(
      'a text body, which the stand-in has no template for',
    );
  });

  it('should keep CORS open whatever was observed', () => {
    expect(adopt(seen('http.cors-preflight', http(200, 'empty'))).notAdopted[0]?.note).toBe(
      'CORS stays open to any origin, as production-notes.md says',
    );
  });
});
