import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import tsup, { SUBPATHS } from '../../tsup.config';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const typedoc = JSON.parse(readFileSync(new URL('typedoc.json', root), 'utf8'));

describe('package.json', () => {
  it('exports the root and every built subpath, types first, ESM .d.ts and CJS .d.cts', () => {
    const expected = ['.', ...SUBPATHS.map((s) => `./${s}`), './package.json'];
    expect(Object.keys(pkg.exports)).toEqual(expected);
    for (const key of expected.slice(0, -1)) {
      const dir = key === '.' ? './dist/' : `./dist/${key.slice(2)}/`;
      expect(pkg.exports[key], key).toEqual({
        import: { types: `${dir}index.d.ts`, default: `${dir}index.js` },
        require: { types: `${dir}index.d.cts`, default: `${dir}index.cjs` },
      });
      expect(Object.keys(pkg.exports[key].import)[0], `${key}: types must come first`).toBe('types');
    }
  });

  it('has a source index for every subpath, and typedoc documents exactly those', () => {
    for (const s of SUBPATHS) expect(existsSync(new URL(`src/${s}/index.ts`, root)), `src/${s}/index.ts`).toBe(true);
    expect(typedoc.entryPoints).toEqual(['src/index.ts', ...SUBPATHS.map((s) => `src/${s}/index.ts`)]);
    expect(typedoc.treatWarningsAsErrors).toBe(true);
  });

  it('makes tfjs-core a peer (one engine per app), the backends dependencies of the same version', () => {
    const core = pkg.peerDependencies['@tensorflow/tfjs-core'];
    expect(pkg.dependencies['@tensorflow/tfjs-core']).toBeUndefined();
    for (const b of ['cpu', 'wasm', 'webgl']) expect(pkg.dependencies[`@tensorflow/tfjs-backend-${b}`], b).toBe(core);
    for (const opt of ['@tensorflow/tfjs-backend-webgpu', '@tensorflow/tfjs-node']) {
      expect(pkg.peerDependencies[opt], opt).toBe(core);
      expect(pkg.peerDependenciesMeta[opt], opt).toEqual({ optional: true });
    }
    expect(pkg.devDependencies['@tensorflow/tfjs-core']).toBe(core);
  });

  it('declares as side-effectful every built file that registers kernels, and ships only dist', () => {
    // Every entry and chunk runs the registration (it is injected into each entry); the source
    // module is listed too, for bundling from the repository (scripts/check-browser.mjs does).
    expect(pkg.sideEffects).toEqual([
      './dist/index.js', './dist/index.cjs', './dist/*/index.js', './dist/*/index.cjs', './dist/chunk-*.js', './dist/chunk-*.cjs',
      './src/backend/register.ts',
    ]);
    expect(pkg.files).toEqual(['dist', 'README.md', 'LICENSE']);
    expect(pkg.type).toBe('module');
    expect(pkg.engines.node).toBe('>=20');
    for (const f of ['README.md', 'LICENSE']) expect(existsSync(new URL(f, root)), f).toBe(true);
  });

  it("takes its declarations from tsc, one per module, not from tsup's bundler", () => {
    // tsup's bundled declarations made `paddle.nn.Layer` a value only and broke skipLibCheck: false.
    expect((tsup as { dts?: unknown }).dts).toBe(false);
    expect(pkg.scripts.build).toBe('tsup && node scripts/build-types.mjs');
    const build = readFileSync(new URL('tsconfig.build.json', root), 'utf8');
    expect(build).toMatch(/"emitDeclarationOnly": true/);
    expect(build).toMatch(/"rootDir": "src"/);
    expect(build).toMatch(/"outDir": "dist"/);
  });
});
