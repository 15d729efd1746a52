import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'install-if-stale.mjs');
let dir: string;

/** Runs the check in `dir` with an `npm` that only records that it was asked to install. */
function startCheck(): boolean {
  execFileSync(process.execPath, [SCRIPT], {
    cwd: dir,
    env: { ...process.env, PATH: `${join(dir, 'bin')}:${process.env.PATH}` },
  });
  const installed = existsSync(join(dir, 'installed'));
  rmSync(join(dir, 'installed'), { force: true });
  return installed;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), '9app-start-'));
  mkdirSync(join(dir, 'node_modules'));
  mkdirSync(join(dir, 'bin'));
  for (const file of ['package.json', 'package-lock.json'])
    copyFileSync(join(ROOT, file), join(dir, file));
  // What npm records after installing that lockfile: every package but the project itself.
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
  delete lock.packages[''];
  writeFileSync(join(dir, 'node_modules', '.package-lock.json'), JSON.stringify(lock));
  writeFileSync(join(dir, 'bin', 'npm'), `#!/bin/sh\ntouch "${join(dir, 'installed')}"\n`);
  chmodSync(join(dir, 'bin', 'npm'), 0o755);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm start', () => {
  it('should skip the install while node_modules matches the lockfile', () => {
    expect(startCheck()).toBe(false);
  });

  it('should install when node_modules is missing, differs from the lockfile, or package.json moved on', () => {
    const hidden = join(dir, 'node_modules', '.package-lock.json');
    const installedLock = readFileSync(hidden, 'utf8');
    rmSync(hidden);
    expect(startCheck()).toBe(true);

    const lock = JSON.parse(installedLock) as { packages: Record<string, { version: string }> };
    const hono = lock.packages['node_modules/hono'];
    if (hono) hono.version = '0.0.1';
    writeFileSync(hidden, JSON.stringify(lock));
    expect(startCheck()).toBe(true);

    writeFileSync(hidden, installedLock);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    manifest.dependencies['left-pad'] = '^1.3.0';
    writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest));
    expect(startCheck()).toBe(true);
  });
});
