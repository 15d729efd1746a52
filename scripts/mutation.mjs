// `npm run mutation [-- options]`: runs Stryker (stryker.config.mjs) with two conveniences.
// - `--mutate GLOB` narrows the scope, and test files never become mutants: Stryker's own
//   --mutate replaces the config's list, exclusions included, so `--mutate 'src/state/**'` would
//   otherwise mutate src/state/fault-rules.test.ts too.
// - `--tests GLOB[,GLOB]` runs only those test files (vitest.mutation.config.ts reads
//   MUTATION_TESTS). Not Stryker's --testFiles: with it, Stryker activates every mutant after the
//   modules are loaded, so a mutant in a module-level constant never runs and always "survives".
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const NOT_TESTS = '!**/*.test.ts';
const given = process.argv.slice(2);
const args = [];
const env = { ...process.env };
for (let i = 0; i < given.length; i++) {
  const arg = given[i] ?? '';
  if (arg === '--tests') env.MUTATION_TESTS = given[++i];
  else if (arg.startsWith('--tests=')) env.MUTATION_TESTS = arg.slice('--tests='.length);
  else if (arg === '--mutate' || arg === '-m') args.push(arg, `${given[++i]},${NOT_TESTS}`);
  else if (arg.startsWith('--mutate=')) args.push(`${arg},${NOT_TESTS}`);
  else args.push(arg);
}
const core = createRequire(import.meta.url).resolve('@stryker-mutator/core/package.json');
const bin = join(dirname(core), 'bin', 'stryker.js');
const run = spawnSync(process.execPath, [bin, 'run', ...args], { stdio: 'inherit', env });
process.exit(run.status ?? 1);
