import { describe, expect, it } from 'vitest';
import {
  OBSERVATION_IDS,
  OBSERVATION_QUESTIONS,
  ObservationSchema,
  summariseObserved,
} from './schemas/observations.js';

describe('Observations', () => {
  it('should ask one question per id, each a sentence ending in a question mark', () => {
    expect(OBSERVATION_IDS.length).toBe(Object.keys(OBSERVATION_QUESTIONS).length);
    for (const id of OBSERVATION_IDS) expect(OBSERVATION_QUESTIONS[id]).toMatch(/^[A-Z].*\?$/);
  });

  it('should read a socket close and an HTTP answer, and refuse an id it does not know', () => {
    const close = { channel: 'socket', reaction: 'close', close_code: 1011 } as const;
    expect(
      ObservationSchema.parse({
        id: 'socket.malformed-json',
        question: OBSERVATION_QUESTIONS['socket.malformed-json'],
        summary: summariseObserved(close),
        observed: close,
      }).summary,
    ).toBe('closed with 1011');
    const http = {
      channel: 'http',
      status: 400,
      content_type: 'application/json',
      body_shape: 'drf-detail',
    } as const;
    expect(summariseObserved(http)).toBe('400 application/json drf-detail');
    expect(
      ObservationSchema.safeParse({
        id: 'socket.other',
        question: '',
        summary: '',
        observed: close,
      }).success,
    ).toBe(false);
  });
});
