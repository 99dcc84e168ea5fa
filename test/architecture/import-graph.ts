import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/** One import (or re-export) of a module under src/ by another, both as paths relative to src/. */
export interface ImportEdge {
  from: string;
  to: string;
  line: number;
  /**
   * `import type`, `export type`, `import { type A }` with only type names, and `typeof import()`:
   * erased when compiled, so they cannot take part in a load-order cycle.
   */
  typeOnly: boolean;
  /** `await import('./x')`: loaded on demand, not while the importing module loads. */
  dynamic: boolean;
}

function allTypeOnly(elements: ts.NodeArray<ts.ImportSpecifier | ts.ExportSpecifier>): boolean {
  return elements.length > 0 && elements.every((e) => e.isTypeOnly);
}

/** The relative module specifiers `text` imports, with whether each is type-only or dynamic. */
export function readImports(text: string): { spec: string; line: number; typeOnly: boolean; dynamic: boolean }[] {
  const file = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true);
  const out: { spec: string; line: number; typeOnly: boolean; dynamic: boolean }[] = [];
  const add = (lit: ts.Node, typeOnly: boolean, dynamic: boolean) => {
    if (!ts.isStringLiteral(lit) || !lit.text.startsWith('.')) return;
    out.push({ spec: lit.text, line: file.getLineAndCharacterOfPosition(lit.getStart()).line + 1, typeOnly, dynamic });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const c = node.importClause;
      const typeOnly =
        c !== undefined &&
        (c.isTypeOnly || (c.name === undefined && c.namedBindings !== undefined && ts.isNamedImports(c.namedBindings) && allTypeOnly(c.namedBindings.elements)));
      add(node.moduleSpecifier, typeOnly, false);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      const c = node.exportClause;
      add(node.moduleSpecifier, node.isTypeOnly || (c !== undefined && ts.isNamedExports(c) && allTypeOnly(c.elements)), false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, true, false);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments.length > 0) {
      add(node.arguments[0]!, false, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

function resolve(fromAbs: string, spec: string): string | null {
  const base = join(dirname(fromAbs), spec);
  for (const c of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (c.endsWith('.ts') && existsSync(c) && statSync(c).isFile()) return c;
  }
  return null;
}

/** Every relative import among the TypeScript files under `srcDir`. Unresolvable ones are thrown. */
export function loadGraph(srcDir: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const abs of tsFiles(srcDir)) {
    const from = relative(srcDir, abs);
    for (const imp of readImports(readFileSync(abs, 'utf8'))) {
      const target = resolve(abs, imp.spec);
      if (target === null) throw new Error(`${from}:${imp.line}: cannot resolve '${imp.spec}'`);
      edges.push({ from, to: relative(srcDir, target), line: imp.line, typeOnly: imp.typeOnly, dynamic: imp.dynamic });
    }
  }
  return edges;
}

/** The top folder of a path relative to src/ (`''` for src/index.ts). */
export function folderOf(path: string): string {
  const i = path.indexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** Imports that go from a folder to one on a higher level, and files in folders the table lacks. */
export function levelViolations(edges: ImportEdge[], levels: Readonly<Record<string, number>>): string[] {
  const problems = new Set<string>();
  for (const e of edges) {
    for (const f of [e.from, e.to]) {
      if (!(folderOf(f) in levels)) problems.add(`${f}: folder '${folderOf(f)}' has no level in the table`);
    }
    const a = levels[folderOf(e.from)];
    const b = levels[folderOf(e.to)];
    if (a !== undefined && b !== undefined && b > a) {
      problems.add(`${e.from}:${e.line} (${folderOf(e.from)}, level ${a}) imports ${e.to} (${folderOf(e.to)}, level ${b})`);
    }
  }
  return [...problems];
}

/** Strongly connected components with more than one node, or a node importing itself (Tarjan). */
export function cycles(edges: ReadonlyArray<{ from: string; to: string }>): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    if (!next.has(e.from)) next.set(e.from, []);
    if (!next.has(e.to)) next.set(e.to, []);
    next.get(e.from)!.push(e.to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const connect = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v)!) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || next.get(v)!.includes(v)) found.push(scc.sort());
    }
  };
  for (const v of next.keys()) if (!index.has(v)) connect(v);
  return found;
}
