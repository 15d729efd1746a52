import { copyFileSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestStandIn, UDO, useStandIn } from '../support/standin.js';

/**
 * A frontend team's client, generated from the published document as they would generate it:
 * openapi-typescript writes the types, `tsc` checks a small openapi-fetch consumer against them,
 * and the consumer runs against a real stand-in (D151). Generated once for the file.
 */

const ROOT = new URL('../../', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), '9app-client-'));
const consumer = join(dir, 'consumer.ts');
/** The consumer's source; imported by URL, so the repository's own tsc never reads it. */
const CONSUMER = new URL('generated-client/consumer.ts', import.meta.url);

/** The consumer with one line changed: a login without its password, which LoginBody forbids. */
const BROKEN = 'broken.ts';

beforeAll(async () => {
  const types = astToString(await openapiTS(new URL('spec/openapi.json', ROOT)));
  writeFileSync(join(dir, 'api.d.ts'), types);
  copyFileSync(CONSUMER, consumer);
  // The consumer resolves openapi-fetch and @types/node as a project of its own would.
  symlinkSync(new URL('node_modules', ROOT).pathname, join(dir, 'node_modules'), 'dir');
  writeFileSync(
    join(dir, BROKEN),
    `import createClient from 'openapi-fetch';
import type { paths } from './api.js';
const client = createClient<paths>({ baseUrl: 'http://localhost' });
await client.POST('/auth/login/', { body: { email: 'a@b.c' } });
export {};
`,
  );
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `tsc --strict` on the scratch project, as a consumer's build runs it: the errors, by file. */
function typeErrors(files: string[]): Record<string, string[]> {
  const program = ts.createProgram(
    files.map((file) => join(dir, file)),
    {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: ['node'],
      skipLibCheck: true,
    },
  );
  const errors: Record<string, string[]> = Object.fromEntries(files.map((file) => [file, []]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const file = d.file ? (d.file.fileName.split('/').pop() ?? '') : '(program)';
    errors[file] = [...(errors[file] ?? []), ts.flattenDiagnosticMessageText(d.messageText, '\n')];
  }
  return errors;
}

let standIn: TestStandIn;
useStandIn((started) => ({ standIn } = started), {}, { otherClients: 'the generated client' });

/** What the consumer answers. */
interface ConsumerRun {
  userName: string;
  threads: number;
  messages: number;
  settingsMessage?: string | null;
  canTradeBtc: boolean;
  coinMessage?: string | null;
  unauthenticatedStatus: number;
  unauthenticatedDetail: string;
  wrongPasswordMessage?: string | null;
}

describe('A client generated from the published openapi.json', () => {
  it('should type-check an openapi-fetch consumer, and refuse one that breaks the contract', () => {
    // One program for both files: a second would cost as much again.
    const { [BROKEN]: ofBroken = [], ...others } = typeErrors(['consumer.ts', BROKEN]);
    expect(others).toEqual({ 'consumer.ts': [] });
    expect(ofBroken.join('\n')).toMatch(/password/);
  }, 60_000);

  it('should log in, read threads and history, change settings, enable a coin, and type errors', async () => {
    const { useTheApi } = (await import(CONSUMER.href)) as {
      useTheApi(baseUrl: string, email: string, password: string): Promise<ConsumerRun>;
    };
    const run = await useTheApi(standIn.url, UDO.email, 'password123');
    expect(run.userName).toBeTruthy();
    expect(run.threads).toBeGreaterThan(0);
    expect(run.messages).toBeGreaterThan(0);
    expect(run.settingsMessage).toBe('User settings updated successfully');
    expect(run.canTradeBtc).toBe(false);
    expect(run.coinMessage).toBe('btc enabled successfully');
    expect(run.unauthenticatedStatus).toBe(401);
    expect(run.unauthenticatedDetail).toBe('Authentication credentials were not provided.');
    expect(run.wrongPasswordMessage).toBe('Invalid login details');
  });
});
