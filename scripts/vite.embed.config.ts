/**
 * The embed's own build: embed.html and its assets, with Preact (preact/compat) standing in for
 * React so one chart fits the 60 KB gzip budget (ARCHITECTURE.md principle 9; React 19 alone is
 * ~67 KB). Same source, same chart geometry, same schemas: only the runtime is swapped.
 *
 * Runs after the main build into the same outDir without emptying it:
 *   vite build && vite build -c scripts/vite.embed.config.ts
 * (scripts/build-embed.mjs does the second step and reports the embed's gzip size.)
 * No MSW plugin: the embed mocks in the page (src/embed/mock.ts), never with a service worker.
 * No zod in the chart's code: src/data/schemas.ts resolves to validators generated from it
 * (scripts/embed-schemas.ts); only the mock's dataset (mock builds, its own chunk) keeps zod.
 */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { cspPlugin } from './vite-csp-plugin.ts'
import { apiPreconnect, d3ShapePure, dataAsOf, embedSchemas } from './vite-plugins.ts'

const root = fileURLToPath(new URL('..', import.meta.url))

export default defineConfig({
  root,
  // public/ (favicon, embed.js) is copied by the main build; copying it twice is pointless
  publicDir: false,
  plugins: [
    embedSchemas(),
    d3ShapePure(),
    // the same policy as the dashboard's pages (docs/security.md)
    cspPlugin({ apiBaseUrl: process.env.VITE_API_BASE_URL }),
    apiPreconnect(process.env.VITE_API_BASE_URL),
  ],
  define: { __ROKJP_DATA_AS_OF__: JSON.stringify(dataAsOf()) },
  resolve: {
    alias: [
      { find: /^react$/, replacement: 'preact/compat' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      // the export's SVG renderer (loaded on first download): Preact into a detached <svg>
      { find: /^react-dom\/server$/, replacement: `${root}src/embed/render-to-static-markup.ts` },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    emptyOutDir: false,
    // embed.html preloads nothing itself, and browsers without modulepreload still run the
    // chart (only without the parallel fetch of its chunks): the polyfill is dead weight here
    modulePreload: { polyfill: false },
    // the mock chunk (MSW + the bundled dataset, mock builds only) is large by design
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      input: { embed: 'embed.html' },
      onLog(level, log, handler) {
        // react-query's "use client" directives mean nothing in a client-only bundle
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return
        handler(level, log)
      },
    },
  },
})
