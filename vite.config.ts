import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { msw } from 'msw/vite'
import { cspPlugin } from './scripts/vite-csp-plugin.ts'
import { apiPreconnect, d3ShapePure, dataAsOf, embedSchemas } from './scripts/vite-plugins.ts'

/**
 * Mock mode is the default: with no VITE_API_BASE_URL the dashboard talks to MSW at /api.
 * With VITE_API_BASE_URL set, the MSW plugin is left out, so a live build ships no worker
 * script and (because src/main.tsx guards the dynamic import) no MSW code at all.
 */
export default defineConfig(({ mode, command }) => {
  const liveApi = Boolean(process.env.VITE_API_BASE_URL)
  return {
    plugins: [
      react(),
      cspPlugin({ apiBaseUrl: process.env.VITE_API_BASE_URL }),
      apiPreconnect(process.env.VITE_API_BASE_URL),
      // production bundles validate responses with validators generated from the zod schemas
      // (no zod runtime, ~24 KB gzip less); tests and the mock chunk use zod itself
      ...(mode === 'test' || command !== 'build' ? [] : [embedSchemas(), d3ShapePure()]),
      ...(liveApi || mode === 'test' ? [] : [msw({ mode: 'worker-only' })]),
    ],
    build: {
      target: 'es2022',
      sourcemap: false,
      rolldownOptions: {
        // embed.html is built on its own, with Preact, by scripts/vite.embed.config.ts
        // (scripts/build-embed.mjs, run after this build into the same outDir)
        input: { main: 'index.html' },
      },
    },
    // the data version share snippets pin embeds to (asOf=), as the embed build defines it
    define: { __ROKJP_DATA_AS_OF__: JSON.stringify(dataAsOf()) },
    server: { host: '127.0.0.1', port: 5173, strictPort: true },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            include: ['tests/**/*.test.ts'],
            exclude: ['tests/e2e/**'],
            setupFiles: ['tests/setup-node.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            environment: 'happy-dom',
            // same origin as the mock API base used in tests, so fetch makes no CORS preflight
            environmentOptions: { happyDOM: { url: 'http://localhost/' } },
            include: ['tests/**/*.test.tsx'],
            exclude: ['tests/e2e/**'],
            setupFiles: ['tests/setup-dom.ts'],
          },
        },
      ],
    },
  }
})
