import { describe, expect, it } from 'vitest';
import { cycles, type Graph, importsOf, sourceFiles, unitGraph } from './import-graph.js';

const graphOf = (edges: Record<string, string[]>): Graph =>
  new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)]));

describe('The layout', () => {
  it('should find a cycle through three units, and none in a chain', () => {
    expect(cycles(graphOf({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] }))).toEqual([['a', 'b', 'c']]);
    expect(cycles(graphOf({ a: ['b'], b: ['c'], c: [] }))).toEqual([]);
  });

  it.each(['src', 'conformance'])(
    'should have no import cycle between the folders of %s/',
    (top) => {
      const graph = unitGraph(top);
      expect(graph.size, `${top}/ has folders to check`).toBeGreaterThan(3);
      expect(cycles(graph)).toEqual([]);
    },
  );

  it('should keep the data flowing one way: spec imports neither product, and neither imports the other', () => {
    const crossings = (top: string, forbidden: string[]) =>
      sourceFiles(top).flatMap((file) =>
        importsOf(file)
          .filter((target) => forbidden.some((other) => target.startsWith(`${other}/`)))
          .map((target) => `${file} -> ${target}`),
      );
    expect(crossings('spec', ['src', 'conformance'])).toEqual([]);
    expect(crossings('src', ['conformance'])).toEqual([]);
    expect(crossings('conformance', ['src'])).toEqual([]);
  });

  it('should keep only the package entry at the root of src/', () => {
    expect(sourceFiles('src').filter((file) => !file.slice(4).includes('/'))).toEqual([
      'src/index.ts',
    ]);
  });
});
