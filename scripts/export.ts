/**
 * `npm run export -- --chart ID --format svg|png --out FILE [filters]`: one chart as a static
 * image with its title, subtitle, legend, source line, notes, method breaks and a link back,
 * without a browser or a server. Reads data/processed, selects and transforms the rows with
 * the dashboard's own code (src/data/chart-inputs.ts, through the briefing pack's chart specs),
 * lays out with the chart kit and renders with the kit's export module; PNG is rasterised with
 * resvg and the Noto CJK fonts.
 *
 * `npm run export -- --format pptx --out FILE --chart ID [--chart ID …] [filters]`: a briefing
 * pack, one 16:9 slide per chart with the same filters (src/features/briefing-pack/pptx.ts,
 * as the dashboard's "Download PowerPoint"). See docs/export.md.
 */
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { Resvg } from '@resvg/resvg-js'
import { CHART_STRINGS } from '../src/i18n/charts'
import { en } from '../src/i18n/en'
import { ja } from '../src/i18n/ja'
import { ko } from '../src/i18n/ko'
import type { Messages } from '../src/i18n/en'
import { renderChartDocument } from '../src/charts/export'
import type { Dataset } from '../src/data/api-v1'
import { COHORT_IDS } from '../src/domain/age-bands'
import type { Lang } from '../src/domain/format'
import {
  CHART_IDS,
  buildChartSpec,
  viewLink,
  type ChartId,
  type ExportSpec,
} from '../src/features/briefing-pack/chart-spec'
import { renderPackPage } from '../src/features/briefing-pack/pack-page'
import { buildPackDeck, type PackSlide } from '../src/features/briefing-pack/pptx'
import { layoutSlide } from '../src/features/briefing-pack/slide-layout'
import { defaultDataDir, loadDatasetFromDir } from '../src/server/load-dataset'
import {
  LANGS,
  MEASURES,
  RESPONDENTS,
  parseDashboardState,
  type DashboardState,
} from '../src/url/state'

export { CHART_IDS, type ExportSpec }

const USAGE = `usage: npm run export -- --chart ${CHART_IDS.join('|')} --format svg|png --out FILE
       npm run export -- --format pptx --out FILE --chart ID [--chart ID …]
  [--age ${COHORT_IDS.join('|')}] [--from YYYY] [--to YYYY] [--lang ${LANGS.join('|')}]
  [--theme light|dark] [--respondents ${RESPONDENTS.join('|')}] [--sources a,b]
  [--measure ${MEASURES.join('|')}] [--mode annual|monthly] [--leaders] [--sampling-error]
  [--width 960] [--height 540] [--scale 2] [--base-url URL] [--data DIR]`

/** A bad command line: exit 2 with this one-line message. */
class UsageError extends Error {}

const NOTO_DIR = '/usr/share/fonts/opentype/noto'
const NOTO_FILES = ['NotoSansCJK-Regular.ttc', 'NotoSansCJK-Bold.ttc']

export interface ExportArgs {
  /** The (first) chart; svg and png take exactly one. */
  chart: ChartId
  /** Every `--chart`, in order: the slides of a pptx pack. */
  charts: ChartId[]
  format: 'svg' | 'png' | 'pptx'
  out: string
  state: DashboardState
  theme: 'light' | 'dark'
  mode: 'annual' | 'monthly'
  leaders: boolean
  samplingError: boolean
  width: number
  height: number
  scale: number
  baseUrl: string
  dataDir: string
}

function int(name: string, raw: string | undefined, fallback: number, min: number, max: number) {
  if (raw === undefined) return fallback
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max)
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got "${raw}"`)
  return Number(raw)
}

/** Parses and validates the command line (throws UsageError). */
export function parseExportArgs(argv: string[]): ExportArgs {
  let values: Record<string, string | boolean | string[] | undefined>
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        chart: { type: 'string', multiple: true },
        format: { type: 'string' },
        out: { type: 'string', short: 'o' },
        age: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        lang: { type: 'string' },
        theme: { type: 'string' },
        respondents: { type: 'string' },
        sources: { type: 'string' },
        measure: { type: 'string' },
        mode: { type: 'string' },
        leaders: { type: 'boolean' },
        'sampling-error': { type: 'boolean' },
        width: { type: 'string' },
        height: { type: 'string' },
        scale: { type: 'string' },
        'base-url': { type: 'string' },
        data: { type: 'string' },
      },
    }).values
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0] ?? 'bad arguments')
  }
  const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined)
  const charts = Array.isArray(values.chart) ? values.chart : []
  if (charts.length === 0)
    throw new UsageError(`--chart is required (one of: ${CHART_IDS.join(', ')})`)
  for (const chart of charts)
    if (!(CHART_IDS as readonly string[]).includes(chart))
      throw new UsageError(`unknown chart "${chart}"; valid: ${CHART_IDS.join(', ')}`)
  const out = str('out')
  if (!out) throw new UsageError('--out FILE is required')
  const format = str('format') ?? path.extname(out).slice(1).toLowerCase()
  if (format !== 'svg' && format !== 'png' && format !== 'pptx')
    throw new UsageError(
      `--format must be svg or png (or pptx for a briefing pack), got "${str('format') ?? ''}"`,
    )
  if (format !== 'pptx' && charts.length > 1)
    throw new UsageError(
      `--chart is given ${charts.length} times: ${format} takes one chart (repeat --chart with --format pptx for a pack)`,
    )
  if (format === 'pptx')
    for (const k of ['width', 'height'])
      if (str(k) !== undefined)
        throw new UsageError(
          `--${k} does not apply to pptx (slides are 16:9, the image fills them)`,
        )
  const theme = str('theme') ?? 'light'
  if (theme !== 'light' && theme !== 'dark')
    throw new UsageError(`--theme must be light or dark, got "${theme}"`)
  const mode = str('mode') ?? 'annual'
  if (mode !== 'annual' && mode !== 'monthly')
    throw new UsageError(`--mode must be annual or monthly, got "${mode}"`)

  // The dashboard's own URL parser validates the filters, so a CLI view is a dashboard view.
  const params = new URLSearchParams()
  for (const k of ['age', 'from', 'to', 'lang', 'respondents', 'sources', 'measure']) {
    const v = str(k)
    if (v !== undefined) params.set(k, v)
  }
  const { state, ignored } = parseDashboardState(params)
  const expected: Record<string, string> = {
    age: COHORT_IDS.join(', '),
    from: 'a year YYYY',
    to: 'a year YYYY not before --from',
    lang: LANGS.join(', '),
    respondents: RESPONDENTS.join(', '),
    sources: 'comma-separated source ids',
    measure: MEASURES.join(', '),
  }
  const bad = ignored[0]
  if (bad)
    throw new UsageError(
      `--${bad.name} "${bad.value}" is not valid: expected ${expected[bad.name]}`,
    )
  state.theme = theme

  const scaleRaw = str('scale')
  // a pack's images are 2× by default: sharp on a projector and in print
  const scale = scaleRaw === undefined ? (format === 'pptx' ? 2 : 1) : Number(scaleRaw)
  if (!Number.isFinite(scale) || scale < 0.5 || scale > 4)
    throw new UsageError(`--scale must be a number from 0.5 to 4, got "${scaleRaw}"`)
  if (format === 'svg' && scaleRaw !== undefined && scale !== 1)
    throw new UsageError('--scale applies to PNG only')

  const baseUrl = str('base-url') ?? process.env.ROKJP_PULSE_URL ?? 'http://localhost:5173/'
  try {
    new URL(baseUrl)
  } catch {
    throw new UsageError(`--base-url must be an absolute URL, got "${baseUrl}"`)
  }
  return {
    chart: charts[0] as ChartId,
    charts: charts as ChartId[],
    format,
    out,
    state,
    theme,
    mode,
    leaders: values.leaders === true,
    samplingError: values['sampling-error'] === true,
    width: int('width', str('width'), 960, 320, 4000),
    height: int('height', str('height'), 540, 200, 4000),
    scale,
    baseUrl,
    dataDir: str('data') ?? defaultDataDir,
  }
}

function specFor(dataset: Dataset, args: ExportArgs, chart: ChartId, link: string): ExportSpec {
  return buildChartSpec(
    dataset,
    {
      chart,
      state: args.state,
      mode: args.mode,
      leaders: args.leaders,
      samplingError: args.samplingError,
      link,
    },
    CHART_STRINGS[args.state.lang],
  )
}

/** The chart for a view, built with the dashboard's selection and the kit's layouts. */
export function buildSpec(dataset: Dataset, args: ExportArgs): ExportSpec {
  return specFor(dataset, args, args.chart, viewLink(args.state, args.baseUrl))
}

const MESSAGES: Record<Lang, Messages> = { en, ko, ja }

/**
 * The pack of `args.charts` as a .pptx file: each chart's spec rendered as a pack page (the
 * image sized to what the slide's text leaves), rasterised at `args.scale`, one slide each.
 */
export async function buildPack(dataset: Dataset, args: ExportArgs): Promise<Buffer> {
  const lang = args.state.lang
  const labels = CHART_STRINGS[lang].labels
  const m = MESSAGES[lang]
  const slides: PackSlide[] = args.charts.map((chart) => {
    let spec: ExportSpec
    try {
      // a slide's link opens the view at its chart
      spec = specFor(dataset, args, chart, viewLink(args.state, args.baseUrl, chart))
    } catch (e) {
      throw new Error(`${chart}: ${(e as Error).message}`)
    }
    const page = renderPackPage(spec, {
      chart,
      box: (text) => layoutSlide(text, labels, m['pack.more']).imageBox,
      theme: args.theme,
      lang,
      labels,
    })
    const png = rasterize(page.image.svg, args.scale, lang)
    return { page, pngBase64: png.toString('base64') }
  })
  const deck = buildPackDeck(slides, {
    lang,
    theme: args.theme,
    labels,
    title: m['pack.deckTitle'],
    more: m['pack.more'],
  })
  return (await deck.write({ outputType: 'nodebuffer' })) as Buffer
}

/** Font files for resvg: the Noto Sans CJK collections when installed (CI installs them). */
export function fontFiles(): string[] {
  return NOTO_FILES.map((f) => path.join(NOTO_DIR, f)).filter((f) => existsSync(f))
}

/** Rasterises an SVG document at `scale` with resvg. */
export function rasterize(svg: string, scale: number, lang: Lang): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      fontFiles: fontFiles(),
      loadSystemFonts: true,
      defaultFontFamily: lang === 'ja' ? 'Noto Sans CJK JP' : 'Noto Sans CJK KR',
    },
  })
  return resvg.render().asPng()
}

export async function main(argv: string[]): Promise<number> {
  const started = performance.now()
  let args: ExportArgs
  try {
    args = parseExportArgs(argv)
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`export: ${e.message}\n${USAGE}\n`)
      return 2
    }
    throw e
  }
  let dataset: Dataset
  try {
    dataset = await loadDatasetFromDir(args.dataDir)
  } catch (e) {
    process.stderr.write(`export: cannot read data: ${(e as Error).message}\n`)
    return 1
  }
  if (args.format === 'pptx') {
    let pptx: Buffer
    try {
      pptx = await buildPack(dataset, args)
    } catch (e) {
      process.stderr.write(`export: ${(e as Error).message}\n`)
      return 1
    }
    await mkdir(path.dirname(path.resolve(args.out)), { recursive: true })
    await writeFile(args.out, pptx)
    const ms = Math.round(performance.now() - started)
    const n = args.charts.length
    process.stdout.write(
      `wrote ${args.out} (PPTX, ${n} slide${n === 1 ? '' : 's'}: ${args.charts.join(', ')}; images ${args.scale}×) in ${ms} ms\n`,
    )
    return 0
  }
  let spec: ExportSpec
  try {
    spec = buildSpec(dataset, args)
  } catch (e) {
    process.stderr.write(`export: ${(e as Error).message}\n`)
    return 1
  }
  const doc = renderChartDocument({
    plots: spec.plots,
    caption: spec.caption,
    size: { width: args.width, height: args.height },
    theme: args.theme,
    lang: args.state.lang,
    labels: CHART_STRINGS[args.state.lang].labels,
    description: spec.description,
  })
  await mkdir(path.dirname(path.resolve(args.out)), { recursive: true })
  let dims = `${doc.width}×${doc.height} px`
  if (args.format === 'svg') await writeFile(args.out, doc.svg, 'utf8')
  else {
    const png = rasterize(doc.svg, args.scale, args.state.lang)
    await writeFile(args.out, png)
    dims = `${png.readUInt32BE(16)}×${png.readUInt32BE(20)} px`
    if (args.scale !== 1) dims += `; ${args.scale}× of ${doc.width}×${doc.height}`
  }
  const ms = Math.round(performance.now() - started)
  process.stdout.write(`wrote ${args.out} (${args.format.toUpperCase()}, ${dims}) in ${ms} ms\n`)
  return 0
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)
if (isMain) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`export: ${e instanceof Error ? e.message : String(e)}\n`)
      process.exit(1)
    },
  )
}
