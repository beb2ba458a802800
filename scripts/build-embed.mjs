#!/usr/bin/env node
/**
 * Builds the embed (embed.html + its assets, Preact runtime) into the main build's outDir, after
 * `vite build`, without emptying it: `node scripts/build-embed.mjs [--outDir dist] [--budget]`.
 * Then reports, per chart, the gzip size of the JavaScript the embed loads before the chart
 * draws: the entry, its static imports and the chart's chunk with its static imports (English;
 * not the mock chunk, the ko/ja messages or the export code loaded on first download).
 * `--budget` exits 1 when any chart is over 60 KB (ARCHITECTURE.md principle 9).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'

const BUDGET_BYTES = 60 * 1024
const args = process.argv.slice(2)
const outIdx = args.indexOf('--outDir')
const outDir = path.resolve(outIdx >= 0 && args[outIdx + 1] ? args[outIdx + 1] : 'dist')
const enforce = args.includes('--budget')

const result = await build({
  configFile: path.resolve('scripts/vite.embed.config.ts'),
  logLevel: 'warn',
  build: { outDir },
})
const chunks = new Map(
  (Array.isArray(result) ? result : [result])
    .flatMap((r) => r.output)
    .filter((o) => o.type === 'chunk')
    .map((c) => [c.fileName, c]),
)

/** A chunk and everything it imports statically, as file names. */
function closure(fileName, seen = new Set()) {
  if (seen.has(fileName)) return seen
  seen.add(fileName)
  for (const dep of chunks.get(fileName)?.imports ?? []) closure(dep, seen)
  return seen
}

const gz = (file) => gzipSync(readFileSync(path.join(outDir, file)), { level: 9 }).length
const kb = (n) => `${(n / 1024).toFixed(1)} KB`
const entry = [...chunks.values()].find((c) => c.isEntry)
if (!entry) throw new Error('build-embed: no entry chunk')
const base = closure(entry.fileName)
const chartChunks = [...chunks.values()].filter((c) =>
  /^(FavorabilityTrend|AgeCohorts|TourismFlows|OpinionVsTourism)$/.test(c.name),
)

let over = false
console.log(`embed: initial JS per chart, gzip (budget ${kb(BUDGET_BYTES)}), ${outDir}`)
for (const chart of chartChunks) {
  const files = closure(chart.fileName, new Set(base))
  const total = [...files].reduce((sum, f) => sum + gz(f), 0)
  if (total > BUDGET_BYTES) over = true
  console.log(
    `  ${chart.name.padEnd(18)} ${kb(total).padStart(9)}  (${files.size} files)${total > BUDGET_BYTES ? '  OVER BUDGET' : ''}`,
  )
}
if (enforce && over) {
  console.error('build-embed: the embed is over its 60 KB budget')
  process.exit(1)
}

if (args.includes('--modules')) {
  // where the bytes come from (minified length of each module's rendered code, before gzip)
  const chart = chartChunks.find((c) => c.name === 'TourismFlows') ?? chartChunks[0]
  const sizes = new Map()
  for (const file of closure(chart.fileName, new Set(base)))
    for (const [id, m] of Object.entries(chunks.get(file)?.modules ?? {})) {
      const key = id.includes('node_modules/')
        ? id
            .split('node_modules/')
            .pop()
            .split('/')
            .slice(0, id.includes('node_modules/@') ? 2 : 1)
            .join('/')
        : path.relative(process.cwd(), id)
      sizes.set(key, (sizes.get(key) ?? 0) + m.renderedLength)
    }
  console.log(`modules in ${chart.name}'s initial JS (rendered length, not minified):`)
  for (const [k, v] of [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${String(v).padStart(7)}  ${k}`)
}
