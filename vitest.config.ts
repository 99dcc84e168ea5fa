import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src/', import.meta.url));

export default defineConfig({
  resolve: {
    // Public-API tests import the package by name, as users do.
    alias: [
      { find: /^tfjs-hapi$/, replacement: `${src}index.ts` },
      { find: /^tfjs-hapi\/(\w+)$/, replacement: `${src}$1/index.ts` },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // tfjs-core's gradient and chained-op registrations ship only as extensionless ESM, which
    // Node cannot load directly; pre-bundling them mirrors what tsup does for the published build.
    deps: {
      optimizer: {
        ssr: {
          enabled: true,
          include: [
            '@tensorflow/tfjs-core/dist/register_all_gradients',
            '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops',
          ],
        },
      },
    },
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', './test/helpers/count-reporter.ts'],
  },
});
