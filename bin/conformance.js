#!/usr/bin/env node
// The installed package's `9app-conformance`: the compiled CLI in dist/ (`npm pack` builds it). In
// a clone, `npm run conformance` runs the TypeScript directly; `npm run build` makes this work too.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/conformance/cli/main.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('9app-conformance: not built yet: run `npm run build` (or `npm run conformance`)');
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
