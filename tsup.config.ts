import { defineConfig } from 'tsup';

/** The package root and each subpath export (`tfjs-hapi/<name>`). */
export const SUBPATHS = ['nn', 'io', 'vision', 'metric', 'optimizer', 'callbacks'] as const;

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(SUBPATHS.map((name) => [`${name}/index`, `src/${name}/index.ts`])),
  },
  format: ['esm', 'cjs'],
  // One copy of each internal module shared by the root and the subpaths, in CJS too (tsup's
  // CJS splitting): class identity and the global random generator must not be duplicated.
  splitting: true,
  // Declarations come from tsc, one file per module (scripts/build-types.mjs): tsup's bundled
  // declarations turn namespace members into values and break `skipLibCheck: false` consumers.
  dts: false,
  sourcemap: true,
  clean: true,
  treeshake: false,
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
  // Dependencies and peers stay external (tsup's default). The exceptions: tfjs-core ships its
  // gradient and chained-op registrations only as extensionless ESM that Node cannot load, so
  // those modules are bundled in. Gradients go to tfjs's process-global registry and chained ops
  // onto the global Tensor class, both shared with the external tfjs-core, the same way
  // tfjs-layers' own Node bundle carries a copy.
  noExternal: [
    /^@tensorflow\/tfjs-core\/dist\/register_all_gradients$/,
    /^@tensorflow\/tfjs-core\/dist\/public\/chained_ops\/register_all_chained_ops$/,
  ],
  external: [/^node:/],
  // Every entry registers gradients, backends and kernel fixes, not only the root: a user who
  // imports just `tfjs-hapi/nn` must still be able to train. (Shared as one chunk.)
  inject: ['src/backend/register.ts'],
  esbuildOptions(options) {
    options.mainFields = ['module', 'main'];
    // The CJS conversion rewrites classes as `(_class = class …)`, which would rename them
    // `_class5`; error names (`err.name`) and class names users print must survive.
    options.keepNames = true;
  },
});
