import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOCKET_PATH } from '../../spec/asyncapi.js';
import { socketSnippets } from '../../src/docs/socket-snippets.js';
import { KYRIAN, PASSWORD, type TestStandIn, UDO, useStandIn } from '../support/standin.js';

const hasPython = spawnSync('python3', ['--version']).status === 0;

let standIn: TestStandIn;
useStandIn(
  (started) => ({ standIn } = started),
  {},
  { otherClients: 'the Node snippet, run as pasted' },
);

/** The snippets as `/docs/ws` shows them for this server. */
const snippets = () =>
  socketSnippets({
    origin: standIn.url,
    socketUrl: `${standIn.url.replace(/^http/, 'ws')}${SOCKET_PATH}`,
    email: UDO.email,
    password: PASSWORD,
    receiverId: KYRIAN.id,
  });

describe('The copy-ready socket clients on /docs/ws', () => {
  it('should deliver a message when the Node snippet runs as pasted', async () => {
    const receiver = await standIn.socket((await standIn.login(KYRIAN.email)).token);
    const code = snippets().find((s) => s.id === 'snippet-node')?.code ?? '';
    // Run from the project folder, where `ws` is installed, as a user's project would have it.
    const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    try {
      const frame = await receiver.waitForFrame(
        (f) => (f as { message_body?: string }).message_body === 'hello there',
        5000,
      );
      expect(frame, output).toMatchObject({ action: 're_message', sender_id: UDO.id });
    } finally {
      child.kill();
    }
  });

  it.skipIf(!hasPython)('should be valid Python as the Python snippet is shown', () => {
    const file = join(mkdtempSync(join(tmpdir(), '9app-snippet-')), 'client.py');
    writeFileSync(file, snippets().find((s) => s.id === 'snippet-python')?.code ?? '');
    // Compiling needs no `websockets` package; running it would.
    expect(() =>
      execFileSync('python3', ['-m', 'py_compile', file], { stdio: 'pipe' }),
    ).not.toThrow();
  });
});
