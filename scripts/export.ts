/**
 * `npm run export -- --chart ID --format svg|png --out FILE [filters]`: one chart as a static
 * image with its title, subtitle, legend, source line, notes, method breaks and a link back,
 * without a browser or a server. Reads data/processed, selects and transforms the rows with
 * the dashboard's own code (src/data/chart-inputs.ts), lays out with the chart kit and renders
 * with the kit's export module; PNG is rasterised with resvg and the Noto CJK fonts.
 * See docs/export.md.
 */
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { Resvg } from '@resvg/resvg-js'
import { layoutAgeCohorts } from '../src/charts/age-cohorts/layout'
import { yearsToRange } from '../src/charts/brush/range-control'
import { layoutFavorabilityTrend } from '../src/charts/favorability-trend/layout'
import { layoutOpinionVsTourism } from '../src/charts/opinion-vs-tourism/layout'
import { layoutTourismFlows } from '../src/charts/tourism-flows/layout'
import { renderChartDocument, type ExportCaption, type ExportPlot } from '../src/charts/export'
import type { Size } from '../src/charts/core/types'
import {
  cohortLabel,
  cohortRefs,
  cohortView,
  favorabilityFacets,
  favorabilityRefs,
  opinionTourismRefs,
  opinionTourismView,
  tourismRefs,
  tourismView,
  type ChartInput,
} from '../src/data/chart-inputs'
import type { Dataset } from '../src/data/api-v1'
import { toEventData, toLeaderData } from '../src/data/transforms'
import { profileSeriesList, type SeriesProfile } from '../src/data/series-profile'
import { CANONICAL_BAND_ORDER, COHORT_IDS } from '../src/domain/age-bands'
import { createFormatters, type Lang } from '../src/domain/format'
import { CHART_STRINGS, fill } from '../src/i18n/charts'
import { defaultDataDir, loadDatasetFromDir } from '../src/server/load-dataset'
import { rangeFromState } from '../src/ui/feature-props'
import {
  LANGS,
  RESPONDENTS,
  parseDashboardState,
  serializeDashboardState,
  type DashboardState,
} from '../src/url/state'

export const CHART_IDS = [
  'favorability-trend',
  'age-cohorts',
  'tourism-flows',
  'opinion-vs-tourism',
] as const
type ChartId = (typeof CHART_IDS)[number]

const USAGE = `usage: npm run export -- --chart ${CHART_IDS.join('|')} --format svg|png --out FILE
  [--age ${COHORT_IDS.join('|')}] [--from YYYY] [--to YYYY] [--lang ${LANGS.join('|')}]
  [--theme light|dark] [--respondents ${RESPONDENTS.join('|')}] [--sources a,b]
  [--mode annual|monthly] [--leaders] [--sampling-error]
  [--width 960] [--height 540] [--scale 2] [--base-url URL] [--data DIR]`

/** A bad command line: exit 2 with this one-line message. */
class UsageError extends Error {}

const NOTO_DIR = '/usr/share/fonts/opentype/noto'
const NOTO_FILES = ['NotoSansCJK-Regular.ttc', 'NotoSansCJK-Bold.ttc']

export interface ExportArgs {
  chart: ChartId
  format: 'svg' | 'png'
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
  let values: Record<string, string | boolean | undefined>
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        chart: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string', short: 'o' },
        age: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        lang: { type: 'string' },
        theme: { type: 'string' },
        respondents: { type: 'string' },
        sources: { type: 'string' },
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
  const chart = str('chart')
  if (!chart) throw new UsageError(`--chart is required (one of: ${CHART_IDS.join(', ')})`)
  if (!(CHART_IDS as readonly string[]).includes(chart))
    throw new UsageError(`unknown chart "${chart}"; valid: ${CHART_IDS.join(', ')}`)
  const out = str('out')
  if (!out) throw new UsageError('--out FILE is required')
  const format = str('format') ?? path.extname(out).slice(1).toLowerCase()
  if (format !== 'svg' && format !== 'png')
    throw new UsageError(`--format must be svg or png, got "${str('format') ?? ''}"`)
  const theme = str('theme') ?? 'light'
  if (theme !== 'light' && theme !== 'dark')
    throw new UsageError(`--theme must be light or dark, got "${theme}"`)
  const mode = str('mode') ?? 'annual'
  if (mode !== 'annual' && mode !== 'monthly')
    throw new UsageError(`--mode must be annual or monthly, got "${mode}"`)

  // The dashboard's own URL parser validates the filters, so a CLI view is a dashboard view.
  const params = new URLSearchParams()
  for (const k of ['age', 'from', 'to', 'lang', 'respondents', 'sources']) {
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
  }
  const bad = ignored[0]
  if (bad)
    throw new UsageError(
      `--${bad.name} "${bad.value}" is not valid: expected ${expected[bad.name]}`,
    )
  state.theme = theme

  const scaleRaw = str('scale')
  const scale = scaleRaw === undefined ? 1 : Number(scaleRaw)
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
    chart: chart as ChartId,
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

function inputsFor(dataset: Dataset, refs: readonly SeriesProfile[]): ChartInput[] {
  return refs.map((ref) => ({ ref, meta: ref.meta, rows: dataset.observations[ref.id] ?? [] }))
}

/** What to draw: caption and the plots for a plot size. */
export interface ExportSpec {
  caption: ExportCaption
  plots: (size: Size) => ExportPlot[]
  description: string
}

/** The chart for a view, built with the dashboard's selection and the kit's layouts. */
export function buildSpec(dataset: Dataset, args: ExportArgs): ExportSpec {
  const { state } = args
  const s = CHART_STRINGS[state.lang]
  const format = createFormatters(state.lang)
  const labels = s.labels
  const events = toEventData(dataset.events)
  // the dashboard's own selection: series chosen by their metadata (src/data/chart-inputs.ts)
  const profiles = profileSeriesList(dataset.series, state.lang)
  const link = new URL(
    serializeDashboardState({ ...state, theme: 'auto' }) || '.',
    args.baseUrl,
  ).toString()
  const cohort = state.age === 'all' ? null : cohortLabel(state.age)
  const base = (id: ChartId, subtitleExtra: (string | null)[] = []) => ({
    title: s.titles[id],
    subtitle: [s.subtitles[id], ...subtitleExtra].filter(Boolean).join(' · '),
    link,
  })

  switch (args.chart) {
    case 'favorability-trend': {
      const facets = favorabilityFacets(
        inputsFor(dataset, favorabilityRefs(profiles, state)),
        state,
        s,
      )
      const drawn = facets.filter((f) => f.series.length > 0)
      if (drawn.length === 0)
        throw new Error(fill(s.noneForCohort, { cohort: cohort ?? s.allAges }))
      const leaders = args.leaders ? toLeaderData(dataset.leaders) : []
      return {
        caption: {
          ...base('favorability-trend', [cohort]),
          source: [...new Set(drawn.flatMap((f) => f.sources))].join('; '),
          notes: [
            ...facets.flatMap((f) => f.notes),
            ...facets
              .filter((f) => f.series.length === 0)
              .map(
                (f) =>
                  `${s.direction[f.direction]}: ${fill(s.noneForCohort, { cohort: cohort ?? s.allAges })}`,
              ),
          ],
        },
        plots: (size) =>
          drawn.map((f) => ({
            kind: 'time',
            heading:
              drawn.length > 1 || state.respondents !== 'both' ? s.direction[f.direction] : null,
            geometry: layoutFavorabilityTrend({ series: f.series, events, leaders }, size, {
              xRange: yearsToRange(rangeFromState(state, f.years)),
              samplingError: args.samplingError,
              format,
              labels,
            }),
          })),
        description: drawn
          .map((f) => `${s.direction[f.direction]}: ${f.series.map((d) => d.label).join(', ')}`)
          .join('; '),
      }
    }
    case 'age-cohorts': {
      const v = cohortView(inputsFor(dataset, cohortRefs(profiles, state)), state, s)
      if (v.groups.length === 0) throw new Error(labels.noData)
      return {
        caption: { ...base('age-cohorts', [cohort]), source: v.sources.join('; '), notes: v.notes },
        plots: (size) => [
          {
            kind: 'cohorts',
            geometry: layoutAgeCohorts(
              { groups: v.groups, bands: [...CANONICAL_BAND_ORDER] },
              size,
              { highlightBand: v.highlight, format, labels },
            ),
          },
        ],
        description: v.groups.map((g) => g.label).join('; '),
      }
    }
    case 'tourism-flows': {
      const v = tourismView(inputsFor(dataset, tourismRefs(profiles, state)), s)
      if (v.series.length === 0) throw new Error(labels.noData)
      return {
        caption: {
          ...base('tourism-flows', [args.mode === 'monthly' ? labels.monthly : labels.annual]),
          source: v.sources.join('; '),
          notes: v.notes,
        },
        plots: (size) => [
          {
            kind: 'time',
            geometry: layoutTourismFlows({ series: v.series, events }, size, {
              mode: args.mode,
              xRange: yearsToRange(rangeFromState(state, v.years)),
              format,
              labels,
            }),
          },
        ],
        description: v.series.map((d) => d.label).join('; '),
      }
    }
    case 'opinion-vs-tourism': {
      const groups = opinionTourismRefs(profiles, state)
      const v = opinionTourismView(
        inputsFor(dataset, [...groups.opinion, ...groups.tourism]),
        groups,
        s,
      )
      if (v.opinion.length + v.tourism.length === 0) throw new Error(labels.noData)
      return {
        caption: { ...base('opinion-vs-tourism'), source: v.sources.join('; ') },
        plots: (size) => [
          {
            kind: 'time',
            geometry: layoutOpinionVsTourism(
              { opinion: v.opinion, tourism: v.tourism, events },
              size,
              { xRange: yearsToRange(rangeFromState(state, v.years)), format, labels },
            ),
          },
        ],
        description: [...v.opinion, ...v.tourism].map((d) => d.label).join('; '),
      }
    }
  }
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
