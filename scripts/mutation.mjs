// `npm run mutation [-- stryker options]`: runs Stryker (stryker.config.mjs). A `--mutate GLOB`
// given here narrows the scope, and test files never become mutants: Stryker's own --mutate
// replaces the config's list, exclusions included, so `--mutate 'src/state/**'` would otherwise
// mutate src/state/fault-rules.test.ts too.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const NOT_TESTS = '!**/*.test.ts';
const args = process.argv.slice(2).map((arg, i, all) => {
  if (all[i - 1] === '--mutate' || all[i - 1] === '-m') return `${arg},${NOT_TESTS}`;
  if (arg.startsWith('--mutate=')) return `${arg},${NOT_TESTS}`;
  return arg;
});
const core = createRequire(import.meta.url).resolve('@stryker-mutator/core/package.json');
const bin = join(dirname(core), 'bin', 'stryker.js');
const run = spawnSync(process.execPath, [bin, 'run', ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
