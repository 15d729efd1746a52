import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './processes.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/**
 * Where a `node --cpu-prof` profile spent its samples: self time by function and by file, the top
 * `limit` of each. `npm run bench -- --cpu-prof` writes the stand-in's profiles to bench/profiles/;
 * `tsx bench/profile-summary.ts [file|folder]` prints this for each.
 */
export function summarize(path: string, limit = 25): string[] {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as { nodes: ProfileNode[] };
  const total = profile.nodes.reduce((sum, n) => sum + (n.hitCount ?? 0), 0) || 1;
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const { callFrame: f, hitCount = 0 } of profile.nodes) {
    const file = f.url.startsWith('file://') ? relative(ROOT, f.url.slice(7)) : f.url || '(native)';
    const name = `${f.functionName || '(anonymous)'}  ${file}:${f.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + hitCount);
    byFile.set(file, (byFile.get(file) ?? 0) + hitCount);
  }
  const top = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, hits]) => `  ${((hits / total) * 100).toFixed(1).padStart(5)}%  ${name}`);
  return [`${path}`, ' self time by function:', ...top(byFunction), ' by file:', ...top(byFile)];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = process.argv[2] ?? join(ROOT, 'bench', 'profiles');
  const files = target.endsWith('.cpuprofile')
    ? [target]
    : readdirSync(target)
        .filter((f) => f.endsWith('.cpuprofile'))
        .map((f) => join(target, f));
  for (const file of files) console.log(summarize(file).join('\n'));
}
