// Lint for what the compiler does not catch. Complexity and function length are warnings: they
// point at code to read again, not at code that is wrong.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'vendor/', 'node_modules/', 'fixtures/', 'bench/out/', 'scratch/', '.vitest/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      complexity: ['warn', 15],
      'max-lines-per-function': ['warn', { max: 60, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Reading untrusted text means matching control characters on purpose (sanitise.ts, decode.ts).
      'no-control-regex': 'off',
    },
  },
  // A test file is one describe of many cases: its length says nothing.
  { files: ['test/**'], rules: { 'max-lines-per-function': 'off' } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
