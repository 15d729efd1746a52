// `npm start` must work on a fresh machine, so it installs first; but a reinstall on every start
// costs seconds. npm records what it installed in node_modules/.package-lock.json: when that
// matches package-lock.json, and the lockfile matches package.json, the install is skipped (D104).
// Plain JavaScript with no dependencies: it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const readJson = (path) => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
};
const sameEntries = (a = {}, b = {}) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

function installedMatchesLockfile() {
  const manifest = readJson('package.json');
  const lock = readJson('package-lock.json');
  const installed = readJson('node_modules/.package-lock.json');
  if (!manifest || !lock?.packages || !installed?.packages) return false;
  const root = lock.packages[''] ?? {};
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies'])
    if (!sameEntries(manifest[field], root[field])) return false;
  return Object.entries(lock.packages).every(
    ([path, entry]) =>
      path === '' ||
      installed.packages[path]?.version === entry.version ||
      // Optional packages for other platforms (esbuild's binaries) are never installed here.
      (entry.optional && !installed.packages[path]),
  );
}

if (!installedMatchesLockfile()) {
  // npm prints nothing while it compiles better-sqlite3: say why the first start is quiet.
  console.error(
    '9app-standin: installing dependencies (the first time compiles SQLite: 1–2 minutes)',
  );
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (install.status !== 0) {
    console.error(
      '9app-standin: npm install failed (see above); fix that, then run npm start again',
    );
    process.exit(install.status ?? 1);
  }
}
