import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The tests Stryker runs against each mutant (stryker.config.mjs): the unit tests beside the code
 * and the story tests that prove the modules in its scope, in process. Left out: tests that spawn
 * the CLI or a packed install (a child process never sees the active mutant), the browser, load
 * and fuzz runs (minutes each, and they prove robustness, not rules). A flaky test does harm here:
 * a flake reads as a killed mutant.
 */
// Spread, not mergeConfig: mergeConfig concatenates arrays, and include must replace the base's.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // `npm run mutation -- --tests 'src/state/*.test.ts'` narrows this (scripts/mutation.mjs).
    include: process.env.MUTATION_TESTS?.split(',') ?? [
      '{spec,src,conformance}/**/*.test.ts',
      'test/standin/*.test.ts',
      'test/conformance/*.test.ts',
    ],
    exclude: [
      'node_modules/**',
      'test/standin/install-check.test.ts',
      'test/standin/startup-failures.test.ts',
      'test/conformance/cli.test.ts',
    ],
    reporters: ['default'],
  },
});
