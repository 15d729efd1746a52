import { type ChildProcess, execFile, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MSW_BLOCK_MARKER, readmeBlockAfter } from '../support/readme-blocks.js';
import { runShippedExample } from './example-fresh-project.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), '9app-package-'));
const consumer = join(dir, 'consumer');
const bin = (name: string) => join(consumer, 'node_modules', '.bin', name);
const children: ChildProcess[] = [];

/** Starts the installed `9app-standin` on port 0 and answers its URL, read from the banner. */
async function startInstalledStandIn(): Promise<string> {
  const child = spawn(bin('9app-standin'), ['--port', '0', '--db', join(dir, 'standin.sqlite')], {
    cwd: consumer,
  });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /API\s+(http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve(url);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`9app-standin exited ${code}: ${output}`)));
  });
}

let installSeconds = 0;
beforeAll(async () => {
  const packed = await run('npm', ['pack', '--pack-destination', dir, '--silent'], { cwd: ROOT });
  const tarball = join(dir, packed.stdout.trim().split('\n').at(-1) ?? '');
  rmSync(consumer, { recursive: true, force: true });
  cpSync(join(import.meta.dirname, 'consumer.ts'), join(consumer, 'consumer.ts'));
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  const started = performance.now();
  await run(
    'npm',
    ['install', tarball, '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'],
    {
      cwd: consumer,
    },
  );
  installSeconds = (performance.now() - started) / 1000;
  const { stdout } = await run('du', ['-sm', join(consumer, 'node_modules')]);
  console.log(
    `package: installed with --omit=dev in ${installSeconds.toFixed(0)} s, ${stdout.split('\t')[0]} MB`,
  );
}, 900_000);
afterAll(() => {
  for (const child of children) child.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('The packed tarball, installed with --omit=dev into an empty project', () => {
  it('should install no development tool', () => {
    const installed = readdirSync(join(consumer, 'node_modules'));
    for (const tool of ['tsx', 'typescript', 'vitest', 'msw', 'autocannon', '@biomejs'])
      expect(installed).not.toContain(tool);
    expect(existsSync(join(consumer, 'node_modules', '@scalar', 'api-reference'))).toBe(false);
  });

  it('should run 9app-standin from compiled code and pass 9app-conformance against it', async () => {
    const url = await startInstalledStandIn();
    // Pages and files read from disk at run time: the decisions, our assets, Scalar's bundle.
    const pages = [
      '/docs',
      '/docs/ws',
      '/docs/decisions',
      '/openapi.json',
      '/asyncapi.json',
      '/__mock/openapi.json',
    ];
    const assets = ['standalone.js', 'docs.css', 'console.js'].map(
      (name) => `/docs/assets/${name}`,
    );
    for (const path of [...pages, ...assets])
      expect((await fetch(`${url}${path}`)).status, path).toBe(200);
    const conformance = await run(
      bin('9app-conformance'),
      [
        '--base-url',
        url,
        '--user',
        'onuhudoudo@gmail.com:password123',
        '--peer',
        'udokyrian@outlook.com:password123',
        '--allow-writes',
      ],
      { cwd: consumer },
    ).catch((error: { code?: number; stdout?: string }) => error);
    expect('code' in conformance ? conformance.code : 0, String(conformance.stdout)).toBe(0);
    expect(conformance.stdout).toMatch(/\d+ passed, 0 failed/);
  });

  it('should serve createStandIn from the main entry and the schemas from /contract', async () => {
    const script = `
      import { createStandIn } from '9app-standin';
      import { ThreadSchema } from '9app-standin/contract';
      const standIn = await createStandIn({ users: 2, messages: 0 });
      const { token } = await standIn.token({ email: 'onuhudoudo@gmail.com' });
      const res = await standIn.fetch(new Request('http://localhost/chat/get-user-threads/', {
        headers: { authorization: 'Bearer ' + token },
      }));
      const threads = (await res.json()).entity.map((t) => ThreadSchema.parse(t));
      standIn.close();
      console.log(res.status, threads.length);`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      cwd: consumer,
    });
    expect(stdout.trim()).toMatch(/^200 [1-9]\d*$/);
  });

  it("should ship the README's MSW example as examples/msw.test.ts, equal to the block", () => {
    const installed = join(consumer, 'node_modules', '9app-standin');
    const shipped = readFileSync(join(installed, 'examples', 'msw.test.ts'), 'utf8');
    expect(readmeBlockAfter(join(installed, 'README.md'), MSW_BLOCK_MARKER)).toBe(shipped);
    // /docs/decisions tells a package user where its source is: it must be there.
    expect(existsSync(join(installed, 'dist', 'spec', 'DECISIONS.md'))).toBe(true);
  });

  it('should export the API document, the AsyncAPI one and the controls document apart', async () => {
    const script = `
      import { createRequire } from 'node:module';
      import { readFileSync } from 'node:fs';
      const require = createRequire(process.cwd() + '/');
      const read = (name) => JSON.parse(readFileSync(require.resolve('9app-standin/' + name), 'utf8'));
      const paths = (doc) => Object.keys(doc.paths);
      console.log(JSON.stringify({
        api: paths(read('openapi.json')).filter((p) => p.startsWith('/__mock')).length,
        controls: paths(read('mock-openapi.json')).filter((p) => p.startsWith('/__mock')).length,
        asyncapi: read('asyncapi.json').asyncapi,
      }));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      cwd: consumer,
    });
    const found = JSON.parse(stdout);
    expect(found.api).toBe(0);
    expect(found.controls).toBeGreaterThan(10);
    expect(found.asyncapi).toBe('3.0.0');
  });

  it("should give a frontend's TypeScript the contract's types", async () => {
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          lib: ['ES2022', 'DOM'],
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const checked = await run(process.execPath, [tsc, '-p', consumer]).catch(
      (error: { stdout?: string }) => error,
    );
    expect(String(checked.stdout)).toBe('');
  });

  // Last: it installs msw and vitest, which the first test proves the package does not bring.
  it('should pass the shipped MSW example with a plain `vitest run` in that project', async () => {
    const summary = await runShippedExample(consumer);
    const why = `${summary.testResults?.map((r) => r.message).join('\n')}\n${summary.stderr}`;
    expect(summary.numTotalTests, why).toBeGreaterThan(0);
    expect(summary.numPassedTests, why).toBe(summary.numTotalTests);
  });
});
