#!/usr/bin/env node
// Writes the package's type declarations: one `.d.ts` per source module, emitted by tsc (not
// bundled), plus a `.d.cts` twin of each for `require`.
//
// Why not tsup's `dts` bundling: with code splitting it emits each namespace member as
// `declare const index_X: typeof X` (a value only), so `paddle.nn.Layer` cannot be used as a
// type, and it re-exports type-only names as values (TS2693) — the package did not compile with
// `skipLibCheck: false`. tsc's own per-module output keeps classes, namespaces and types intact.
//
// tsc keeps the source's extensionless specifiers (`from './layer/linear'`), which node16/nodenext
// resolution rejects in ES modules; each relative specifier is rewritten to the file it means:
// `./layer/linear.js` in `.d.ts` files, `./layer/linear.cjs` in `.d.cts` files (and `…/index.js`
// for a folder), so each flavour resolves to its own declarations.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');

/** Every `.d.ts` under `dir`. */
function declarations(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return declarations(path);
    return name.endsWith('.d.ts') ? [path] : [];
  });
}

// `from '…'`, `import '…'`, `import('…')` and `export … from '…'`, relative specifiers only.
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.\.?(?:\/[^'"]*)?)\2/g;

/** The specifier `spec` (written in `file`) with the extension of the `.d.ts` it resolves to. */
function withExtension(file, spec, ext) {
  const base = resolve(dirname(file), spec);
  if (existsSync(`${base}.d.ts`)) return `${spec}.${ext}`;
  if (existsSync(join(base, 'index.d.ts'))) return `${spec.replace(/\/$/, '')}/index.${ext}`;
  throw new Error(`${file}: cannot resolve '${spec}' to an emitted declaration`);
}

execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], {
  cwd: root,
  stdio: 'inherit',
});

const CHAINED_OPS_TYPES = "import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops.js';";
const files = declarations(dist);
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  // Code lines only: TSDoc examples (` * import … from './my-dataset'`) stay as written.
  const rewrite = (ext) =>
    text
      .split('\n')
      .map((line) => (/^\s*(\*|\/\*|\/\/)/.test(line) ? line : line.replace(SPECIFIER, (_, head, q, spec) => `${head}${q}${withExtension(file, spec, ext)}${q}`)))
      .join('\n');
  // register.ts adds tfjs-core's chained ops (`x.div(255)`) at run time with a side-effect import,
  // which tsc drops from declarations; the root's declarations import their types back (the
  // module augmentation lives in that file), with the extension Node16 resolution needs.
  const chained = file === join(dist, 'index.d.ts') ? `${CHAINED_OPS_TYPES}\n` : '';
  writeFileSync(file, chained + rewrite('js'));
  writeFileSync(file.replace(/\.d\.ts$/, '.d.cts'), chained + rewrite('cjs'));
}
console.log(`build-types: ${files.length} declaration files, each as .d.ts and .d.cts`);
