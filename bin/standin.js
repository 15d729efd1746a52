#!/usr/bin/env node
// The installed package's `9app-standin`: the compiled CLI in dist/ (`npm pack` builds it). In a
// clone, `npm start` runs the TypeScript directly; `npm run build` makes this bin work there too.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('9app-standin: not built yet: run `npm run build` (or `npm start` in a clone)');
  process.exit(2);
}
await import(cli.href);
