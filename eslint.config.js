// Lint of the library source (src/). Type-aware rules are left out on purpose: they need the
// whole program and would make `npm run lint` as slow as the typecheck it would duplicate.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'docs/**', 'coverage/**'] },
  {
    files: ['src/**/*.ts'],
    extends: [tseslint.configs.base],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // `import type` for what is used only as a type, and no inline `typeof import('…')`: every
      // dependency is in the import list, and the level test's cycle check, which skips type-only
      // imports, sees exactly what loads at runtime.
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
    },
  },
);
