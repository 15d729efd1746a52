import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './processes.js';
import type { SectionResult } from './section.js';

/**
 * Prints every section's lines under one heading and writes bench/results.json, so the file and
 * the README table come from one run. A partial run (--only) prints but leaves the file alone.
 */
export function report(command: string, sections: SectionResult[], write: boolean): void {
  const machine = { cores: cpus().length, cpu: cpus()[0]?.model, node: process.versions.node };
  console.log(`\n${command}   (${machine.cores} cores, Node ${machine.node})`);
  for (const section of sections) console.log(`\n${section.lines.join('\n')}`);
  if (!write) return;
  const results = {
    command,
    machine,
    measured_at: new Date().toISOString(),
    ...Object.fromEntries(sections.map((s) => [s.key, s.results])),
  };
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwrote bench/results.json');
}
