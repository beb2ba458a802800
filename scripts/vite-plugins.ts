/**
 * Build plugins shared by the dashboard (vite.config.ts) and the embed
 * (scripts/vite.embed.config.ts) builds. Neither runs under Vitest: tests use the real zod
 * schemas and the untouched d3 modules.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runnerImport, type Plugin } from 'vite'
import { apiOrigin } from './vite-csp-plugin.ts'

const root = fileURLToPath(new URL('..', import.meta.url))

/**
 * d3-shape ships one bundled file whose curve factories are built by top-level IIFEs and
 * `Math.sqrt(…)` constants without `@__PURE__` marks, so Rolldown keeps every curve and symbol
 * (~13 KB minified) when the charts use only `line` and `area`. Marking those top-level
 * initialisers pure lets tree-shaking drop what is unused; nothing else changes.
 */
export function d3ShapePure(): Plugin {
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
export function embedSchemas(): Plugin {
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

/**
 * Live builds whose API is on another origin: `<link rel="preconnect" crossorigin>` to it in
 * every page, so the connection (DNS, TCP, TLS) is set up while the page's own scripts load
 * rather than after them, when the first request is made. `crossorigin` matches the CORS
 * fetches (no credentials). Nothing for mock builds or a same-origin relative base.
 */
export function apiPreconnect(apiBaseUrl: string | undefined): Plugin {
  const origin = apiOrigin(apiBaseUrl?.trim())
  return {
    name: 'rokjp:api-preconnect',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!origin) return html
        return html.replace(
          /<\/head>/i,
          `  <link rel="preconnect" href="${origin.replace(/"/g, '&quot;')}" crossorigin />\n  </head>`,
        )
      },
    },
  }
}

/** `dataAsOf` of the processed data a build is made from (data/processed/manifest.json), or null. */
export function dataAsOf(): string | null {
  try {
    const manifest = JSON.parse(
      readFileSync(
        fileURLToPath(new URL('../data/processed/manifest.json', import.meta.url)),
        'utf8',
      ),
    ) as { dataAsOf?: unknown }
    return typeof manifest.dataAsOf === 'string' ? manifest.dataAsOf : null
  } catch {
    return null
  }
}
