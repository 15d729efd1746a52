import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { MSW_BLOCK_MARKER, readmeBlockAfter } from '../support/readme-blocks.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
// Inside the repository (a git-ignored folder) so `msw` and `vitest` resolve from its node_modules,
// as they would from a user's project; only the package itself is mapped, to its sources.
mkdirSync(join(ROOT, '.vitest'), { recursive: true });
const dir = mkdtempSync(join(ROOT, '.vitest', 'readme-msw-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A vitest config of a user's project, except that `9app-standin` is these sources. */
const config = `import { defineConfig } from 'vitest/config';
export default defineConfig({
  resolve: { alias: [
    { find: /^9app-standin\\/contract$/, replacement: ${JSON.stringify(join(ROOT, 'spec', 'contract.ts'))} },
    { find: /^9app-standin$/, replacement: ${JSON.stringify(join(ROOT, 'src', 'index.ts'))} },
  ] },
  test: { include: ['*.test.ts'], testTimeout: 20000 },
});
`;

describe("README's in-process MSW block", () => {
  const block = readmeBlockAfter(join(ROOT, 'README.md'), MSW_BLOCK_MARKER);

  it('should be the example the package ships, byte for byte', () => {
    expect(block).toBe(readFileSync(join(ROOT, 'examples', 'msw.test.ts'), 'utf8'));
  });

  it('should pass as pasted into a vitest project with default settings', async () => {
    writeFileSync(join(dir, 'msw.test.ts'), block);
    writeFileSync(join(dir, 'vitest.config.mjs'), config);
    const report = join(dir, 'report.json');
    // The outer run's variables (pool ids, workers) must not leak into the inner vitest.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(name)),
    );
    const vitest = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
    const args = [vitest, 'run', '--root', dir, '--reporter=json', `--outputFile=${report}`];
    const result = await run(process.execPath, args, { cwd: dir, env }).catch(
      (error: { stdout?: string; stderr?: string }) => error,
    );
    const summary = JSON.parse(readFileSync(report, 'utf8')) as {
      numTotalTests: number;
      numPassedTests: number;
      testResults: { message: string }[];
    };
    const why = `${summary.testResults.map((r) => r.message).join('\n')}\n${String(result.stderr)}`;
    expect(summary.numTotalTests, why).toBeGreaterThan(0);
    expect(summary.numPassedTests, why).toBe(summary.numTotalTests);
    // A second vitest starting up: ~7 s on a quiet 2-core machine, over 20 s under a load of 17.
  }, 180_000);
});
