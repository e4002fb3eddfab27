import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-demo',
      'dist-*',
      'bench/results.json',
      'bench/baseline.js',
      'public/mockServiceWorker.js',
      'src/lib/graphql-env.d.ts',
      'playwright-report',
      'test-results',
      'eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.recommended.rules,
      // MUI's autoFocus on a dialog's first field is how a dialog takes focus.
      'jsx-a11y/no-autofocus': ['error', { ignoreNonDOM: true }],
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    // The console never imports the mock statically: the demo loads it by dynamic import.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              message:
                "Import z from src/lib/zod.ts: it configures zod for the CSP (no 'unsafe-eval').",
            },
          ],
          patterns: [
            {
              group: ['**/mocks/**', 'msw', 'msw/*'],
              message:
                'src/ must not import the mock statically (the demo loads it by dynamic import in main.tsx).',
            },
          ],
        },
      ],
    },
  },
  {
    // The one place that imports zod itself.
    files: ['src/lib/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
