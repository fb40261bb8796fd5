import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** Imports the engine must never make: it runs unchanged in the pane, the CLI and jest. */
const hostImports = {
  patterns: [
    { group: ['react', 'react-dom', 'react/*', '@fluentui/*'], message: 'The engine is UI-free.' },
    { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'The engine is Node-free.' },
    { group: ['**/taskpane/**', '**/cli/**'], message: 'The engine must not depend on its hosts.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/parser/**', 'src/rules/**', 'src/report/**'],
    rules: { 'no-restricted-imports': ['error', hostImports] },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // build-data.ts runs at build time only (react-dom/server, every Fluent icon): pane code that imported
    // it would put all of that in the page.
    files: ['src/taskpane/**/*.{ts,tsx}'],
    ignores: ['src/taskpane/first-view/build-data.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/first-view/build-data', './build-data'],
              message: 'Build-time only: use built.ts.',
            },
            { group: ['react-dom/server'], message: 'Server rendering is for the build, not the pane.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
