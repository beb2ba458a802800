import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import { importX, createNodeResolver } from 'eslint-plugin-import-x'
import pluginQuery from '@tanstack/eslint-plugin-query'
import prettier from 'eslint-config-prettier'
import globals from 'globals'

/** Import boundaries of ARCHITECTURE.md: shared code never reaches up into features or app. */
const zones = [
  {
    target: './src/charts',
    from: [
      './src/data',
      './src/url',
      './src/features',
      './src/app',
      './src/embed',
      './src/mocks',
      './src/server',
    ],
  },
  {
    target: './src/domain',
    from: [
      './src/data',
      './src/url',
      './src/features',
      './src/app',
      './src/embed',
      './src/mocks',
      './src/server',
      './src/charts',
    ],
  },
  // data/transforms turns rows into the chart kit's *Datum types: data may import charts' types
  {
    target: './src/data',
    from: [
      './src/features',
      './src/app',
      './src/embed',
      './src/mocks',
      './src/server',
      './src/url',
    ],
  },
  {
    target: './src/url',
    from: [
      './src/features',
      './src/app',
      './src/embed',
      './src/mocks',
      './src/server',
      './src/data',
    ],
  },
  { target: './src/features', from: ['./src/app', './src/embed', './src/mocks', './src/server'] },
  { target: './src/mocks', from: ['./src/server', './src/app', './src/features', './src/embed'] },
  {
    target: './src/server',
    from: ['./src/mocks', './src/app', './src/features', './src/embed', './src/charts'],
  },
]

export default tseslint.config(
  {
    ignores: [
      'dist',
      'coverage',
      'node_modules',
      'data/processed',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: {
      'react-hooks': reactHooks,
      'jsx-a11y': jsxA11y,
      'import-x': importX,
      '@tanstack/query': pluginQuery,
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.recommended.rules,
      ...pluginQuery.configs['flat/recommended'][0].rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'No innerHTML: build nodes or use textContent.',
        },
        {
          selector: "AssignmentExpression[left.property.name='outerHTML']",
          message: 'No outerHTML.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'No insertAdjacentHTML.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No dangerouslySetInnerHTML.',
        },
      ],
    },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
  },
  {
    files: ['src/features/**'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...zones,
            ...['favorability', 'cohorts', 'tourism', 'filters', 'sources', 'overview'].map(
              (f) => ({
                target: `./src/features/${f}`,
                from: './src/features',
                except: [`./${f}`],
              }),
            ),
          ],
        },
      ],
    },
  },
  prettier,
)
