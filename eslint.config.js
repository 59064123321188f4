import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import boundaries from './eslint-rules/boundaries.js';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'functions/lib/',
      'node_modules/',
      'coverage/',
      'bench-results/',
      'test-results/',
      '.cache/',
      '.emulator-data/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Components reach Firebase only through lib/ and features/*/api.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['firebase/*'],
              message: 'Import Firebase only in web/src/lib or a feature api/ module.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'web/src/lib/**/*.{ts,tsx}',
      'web/src/features/*/api/**/*.{ts,tsx}',
      'web/src/**/*.test.{ts,tsx}',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Boundaries (STYLE.md, "One data layer"): features never import each other, lib/ and
    // components/ never import a feature, the domain imports zod and its own files only
    // (it runs in the browser, in functions and in tests). See eslint-rules/boundaries.js.
    files: ['web/src/**/*.{ts,tsx}', 'functions/src/domain/**/*.ts'],
    plugins: { boundaries },
    rules: { 'boundaries/zones': 'error' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
