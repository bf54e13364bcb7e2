// ESLint with typescript-eslint's recommended rules over src/, test/ and examples/: `npm run lint`.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'test-artifacts/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // A let assigned once, after closures that read it were made (a timer they clear), stays a let.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  // The dashboard's browser script runs in the browser, not in Node.
  { files: ['src/dashboard/browser/**'], languageOptions: { globals: { ...globals.browser } } },
  // Tests read answers as loose JSON (supertest's body is any too); src/ stays typed.
  { files: ['test/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
