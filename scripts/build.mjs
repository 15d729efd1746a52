// `npm run build` (and so `npm pack`): compiles spec/, src/ and conformance/ to dist/ with tsc,
// then copies every file that is not TypeScript beside its compiled neighbours (documents, the
// decisions, fixtures, static docs assets under src/docs/...), so whatever the code reads relative
// to its own file (`new URL('./x', import.meta.url)`) is found in the installed package too (D102).
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const COPIED_FROM = ['spec', 'src', 'conformance', 'fixtures'];
const isSource = (name) => /\.(ts|mts|cts)$/.test(name) && !name.endsWith('.d.ts');

rmSync(DIST, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], {
  stdio: 'inherit',
});
if (compiled.status !== 0) process.exit(compiled.status ?? 1);

let copied = 0;
for (const top of COPIED_FROM) {
  for (const entry of readdirSync(join(ROOT, top), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || isSource(entry.name)) continue;
    const from = join(entry.parentPath, entry.name);
    cpSync(from, join(DIST, relative(ROOT, from)));
    copied += 1;
  }
}
// Scalar's browser bundle ships as a file: its package would bring ~200 MB of dependencies (D102).
const scalarEntry = createRequire(import.meta.url).resolve('@scalar/api-reference');
cpSync(
  join(dirname(scalarEntry), 'browser', 'standalone.js'),
  join(DIST, 'src', 'docs', 'assets', 'scalar-standalone.js'),
);
console.log(`built dist/ (${copied} non-TypeScript files copied beside the compiled code)`);
