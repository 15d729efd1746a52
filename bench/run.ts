import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildStandIn, profileStandIns, ROOT, stopAllChildren } from './processes.js';
import { report } from './report.js';
import type { Section, SectionResult } from './section.js';
import { fuzzSection } from './sections/fuzz.js';
import { httpSection } from './sections/http.js';
import { loginSpraySection } from './sections/login-spray.js';
import { proxySection } from './sections/proxy.js';
import { requestLogSection } from './sections/request-log.js';
import { scaleSection } from './sections/scale.js';
import { snapshotSection } from './sections/snapshots.js';
import { socketSection } from './sections/sockets.js';

const { values } = parseArgs({
  options: {
    'vs-prism': { type: 'boolean' },
    seconds: { type: 'string' },
    'socket-messages': { type: 'string' },
    only: { type: 'string' },
    'cpu-prof': { type: 'boolean' },
  },
});
const perSocket = Number(values['socket-messages'] ?? 40);

/** Every section, in run order. A new measurement is a file in bench/sections/ and a line here. */
const SECTIONS: Record<string, Section> = {
  http: httpSection,
  'request-log': requestLogSection,
  sockets: socketSection(perSocket),
  scale: scaleSection(perSocket),
  snapshots: snapshotSection,
  'login-spray': loginSpraySection,
  fuzz: fuzzSection,
  proxy: proxySection,
};

const only = values.only?.split(',');
const unknown = only?.filter((name) => !(name in SECTIONS));
if (unknown?.length) {
  console.error(
    `bench: unknown section ${unknown.join(', ')}; known: ${Object.keys(SECTIONS).join(', ')}`,
  );
  process.exit(2);
}
const flags = [
  values['vs-prism'] ? '--vs-prism' : '',
  values.seconds ? `--seconds ${values.seconds}` : '',
  values['socket-messages'] ? `--socket-messages ${values['socket-messages']}` : '',
  values.only ? `--only ${values.only}` : '',
  values['cpu-prof'] ? '--cpu-prof' : '',
].filter(Boolean);
const command = flags.length ? `npm run bench -- ${flags.join(' ')}` : 'npm run bench';
// Profiles say where a target's time goes: `tsx bench/profile-summary.ts` reads them.
if (values['cpu-prof']) profileStandIns(join(ROOT, 'bench', 'profiles'));
const dir = mkdtempSync(join(tmpdir(), '9app-bench-'));
const context = {
  seconds: Number(values.seconds ?? 5),
  vsPrism: values['vs-prism'] ?? false,
  dir,
  log: (line: string) => console.error(`[bench] ${line}`),
};

// Ctrl-C mid-run still stops every server this run started (Prism's whole npx tree included).
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void stopAllChildren().then(() => process.exit(130)));

context.log('building dist/: the stand-in is measured as its package bin runs it');
buildStandIn();

let exitCode = 0;
const results: SectionResult[] = [];
try {
  for (const [name, section] of Object.entries(SECTIONS)) {
    if (only && !only.includes(name)) continue;
    context.log(`section: ${section.name}`);
    results.push(await section.run(context));
  }
  report(
    command
      .replace(
        'npm run bench --',
        values.only || values['vs-prism'] || values.seconds ? 'npm run bench --' : 'npm run bench',
      )
      .trim(),
    results,
    !only,
  );
} catch (error) {
  console.error(`bench: ${(error as Error).message}`);
  exitCode = 1;
} finally {
  await stopAllChildren();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
