import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The package's own name, as an installed project imports it (examples/ and README snippets). */
export const PACKAGE_ALIASES = [
  {
    find: /^9app-standin\/contract$/,
    replacement: fileURLToPath(new URL('./spec/contract.ts', import.meta.url)),
  },
  {
    find: /^9app-standin$/,
    replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)),
  },
];

export default defineConfig({
  resolve: { alias: PACKAGE_ALIASES },
  test: {
    include: ['{spec,src,conformance,test,examples}/**/*.test.ts'],
    // The pack-and-install test has its own run: npm run test:package (vitest.package.config.ts).
    exclude: ['test/package/**', 'node_modules/**'],
    // Checks every response and frame the tests receive against the published documents.
    setupFiles: ['test/support/setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Each file starts its own servers on port 0; two workers match the 2-core machines.
    maxWorkers: 2,
    // The JSON report lets .ci/run print a plain "N passed, N failed" closing line.
    reporters: ['default', ['json', { outputFile: '.vitest/report.json' }]],
  },
});
