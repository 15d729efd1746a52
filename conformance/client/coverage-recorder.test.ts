import { describe, expect, it } from 'vitest';
import { CoverageRecorder, currentCoverage, recordCoverage } from './coverage-recorder.js';

describe('The coverage recorder', () => {
  it('should take the base URL path off as a prefix, and read the query apart', () => {
    const recorder = new CoverageRecorder('https://host/api/');
    recorder.http({ method: 'GET', url: 'https://host/api/auth/user/?x=1', status: 200 });
    recorder.http({ method: 'GET', url: 'https://host/auth/user/', status: 404 });
    recorder.http({ method: 'GET', url: 'not a url', status: 0 });
    const d = recorder.snapshot().dimensions;
    expect(d.statuses.hit).toEqual([{ item: 'GET /auth/user/ 200', count: 1 }]);
    expect(d.statuses.undocumented).toEqual([{ item: 'GET /auth/user/ 404', count: 1 }]);
    expect(d.request_fields.undocumented).toEqual([{ item: 'GET /auth/user/ ?x', count: 1 }]);
  });

  it('should read frames as JSON when they are, as text when not, and count closes', () => {
    const recorder = new CoverageRecorder('http://127.0.0.1:8000');
    recorder.frame('client', '{"action":"chat_message","message_body":"hi","receiver_id":"x"}');
    recorder.frame('server', '{"action":"re_message"');
    recorder.close(1011);
    const d = recorder.snapshot().dimensions;
    expect(d.frame_kinds.hit).toEqual([{ item: 'client chat_message', count: 1 }]);
    expect(d.frame_kinds.undocumented).toEqual([{ item: 'server (not JSON)', count: 1 }]);
    expect(d.close_codes.hit).toEqual([{ item: '1011', count: 1 }]);
  });

  it('should be the current one only inside recordCoverage', async () => {
    const recorder = new CoverageRecorder('http://127.0.0.1:8000');
    expect(currentCoverage()).toBeUndefined();
    await recordCoverage(recorder, async () => {
      await Promise.resolve();
      expect(currentCoverage()).toBe(recorder);
    });
  });
});
