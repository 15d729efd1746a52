import { defineConfig } from 'vitest/config';

/**
 * `npm run test:package`: packs the project and installs the tarball into an empty project. Kept
 * out of `npm test` because the install builds better-sqlite3 from source when no prebuilt binary
 * can be fetched (84–129 s measured on the 2-core machine); `.ci/run` runs it after `npm test`.
 */
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 900_000,
    reporters: ['default', ['json', { outputFile: '.vitest/package-report.json' }]],
  },
});
