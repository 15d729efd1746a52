import { describe, expect, it } from 'vitest';
import { loggablePath } from '../src/http/request-log.js';
import { type TestStandIn, useStandIn } from './support/standin.js';

let standIn: TestStandIn;
let token: string;
useStandIn((started) => ({ standIn, token } = started));

describe('The request log', () => {
  it('should print the raw path, so a %0A in the URL cannot forge a log line', async () => {
    const before = standIn.logLines.length;
    const forged = '/auth/user/%0AGET%20/forged%20200%201.0ms';
    await standIn.call({ method: 'GET', path: forged, token });
    const printed = standIn.logLines.slice(before).join('\n').split('\n');
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/^GET \/auth\/user\/%0AGET%20\/forged%20200%201\.0ms 404 [\d.]+ms$/);
  });

  it('should escape control characters that reach it unencoded', () => {
    expect(loggablePath('http://127.0.0.1:8000/a\nb\u0007c?x=\n')).toBe('/a\\x0ab\\x07c');
  });
});
