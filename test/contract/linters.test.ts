import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The published documents as the ecosystem's own linters read them: the real Redocly and Spectral
 * CLIs (dev dependencies), with the repository's `redocly.yaml` and `.spectral.yaml`, where every
 * rule switched off says why (D150). A warning fails as an error does.
 */

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = (name: string) => join(ROOT, 'node_modules', '.bin', name);
const DOCUMENTS = ['spec/openapi.json', 'spec/mock-openapi.json'];
const run = promisify(execFile);

interface Finding {
  linter: string;
  file: string;
  rule: string;
  message: string;
}

/** Runs a CLI that exits non-zero on findings; its JSON report is on stdout either way. */
async function textOf(command: string, args: string[]): Promise<string> {
  const env = {
    ...process.env,
    NO_COLOR: '1',
    // Offline and quiet: no usage telemetry, no update check (the test never needs the network).
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  };
  const options = { cwd: ROOT, maxBuffer: 16 * 1024 * 1024, env };
  const { stdout } = await run(command, args, options).catch(
    (error: { stdout?: string; stderr?: string }) => {
      if (!error.stdout) throw new Error(`${command} failed: ${error.stderr}`);
      return { stdout: error.stdout };
    },
  );
  return stdout;
}

/** Redocly prints one JSON report per file, back to back. */
async function redocly(files: string[]): Promise<Finding[]> {
  const output = await textOf(BIN('redocly'), [
    'lint',
    ...files,
    '--config',
    join(ROOT, 'redocly.yaml'),
    '--format=json',
  ]);
  const reports = output.split(/(?<=\})\s*(?=\{\s*"totals")/).map((text) => JSON.parse(text));
  expect(reports.length, output.slice(0, 500)).toBe(files.length);
  return reports.flatMap((report: { problems: { ruleId: string; message: string }[] }, i) =>
    report.problems.map((p) => ({
      linter: 'redocly',
      file: files[i] ?? '',
      rule: p.ruleId,
      message: p.message,
    })),
  );
}

async function spectral(files: string[]): Promise<Finding[]> {
  const output = await textOf(BIN('spectral'), [
    'lint',
    ...files,
    '--ruleset',
    join(ROOT, '.spectral.yaml'),
    '--format=json',
    '--quiet',
  ]);
  const report = JSON.parse(output) as { code: string; message: string; source: string }[];
  return report.map((p) => ({
    linter: 'spectral',
    file: p.source,
    rule: p.code,
    message: p.message,
  }));
}

const scratch = mkdtempSync(join(tmpdir(), '9app-lint-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the API document whose login documents no success: both linters must say so. */
function brokenCopy(): string {
  const doc = JSON.parse(readFileSync(join(ROOT, 'spec/openapi.json'), 'utf8'));
  const login = doc.paths['/auth/login/'].post;
  delete login.responses['200'];
  const file = join(scratch, 'openapi-without-login-200.json');
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

describe('The published documents under Redocly and Spectral', () => {
  it('should lint with 0 errors and 0 warnings, and report a document that breaks a rule', async () => {
    const broken = brokenCopy();
    // One process per linter (each takes seconds to start): the published documents and the
    // broken copy in the same run.
    const [byRedocly, bySpectral] = await Promise.all([
      redocly([...DOCUMENTS, broken]),
      spectral([...DOCUMENTS, 'spec/asyncapi.json', broken]),
    ]);
    const clean = [...byRedocly, ...bySpectral].filter((f) => !f.file.endsWith(broken));
    expect(clean).toEqual([]);
    // The harness is not blind: each linter reports the copy's missing success response.
    const ofBroken = (findings: Finding[]) =>
      findings.filter((f) => f.file.endsWith(broken)).map((f) => f.rule);
    expect(ofBroken(byRedocly)).toContain('operation-2xx-response');
    expect(ofBroken(bySpectral)).toContain('operation-success-response');
  }, 60_000);
});
