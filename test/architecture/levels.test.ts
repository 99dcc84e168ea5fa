import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ImportEdge, cycles, folderOf, levelViolations, loadGraph, readImports } from './import-graph';

/**
 * The levels of docs/architecture.md: a folder of src/ may import its own level and the ones
 * below, never one above. `''` is the package root (src/index.ts); `callbacks/` is the public
 * namespace of `hapi/callbacks/`. A new top folder must be added here before any file in it.
 */
const LEVELS: Readonly<Record<string, number>> = Object.freeze({
  '': 4,
  hapi: 3,
  callbacks: 3,
  vision: 3,
  optimizer: 3,
  io: 2,
  nn: 2,
  framework: 1,
  tensor: 1,
  backend: 1,
  metric: 1,
  errors: 0,
});

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

const edge = (from: string, to: string, typeOnly = false): ImportEdge => ({ from, to, line: 1, typeOnly, dynamic: false });

describe('the import checker itself', () => {
  it('tells type-only imports from runtime ones', () => {
    const found = readImports(
      [
        "import type { A } from './a';",
        "import { type B, type C } from './b';",
        "import { type D, e } from './c';",
        "import * as f from './d';",
        "import './e';",
        "export { g } from './f';",
        "export type { H } from './g';",
        "type I = typeof import('./h');",
        "const j = () => import('./i');",
        "import { k } from 'tfjs-core';",
      ].join('\n'),
    );
    expect(found.map((i) => [i.spec, i.typeOnly, i.dynamic])).toEqual([
      ['./a', true, false],
      ['./b', true, false],
      ['./c', false, false],
      ['./d', false, false],
      ['./e', false, false],
      ['./f', false, false],
      ['./g', true, false],
      ['./h', true, false],
      ['./i', false, true],
    ]);
  });

  it('reports a lower level importing a higher one, and folders missing from the table', () => {
    expect(levelViolations([edge('hapi/model.ts', 'io/dataset.ts'), edge('io/dataset.ts', 'errors/index.ts')], LEVELS)).toEqual([]);
    expect(levelViolations([edge('io/collate.ts', 'vision/image.ts', true)], LEVELS)).toEqual([
      'io/collate.ts:1 (io, level 2) imports vision/image.ts (vision, level 3)',
    ]);
    expect(levelViolations([edge('zoo/x.ts', 'errors/index.ts')], LEVELS)).toEqual(["zoo/x.ts: folder 'zoo' has no level in the table"]);
  });

  it('finds cycles of any length, and none in a tree', () => {
    expect(cycles([edge('a', 'b'), edge('b', 'c'), edge('a', 'c')])).toEqual([]);
    expect(cycles([edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('c', 'd')])).toEqual([['a', 'b', 'c']]);
    expect(cycles([edge('a', 'a')])).toEqual([['a']]);
  });
});

describe('src/ imports', () => {
  const graph = loadGraph(SRC);
  // Type-only imports are erased by the compiler, so they cannot make a load-order cycle; they
  // are left out of the cycle checks but still obey the levels. Lazy `import()` counts.
  const runtime = graph.filter((e) => !e.typeOnly);

  it('reads the whole tree', () => {
    expect(graph.length).toBeGreaterThan(500);
    expect(graph.some((e) => e.from === 'index.ts' && e.to === 'hapi/model.ts')).toBe(true);
  });

  it('never go from a lower level to a higher one', () => {
    expect(levelViolations(graph, LEVELS)).toEqual([]);
  });

  it('have no cycle between files (runtime imports)', () => {
    expect(cycles(runtime)).toEqual([]);
  });

  it('have no cycle between top folders (runtime imports)', () => {
    const folders = runtime.map((e) => ({ from: folderOf(e.from), to: folderOf(e.to) })).filter((e) => e.from !== e.to);
    expect(cycles(folders)).toEqual([]);
  });
});
