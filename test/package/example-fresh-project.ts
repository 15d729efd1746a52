import { execFile } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');

/** The versions this repository tests with, read from its own package.json (declared once). */
function devVersion(name: 'msw' | 'vitest'): string {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  return `${name}@${manifest.devDependencies[name]}`;
}

/**
 * Makes `consumer` (a project that installed the tarball) what the README's reader has: adds `msw`
 * and `vitest` as a user would, copies the example the package ships, and runs `vitest run` with
 * no config at all. Answers vitest's JSON summary.
 */
export async function runShippedExample(consumer: string) {
  await run(
    'npm',
    [
      'install',
      '--no-save',
      devVersion('msw'),
      devVersion('vitest'),
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
    ],
    { cwd: consumer },
  );
  const example = join(consumer, 'node_modules', '9app-standin', 'examples', 'msw.test.ts');
  cpSync(example, join(consumer, 'msw.test.ts'));
  writeFileSync(join(consumer, 'vitest-summary.json'), '');
  const vitest = join(consumer, 'node_modules', 'vitest', 'vitest.mjs');
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(name)),
  );
  const result = await run(
    process.execPath,
    [vitest, 'run', 'msw.test.ts', '--reporter=json', '--outputFile=vitest-summary.json'],
    { cwd: consumer, env },
  ).catch((error: { stderr?: string }) => error);
  const summary = JSON.parse(
    readFileSync(join(consumer, 'vitest-summary.json'), 'utf8') || '{}',
  ) as {
    numTotalTests?: number;
    numPassedTests?: number;
    testResults?: { message: string }[];
  };
  return { ...summary, stderr: String(result.stderr ?? '') };
}
