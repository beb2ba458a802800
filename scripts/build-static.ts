/**
 * Static fallbacks: a PNG of each chart's default view in dist/static/<chart>.png, made with the
 * same code as `npm run export`, for `<noscript>` in embed snippets and for readers whose
 * scripts are blocked. Usage: tsx scripts/build-static.ts [outDir=dist]
 */
import path from 'node:path'
import { CHART_IDS, main as exportChart } from './export'

const outDir = process.argv[2] ?? 'dist'
const started = performance.now()
let failed = 0
for (const chart of CHART_IDS) {
  const out = path.join(outDir, 'static', `${chart}.png`)
  const code = await exportChart([
    '--chart',
    chart,
    '--format',
    'png',
    '--out',
    out,
    '--scale',
    '1',
  ])
  if (code !== 0) failed++
}
process.stdout.write(
  `static: ${CHART_IDS.length - failed}/${CHART_IDS.length} fallback PNGs in ${path.join(outDir, 'static')} (${Math.round(performance.now() - started)} ms)\n`,
)
process.exit(failed ? 1 : 0)
