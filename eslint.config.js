import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Shared links and files are untrusted: nothing may turn text into code.
const NO_CODE_FROM_TEXT = [
  { selector: "CallExpression[callee.name='eval']", message: 'No eval of any text.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
];

// The layering rules below (no-restricted-imports) read import statements only: in src a
// dynamic import() would pass them unseen, and nothing in src needs one.
const NO_DYNAMIC_IMPORT = {
  selector: 'ImportExpression',
  message: 'No dynamic import() in src: the layering lint cannot see it; import statically.',
};

const FRAMEWORKS = ['react', 'react-dom', 'comlink', 'zustand'];

/** A block that fails the build on an import of any of `groups` from `files`, saying `message`. */
function never(files, groups, message) {
  return {
    files,
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }] },
  };
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'public', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // The engine must never reach for hidden global randomness: every draw goes through Rng.
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded Rng from engine/random.' },
      ],
      'no-restricted-syntax': ['error', ...NO_CODE_FROM_TEXT],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/engine/**'], // the engine's own list below includes it
    rules: { 'no-restricted-syntax': ['error', ...NO_CODE_FROM_TEXT, NO_DYNAMIC_IMPORT] },
  },
  // Which layers each layer may not import (ui → store → worker → engine; spec by all).
  // The store drives the workers and holds the page's state; components read it.
  never(
    ['src/store/**/*.ts'],
    ['react-dom', '**/ui/**'],
    'The store knows no component (ui → store → worker → engine).',
  ),
  // The CLI runs the engine on documents, headless: no page, no store, no worker.
  never(
    ['src/cli/**/*.ts'],
    [...FRAMEWORKS, '**/store/**', '**/ui/**', '**/worker/**'],
    'The CLI imports the engine and the spec only.',
  ),
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // Components know the store and the document, never the worker or the engine: what the
  // worker sends is typed in spec/protocol, and reaches them through the store.
  never(
    ['src/ui/**/*.{ts,tsx}'],
    ['**/worker/**', '**/engine/**'],
    'The ui talks to the store and reads the document (spec), never the worker or the engine.',
  ),
  // The worker serves the page without knowing it: no store, no components, no React.
  never(
    ['src/worker/**/*.ts'],
    ['react', 'react-dom', 'zustand', '**/store/**', '**/ui/**'],
    'The worker imports the engine and the spec only (ui → store → worker).',
  ),
  // The document is plain data shared by every layer: it imports none of them. What
  // validation needs of a concept (names, defaults, ranges) is in its catalog (spec/catalog).
  never(
    ['src/spec/**/*.ts'],
    [...FRAMEWORKS, '**/engine/**', '**/worker/**', '**/store/**', '**/ui/**'],
    'spec imports no other layer: move what it needs into spec/catalog.',
  ),
  {
    // The engine is pure math: no DOM, no React, no worker plumbing.
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/math.ts'],
    rules: {
      // Math.exp and its kin differ in the last bit between JavaScript engines; the engine
      // promises the same numbers everywhere, so it uses its own (engine/math.ts).
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded Rng from engine/random.' },
        ...[
          'exp',
          'expm1',
          'log',
          'log1p',
          'log2',
          'log10',
          'sin',
          'cos',
          'tan',
          'tanh',
          'sinh',
          'cosh',
          'atan',
          'atan2',
          'asin',
          'acos',
          'pow',
          'cbrt',
          'hypot',
        ].map((property) => ({
          object: 'Math',
          property,
          message: 'Not bit-identical across JavaScript engines: use engine/math.ts.',
        })),
      ],
      'no-restricted-syntax': [
        'error',
        ...NO_CODE_FROM_TEXT,
        NO_DYNAMIC_IMPORT,
        {
          selector: "BinaryExpression[operator='**'], AssignmentExpression[operator='**=']",
          message: '** is Math.pow, not bit-identical across engines: use pow from engine/math.ts.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-dom',
            'comlink',
            'zustand',
            '**/ui/**',
            '**/store/**',
            '**/worker/**',
          ],
        },
      ],
    },
  },
);
