import { describe, expect, it } from 'vitest';
import { main } from '../../conformance/cli/main.js';
import { type Finding, findingLine, replayCommand } from '../../conformance/fuzz/findings.js';

const run = async (argv: string[]) => {
  const lines: string[] = [];
  const say = (line: string) => lines.push(line);
  const code = await main(argv, say, say, {});
  return { code, out: lines.join('\n') };
};

describe('9app-conformance fuzz, before it reaches a server', () => {
  it('should refuse an --only that selects nothing with exit 2, so a typo cannot pass CI', async () => {
    const { code, out } = await run([
      'fuzz',
      '--base-url',
      'http://127.0.0.1:9',
      '--token',
      'x',
      '--peer-token',
      'y',
      '--only',
      'getMesages',
    ]);
    expect(code).toBe(2);
    expect(out).toContain('--only getMesages selects nothing');
  });

  it('should print a replay line that runs: one case for HTTP and the socket, the whole part for links', () => {
    const plain = { allowWrites: false, jwtSecret: false };
    expect(replayCommand('getMessages#0:12:3', 7, plain)).toBe(
      `9app-conformance fuzz --base-url "$BASE_URL" --replay 'getMessages#0:12:3' --seed 7`,
    );
    expect(replayCommand('socket#2:1', 7, plain)).toContain("--replay 'socket#2:1' --seed 7");
    expect(replayCommand('handshake#0:3', 7, plain)).toContain("--replay 'handshake#0:3' --seed 7");
    expect(replayCommand('links#userSettings', 7, plain)).toContain('--only links --seed 7');
  });

  it('should repeat the flags that shape the generated cases, never the secret itself', () => {
    const line = replayCommand('getMessages#0:12:3', 7, { allowWrites: true, jwtSecret: true });
    expect(line).toBe(
      `9app-conformance fuzz --base-url "$BASE_URL" --replay 'getMessages#0:12:3' --seed 7 --allow-writes --jwt-secret "$JWT_SECRET"`,
    );
  });

  it('should announce a finding by what the summary counts it as: a warning as a warning', () => {
    const finding: Finding = {
      subject: 'socket',
      title: 'chat socket frames: invalid_frame_refusal',
      docRef: 'Sending messages',
      severity: 'warning',
      verdict: { outcome: 'fail', rule: 'invalid_frame_refusal' },
      caseId: 'socket#0:3',
      seed: 7,
      example: { frames: [] },
      code: 1011,
    };
    const flags = { allowWrites: true, jwtSecret: false };
    expect(findingLine(finding, flags)).toBe(
      `finding: warning socket invalid_frame_refusal (case socket#0:3): 9app-conformance fuzz --base-url "$BASE_URL" --replay 'socket#0:3' --seed 7 --allow-writes`,
    );
    expect(findingLine({ ...finding, severity: 'error' }, flags)).toMatch(/^finding: fail socket /);
  });
});
