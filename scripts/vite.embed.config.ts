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
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, runnerImport, type Plugin } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))

/**
 * d3-shape ships one bundled file whose curve factories are built by top-level IIFEs and
 * `Math.sqrt(…)` constants without `@__PURE__` marks, so Rolldown keeps every curve and symbol
 * (~13 KB minified) when the charts use only `line` and `area`. Marking those top-level
 * initialisers pure lets tree-shaking drop what is unused; nothing else changes.
 */
function d3ShapePure(): Plugin {
  return {
    name: 'rokjp:d3-shape-pure',
    transform: {
      filter: { id: /node_modules[\\/]d3-shape[\\/]dist[\\/]d3-shape\.mjs$/ },
      handler(code) {
        return {
          code: code.replace(/^((?:var|const) [\w$]+ = )(?=[(\w-])/gm, '$1/* @__PURE__ */ '),
          map: null,
        }
      },
    },
  }
}

/**
 * Imports of src/data/schemas.ts get the generated module of scripts/embed-schemas.ts: the same
 * response schemas as JSON Schema behind the same `safeParse`, without zod. The mock's own code
 * (src/data/api-v1, src/mocks: mock builds only, loaded in its own chunk) keeps the zod module.
 */
function embedSchemas(): Plugin {
  const schemasFile = path.resolve(root, 'src/data/schemas.ts')
  const mockOnly = /[\\/]src[\\/](?:data[\\/]api-v1|mocks)[\\/]/
  const id = '\0rokjp:embed-schemas'
  return {
    name: 'rokjp:embed-schemas',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !/schemas(?:\.ts)?$/.test(source) || mockOnly.test(importer)) return null
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
      return resolved && path.resolve(resolved.id) === schemasFile ? id : null
    },
    async load(loaded) {
      if (loaded !== id) return null
      // through Vite's module runner: TypeScript with extensionless imports, like the app
      const { module } = await runnerImport<typeof import('./embed-schemas')>(
        path.resolve(root, 'scripts/embed-schemas.ts'),
        { configFile: false, logLevel: 'warn' },
      )
      return module.embedSchemasModule(path.resolve(root, 'src/embed/json-schema.ts'))
    },
  }
}

/** `dataAsOf` of the processed data the build is made from, or null. */
function dataAsOf(): string | null {
  try {
    const manifest = JSON.parse(readFileSync(`${root}data/processed/manifest.json`, 'utf8')) as {
      dataAsOf?: unknown
    }
    return typeof manifest.dataAsOf === 'string' ? manifest.dataAsOf : null
  } catch {
    return null
  }
}

export default defineConfig({
  root,
  // public/ (favicon, embed.js) is copied by the main build; copying it twice is pointless
  publicDir: false,
  plugins: [embedSchemas(), d3ShapePure()],
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
