// ESLint: correctness and house rules. Layout is Prettier's job (eslint-config-prettier turns off
// the rules that would argue with it); circular imports are checked by `npm run cycles`.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const sources = ['packages/*/src/**/*.ts', 'apps/*/src/**/*.ts'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.turbo/**',
      'coverage/**',
      'test/artifacts/**',
      '.tenantry-test/**',
      // migration files are checksummed once applied (drift check) and some fixtures are broken on purpose
      'test/fixtures/**',
      'packages/core/migrations/**',
      'examples/**',
      'apps/cli/examples/**',
      // typed modules of their own are on the way; linted once they land
      'bench/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      // apps print through their output modules (process.stdout/stderr), packages through a Logger;
      // a test that prints says so with an eslint-disable comment
      'no-console': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  // the shipped source: type-aware rules
  {
    files: sources,
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // `async () => x` is how a cleanup or a collector fits an interface that wants a promise
      '@typescript-eslint/require-await': 'off',
      // an error caught (or an abort's reason) is passed on as it came, as only-throw-error allows
      '@typescript-eslint/prefer-promise-reject-errors': [
        'error',
        { allowThrowingAny: true, allowThrowingUnknown: true },
      ],
    },
  },
  // packages log through the Logger they are given; only apps print
  {
    files: ['packages/*/src/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'stdout', message: 'packages log through the Logger they are given' },
        { object: 'process', property: 'stderr', message: 'packages log through the Logger they are given' },
      ],
    },
  },
  // the browser script of the fleet view
  { files: ['apps/dashboard/public/**/*.js'], languageOptions: { globals: globals.browser } },
  prettier,
);
