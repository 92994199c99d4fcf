// ESLint flat config. Prettier owns formatting (npm run format), so no formatting rules are enabled here
// except max-len, which Prettier does not enforce on strings, comments and templates.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

/** Code that runs in a browser page. */
const browserFiles = [
  'src/**',
  'test/browser/**',
  'test/e2e/**',
  'test/reliability/support/page-entry.ts',
  'bench/pages/**',
  'demo/**',
];

/** Code that runs in Node: the server, scripts, Node tests, test-runner plugins, bench drivers, config files. */
const nodeFiles = [
  'server/**',
  'scripts/**',
  'bench/**',
  'test/node/**',
  'test/support/**',
  'test/reliability/**',
  '*',
];

export default defineConfig(
  {
    ignores: ['dist/**', 'coverage/**', 'spec/**', 'test/fixtures/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  wcConfigs['flat/best-practice'],
  {
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // No line over 120 characters: comments, strings and template literals included.
      'max-len': ['error', { code: 120, ignoreUrls: false }],
      // As tsc's noUnusedParameters: a leading underscore marks a name kept for its position.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // LitElement implements every lifecycle callback (and `override` makes tsc check it), so a guard would only
    // hide a misspelt callback.
    rules: { 'wc/guard-super-call': 'off' },
  },
  {
    // Type-aware rules for the shipped code, the server and the bench drivers: the whole lint takes about 16 s
    // and 1.2 GB on an idle 2-core machine (7 s and 0.5 GB without). Not for tests: @open-wc's chai-dom-diff
    // types every `.equal` as a promise, so no-floating-promises would flag each assertion.
    files: ['src/**/*.ts', 'server/**/*.ts', 'bench/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Arrays and records are indexed `xs[i]!` throughout, as if tsconfig's noUncheckedIndexedAccess were on
      // (tsc passes with it but for two lines); this rule would strip those marks. Turn that option on instead.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // An AbortSignal's reason is typed `any`; rejecting with it is what fetch does.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingAny: true }],
    },
  },
  {
    // Fastify tells promise-style hooks and plugins from callback-style ones by `async`, awaited or not.
    files: ['server/**'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    files: nodeFiles,
    ignores: browserFiles,
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: browserFiles,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['test/browser/**', 'test/e2e/**'],
    languageOptions: { globals: { ...globals.mocha } },
    // Chai's property assertions (`expect(x).to.exist`) are expressions by design.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // A test's title stays on its call's line, as Prettier keeps it: breaking it would re-indent the whole test.
    files: ['test/**'],
    rules: { 'max-len': ['error', { code: 120, ignoreUrls: false, ignorePattern: '^\\s*(it|test|describe)\\(' }] },
  },
  {
    // Tests walk received JSON records by path, which `any` keeps short.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Generated data is exempt from the line length.
    files: ['src/model/fields/generated/**'],
    rules: { 'max-len': 'off' },
  },
);
