// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'playwright-report',
      'test-results',
      'corpus/raw',
      '.scratch',
      'screenshots',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // In tests a failed `!` is a failed test, which is what we want.
    files: ['**/*.test.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // The pure text core runs in Node (build, CLI, tests) and in Web Workers: no React, no
    // zustand, no DOM-bound app code. See ARCHITECTURE.md.
    files: ['src/core/**/*.ts'],
    // Tests may read corpus fixtures from disk; the modules they test may not.
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'src/core is pure: no React.',
            },
            { group: ['zustand', 'zustand/*'], message: 'src/core is pure: no stores.' },
            {
              group: ['**/app/**', '**/ui/**', '**/state/**', '**/views/**'],
              message: 'src/core must not import app code.',
            },
            {
              group: ['node:*', 'fs', 'path'],
              message: 'src/core runs in browsers too: pass data in, do not read files.',
            },
          ],
        },
      ],
    },
  },
);
