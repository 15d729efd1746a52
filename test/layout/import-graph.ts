import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const ROOT = resolve(import.meta.dirname, '..', '..');

/** Every source file under `top`, tests and declaration files left out: they are not the layout. */
export function sourceFiles(top: string): string[] {
  return readdirSync(join(ROOT, top), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|js)$/.test(entry.name))
    .filter((entry) => !/\.test\.ts$|\.d\.ts$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** The files a source file imports, statically or dynamically, as paths from the repository root. */
export function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((ref) => ref.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => relative(ROOT, resolve(ROOT, dirname(file), name)));
}

/**
 * The unit of the layout a file belongs to: the first folder below `top` (`src/http`), nested
 * folders included (`conformance/checks/socket` is part of `conformance/checks`); a file at `top`'s
 * root is its own unit.
 */
export function layoutUnit(top: string, file: string): string {
  const [first, ...rest] = relative(top, file).split('/');
  return rest.length === 0 ? file : `${top}/${first}`;
}

export type Graph = Map<string, Set<string>>;

/** The graph of units under `top`: an edge for every import from one unit into another. */
export function unitGraph(top: string): Graph {
  const graph: Graph = new Map();
  for (const file of sourceFiles(top)) {
    const from = layoutUnit(top, file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const target of importsOf(file)) {
      if (!target.startsWith(`${top}/`)) continue;
      const to = layoutUnit(top, target);
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** Strongly connected components of more than one unit (Tarjan): each is an import cycle. */
export function cycles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(to) ?? 0));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(to) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}
