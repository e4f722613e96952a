import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import testingLibrary from 'eslint-plugin-testing-library';
import importX from 'eslint-plugin-import-x';
import pluginQuery from '@tanstack/eslint-plugin-query';
import tseslint from 'typescript-eslint';
import { readdirSync } from 'node:fs';

/** Foundations every feature may use; they import no feature and not the app shell. */
const foundations = ['data', 'record', 'text', 'worker', 'ui'];
/**
 * Every other folder of src/ but the app shell holds one capability (a feature); features never
 * import one another. Read from the disk, so a new folder is checked the day it appears.
 */
const features = readdirSync(new URL('./src', import.meta.url), { withFileTypes: true })
  .filter(
    (entry) => entry.isDirectory() && entry.name !== 'app' && !foundations.includes(entry.name),
  )
  .map((entry) => entry.name);

const banned = (folders) =>
  folders.flatMap((folder) => [
    `**/${folder}/*`,
    `**/${folder}`,
    `../${folder}/*`,
    `./${folder}/*`,
  ]);

function importBoundaries(folder, forbidden) {
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: banned(forbidden),
              message: `src/${folder} may not import from ${forbidden.join(', ')}: only src/app composes features (see README, "Code layout").`,
            },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench-results',
      '**/*.tmp.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Leaving fields out of a copy (`const { genre, ...rest } = item`) is how a writer omits them.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Record text is data, never markup: render it as text.',
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Every value a query function reads is in its key. The services a query is given (how files
    // are fetched, the citation engine) are the app's wiring, not data, and stay out of keys.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { '@tanstack/query': pluginQuery },
    rules: {
      ...pluginQuery.configs.recommended.rules,
      '@tanstack/query/exhaustive-deps': [
        'error',
        { allowlist: { types: ['LoaderDeps', 'SearchEngine', 'CitationQueryServices', 'Derive'] } },
      ],
    },
  },
  {
    files: ['scripts/**', 'tests/e2e/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // A scrolling region (a wide table, a long code listing) must be reachable by keyboard.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
    },
  },
  {
    // Component tests query what a reader perceives (roles, names, text), not the DOM's shape.
    files: ['tests/**/*.test.tsx'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    // One-way imports are enforced per folder below; this catches a cycle anywhere.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  ...features.map((folder) =>
    importBoundaries(folder, [...features.filter((f) => f !== folder), 'app']),
  ),
  ...foundations.map((folder) => importBoundaries(folder, [...features, 'app'])),
  {
    // The entry starts the app shell and nothing else.
    files: ['src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: banned([...features, ...foundations]),
              message: 'src/main.tsx only starts the app: import from src/app.',
            },
          ],
        },
      ],
    },
  },
);
