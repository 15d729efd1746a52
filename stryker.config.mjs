// @ts-check
/**
 * Mutation testing (issue 26): `npm run mutation`, or one area with
 * `npm run mutation -- --mutate 'src/state/**'`. Not part of `npm test` or CI: see the README's
 * "Mutation testing" section for when to run it and how long it takes.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  // Each mutant runs only the tests that executed its code in the first (dry) run.
  coverageAnalysis: 'perTest',
  // The modules that hold rules: conformance judging, the stand-in's HTTP seams, fault and journal
  // state, and auth.
  mutate: [
    'conformance/judging/*.ts',
    'conformance/checks/http/envelope.ts',
    'conformance/checks/http/schema.ts',
    'conformance/report/redact.ts',
    'conformance/report/diff.ts',
    'src/http/gate.ts',
    'src/http/prefer.ts',
    'src/http/body.ts',
    'src/http/deviation.ts',
    'src/app/read-lane.ts',
    'src/state/*.ts',
    'src/auth/*.ts',
    '!**/*.test.ts',
  ],
  // Other helpers share the 2 cores; 2 is fine on an idle machine (`--concurrency 2`).
  concurrency: 1,
  // A second run re-tests only the mutants whose code or covering tests changed.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // The sandbox is a copy of the repository; what no test reads stays out of it.
  ignorePatterns: ['dist', '.data', '.vitest', 'bench/profiles', 'reports'],
  thresholds: { high: 90, low: 80, break: null },
  // Story tests start real servers: allow for a slow, shared machine.
  timeoutMS: 20_000,
  cleanTempDir: 'always',
};
