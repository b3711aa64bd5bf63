import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'public',
      'test-results',
      'tests/artifacts',
      'bench/.out',
    ],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Pure domain code: no React, map, data or feature imports.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react-*'], message: 'src/domain is pure TypeScript.' },
            { group: ['maplibre-gl', '**/map/**', '**/data/**', '**/features/**', '**/app/**'] },
          ],
        },
      ],
    },
  },
  {
    // Import boundaries between the parts of src/ (docs/architecture.md), resolved through
    // TypeScript so that no relative path can walk around them.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.app.json' } },
      'boundaries/include': ['src/**/*'],
      'boundaries/elements': [
        { type: 'app', pattern: 'src/app' },
        { type: 'feature', pattern: 'src/features/*', capture: ['journey'] },
        { type: 'map', pattern: 'src/map' },
        { type: 'data-adapter', pattern: ['src/data/embedded', 'src/data/supabase'] },
        { type: 'data', pattern: 'src/data' },
        { type: 'domain', pattern: 'src/domain' },
        { type: 'shared', pattern: ['src/lib', 'src/components', 'src/config', 'src/locales'] },
        // src/main.tsx and the global styles: the entry point.
        { type: 'app', pattern: 'src' },
      ].map((element) => ({ ...element, partialMatch: false })),
      // The two files that choose an adapter at start-up.
      'boundaries/files': [
        { category: 'adapter-choice', pattern: 'src/data/{data-provider.tsx,data-context.ts}' },
      ],
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message:
            '{{ from.element.type }} may not import {{ to.element.type }} (see docs/architecture.md).',
          policies: [
            {
              from: { element: { type: 'app' } },
              allow: {
                to: {
                  element: {
                    types: ['app', 'feature', 'map', 'data', 'data-adapter', 'domain', 'shared'],
                  },
                },
              },
            },
            // A journey shares code only through data, map, shared and domain, never with another.
            {
              from: { element: { type: 'feature' } },
              allow: [
                { to: { element: { types: ['map', 'data', 'domain', 'shared'] } } },
                {
                  to: {
                    element: {
                      type: 'feature',
                      captured: { journey: '{{ from.element.captured.journey }}' },
                    },
                  },
                },
              ],
            },
            {
              from: { element: { type: 'map' } },
              allow: { to: { element: { types: ['map', 'domain', 'shared'] } } },
            },
            // The port and its queries know no adapter; only the provider chooses one.
            {
              from: { element: { type: 'data' } },
              allow: { to: { element: { types: ['data', 'domain', 'shared'] } } },
            },
            {
              from: { element: { type: 'data' }, file: { categories: 'adapter-choice' } },
              allow: { to: { element: { type: 'data-adapter' } } },
            },
            {
              from: { element: { type: 'data-adapter' } },
              allow: { to: { element: { types: ['data', 'data-adapter', 'domain', 'shared'] } } },
            },
            {
              from: { element: { type: 'domain' } },
              allow: { to: { element: { type: 'domain' } } },
            },
            {
              from: { element: { type: 'shared' } },
              allow: { to: { element: { types: ['shared', 'data', 'domain'] } } },
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
  },
  {
    // Benchmarks pass functions into the page.
    files: ['bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts', '*.config.ts'],
    languageOptions: { globals: { ...globals.node } },
    // Playwright fixtures call `use`, which is not React's hook.
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
