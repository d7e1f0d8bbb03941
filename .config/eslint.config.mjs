// Lint: typescript-eslint + react-hooks, and the layering rule — imports only go downhill:
// shared/ imports no Electron, Node, React or Dexie; renderer/ no Electron or Node;
// electron/ nothing from renderer/. Printing: the engine (renderer/src/print) imports no
// feature; a template (features/<register>/print, and the engine's pure builders) is a pure
// function of its record: no React, antd, Dexie, repositories, host or app, and no other
// register's code. tests/shared/lintLayers.test.ts holds these rules to account.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'url',
  'stream',
  'zlib',
];

// A later block's no-restricted-imports replaces an earlier one's, so each print block restates
// the renderer's own restrictions (as `group` patterns, since one list may not mix forms).
const rendererPaths = ['electron'];
const rendererPatterns = [{ group: [...nodeBuiltins, '**/electron/**'] }];
const noFeature = {
  regex: '(^|/)features(/|$)',
  message:
    'The print engine serves every register: it imports no feature (templates live in features/<register>/print).',
};
const templatePaths = [
  ...rendererPaths,
  ...['react', 'react-dom', 'antd', 'dexie', 'dexie-react-hooks'].map((name) => ({
    name,
    message: 'A print template is a pure HTML builder: no React, antd or Dexie.',
  })),
];
const templatePatterns = [
  ...rendererPatterns,
  { group: ['@ant-design/*'], message: 'A print template is a pure HTML builder: no antd.' },
  {
    regex: '(^|/)(host|app|components)(/|$)|(^|/)db/(?!records$)',
    message:
      'A print template gets its record as an argument: no host, app, components or repositories (types from db/records only).',
  },
];
// From features/<register>/print/x, `../../<other>/…` is another register's folder.
const noOtherRegister = {
  regex: '^\\.\\./\\.\\./(?!\\.\\./)',
  message:
    "A template imports the engine, shared/ and its own register's code, not another register's.",
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'tests/e2e/screenshots/**',
      'tests/bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: ['electron'], patterns: [...nodeBuiltins, '**/electron/**'] },
      ],
    },
  },
  {
    files: ['renderer/src/print/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: rendererPaths, patterns: [...rendererPatterns, noFeature] },
      ],
    },
  },
  {
    // The engine's pure builders; the preview (a React modal) and printDocument (the host's
    // print call) are the two places that reach out.
    files: ['renderer/src/print/**/*.ts'],
    ignores: ['renderer/src/print/printDocument.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: templatePaths, patterns: [...templatePatterns, noFeature] },
      ],
    },
  },
  {
    files: ['renderer/src/features/*/print/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: templatePaths, patterns: [...templatePatterns, noOtherRegister] },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks'],
          patterns: [...nodeBuiltins, '**/renderer/**', '**/electron/**'],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/renderer/**', 'react', 'react-dom', 'dexie'] },
      ],
    },
  },
  {
    // Server-side tools run by node (couch:setup, issue 20).
    files: ['resources/couch/**/*.mjs'],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['tests/**/*.{ts,tsx,mjs}', '.config/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
);
