/**
 * Which series each chart loads for a view, and how their rows become the chart's data and
 * caption pieces. Shared by the dashboard features (through React Query) and `npm run export`
 * (reading data/processed from disk), so an exported image shows exactly what the dashboard
 * shows for the same view. Pure: no fetching, no React.
 */
import type { CohortGroupDatum, TimeSeriesDatum } from '../charts/core/types'
import { COHORTS, bandsForCohort, type CohortId } from '../domain/age-bands'
import {
  COHORT_SERIES,
  FAVORABILITY_SERIES,
  MEASURE_SERIES,
  OPINION_VS_TOURISM,
  TOURISM_SERIES,
  type ChartSeriesRef,
  type Direction,
} from '../domain/chart-series'
import { DIRECTION_COLORS } from '../domain/palette'
import type { ChartStrings } from '../i18n/charts'
import { fill } from '../i18n/fill'
import type { ObservationRow, SeriesMeta } from './schemas'
import { selectTimeSeries, toCohortGroups, withinYears } from './transforms'

/** The parts of the dashboard state that decide a chart's data (structural; see src/url). */
export interface ChartView {
  age: CohortId
  from: number | null
  to: number | null
  respondents: 'both' | 'KR' | 'JP'
  sources: readonly string[]
  /** Opinion measure of the trend chart; default favourable. */
  measure?: keyof typeof MEASURE_SERIES
}

/** One loaded series: its declaration, metadata and observation rows. */
export interface ChartInput<R extends ChartSeriesRef = ChartSeriesRef> {
  ref: R
  meta: SeriesMeta
  rows: readonly ObservationRow[]
}

/** Strings the chart inputs need (a subset of {@link ChartStrings}). */
export type ChartInputStrings = Pick<
  ChartStrings,
  'breaks' | 'missingForCohort' | 'approximateBand' | 'direction' | 'cohorts' | 'seriesLabels'
>

/** Inputs whose short legend labels are in the reader's language (English where none is given). */
function localised(
  inputs: readonly ChartInput[],
  s: Pick<ChartStrings, 'seriesLabels'>,
): ChartInput[] {
  return inputs.map((i) => {
    const label = s.seriesLabels[i.ref.label]
    return label ? { ...i, ref: { ...i.ref, label } } : i
  })
}

/** The label of a cohort id in the reader's language (English without strings). */
export function cohortLabel(age: CohortId, s?: Pick<ChartStrings, 'cohorts'>): string {
  return s?.cohorts[age] ?? COHORTS.find((c) => c.id === age)?.label ?? age
}

/** Directions the view shows, in display order. */
export function viewDirections(respondents: ChartView['respondents']): Direction[] {
  return respondents === 'both' ? ['KR-JP', 'JP-KR'] : respondents === 'KR' ? ['KR-JP'] : ['JP-KR']
}

const byView = (view: Pick<ChartView, 'respondents' | 'sources'>) => (r: ChartSeriesRef) =>
  (view.respondents === 'both' || r.direction.startsWith(view.respondents)) &&
  (view.sources.length === 0 || view.sources.includes(r.family))

// ---------------------------------------------------------------------------------------------
// favorability-trend

/** Series of the favourability chart for the view's directions and source families. */
export function favorabilityRefs(
  view: Pick<ChartView, 'respondents' | 'sources' | 'measure'>,
): ChartSeriesRef[] {
  return MEASURE_SERIES[view.measure ?? 'favourable'].filter(byView(view))
}

/** One facet (direction) of the favourability chart. */
export interface FavorabilityFacet {
  direction: Direction
  series: TimeSeriesDatum[]
  /** Years with data (for the range control). */
  years: number[]
  notes: string[]
  /** Source organisations of the drawn series. */
  sources: string[]
}

/** The favourability chart's facets: one per direction, the cohort's best band per series. */
export function favorabilityFacets(
  inputs: readonly ChartInput[],
  view: Pick<ChartView, 'age' | 'respondents'>,
  s: ChartInputStrings,
): FavorabilityFacet[] {
  const label = cohortLabel(view.age, s)
  const local = localised(inputs, s)
  return viewDirections(view.respondents).map((direction) => {
    const own = local.filter((i) => i.ref.direction === direction)
    const selection = selectTimeSeries(own, view.age, (k) => s.breaks[k])
    const series = selection.lines.map((l) => l.datum)
    const years = series.flatMap((d) => d.points.map((p) => Number(p.period.slice(0, 4))))
    const notes: string[] = []
    if (selection.missing.length && view.age !== 'all')
      notes.push(
        fill(s.missingForCohort, {
          cohort: label,
          sources: [...new Set(selection.missing.map((m) => m.label))].join('; '),
        }),
      )
    for (const l of selection.lines)
      if (!l.exact && l.reason)
        notes.push(fill(s.approximateBand, { band: l.datum.label, reason: l.reason }))
    const sources = [
      ...new Set(
        own.filter((i) => series.some((d) => d.key === i.ref.id)).map((i) => i.meta.sourceOrg),
      ),
    ]
    return { direction, series, years, notes, sources }
  })
}

// ---------------------------------------------------------------------------------------------
// age-cohorts

/** Series of the age-cohort chart for the view. */
export function cohortRefs(view: Pick<ChartView, 'respondents' | 'sources'>): ChartSeriesRef[] {
  return COHORT_SERIES.filter(byView(view))
}

export interface CohortView {
  groups: CohortGroupDatum[]
  /** Per group (series id), the published band that serves the selected cohort. */
  highlight: Record<string, string> | null
  notes: string[]
  sources: string[]
}

/** Age-cohort groups from the rows within the view's years, with the cohort's band. */
export function cohortView(
  inputs: readonly ChartInput[],
  view: Pick<ChartView, 'age' | 'from' | 'to'>,
  s: ChartInputStrings,
): CohortView {
  const inRange = localised(inputs, s).map((i) => ({
    ...i,
    rows: withinYears(i.rows, view.from, view.to),
  }))
  const groups = toCohortGroups(inRange)
  const notes: string[] = []
  let highlight: Record<string, string> | null = null
  if (view.age !== 'all') {
    // each source's own best band: exact first, else an approximate one, said so in a note
    highlight = {}
    for (const g of groups) {
      const best = bandsForCohort(
        view.age,
        g.points.map((p) => p.band),
      )[0]
      if (!best) continue
      highlight[g.key] = best.band
      if (!best.exact && best.reason)
        notes.push(
          fill(s.approximateBand, { band: `${g.label}: ${best.band}`, reason: best.reason }),
        )
    }
    const without = groups.filter(
      (g) =>
        bandsForCohort(
          view.age,
          g.points.map((p) => p.band),
        ).length === 0,
    )
    if (without.length)
      notes.push(
        fill(s.missingForCohort, {
          cohort: cohortLabel(view.age, s),
          sources: without.map((g) => g.label).join('; '),
        }),
      )
  }
  // credit only the sources whose bands are drawn (a range can leave a source without any)
  const sources = [...new Set(groups.map((g) => g.source).filter((o): o is string => !!o))]
  return { groups, highlight, notes, sources }
}

// ---------------------------------------------------------------------------------------------
// tourism-flows

const TOURISM_REFS: readonly ChartSeriesRef[] = [
  ...TOURISM_SERIES.annual,
  ...TOURISM_SERIES.monthly,
]

/** Annual and monthly visitor series for the view's directions. */
export function tourismRefs(view: Pick<ChartView, 'respondents'>): ChartSeriesRef[] {
  return TOURISM_REFS.filter(
    (r) => view.respondents === 'both' || r.direction.startsWith(view.respondents),
  )
}

export interface TourismView {
  series: TimeSeriesDatum[]
  years: number[]
  sources: string[]
  notes: string[]
}

/** Visitor counts (published for all ages only: the cohort filter does not apply). */
export function tourismView(inputs: readonly ChartInput[], s: ChartInputStrings): TourismView {
  const { lines } = selectTimeSeries(localised(inputs, s), 'all', (k) => s.breaks[k])
  const series = lines.map((l) => l.datum)
  const years = series.flatMap((d) => d.points.map((p) => Number(p.period.slice(0, 4))))
  const sources = [...new Set(inputs.map((i) => i.meta.sourceOrg))]
  const notes = inputs.flatMap((i) =>
    i.meta.breaks.map((b) => `${i.ref.label}, ${b.period}: ${b.note}`),
  )
  return { series, years, sources, notes }
}

// ---------------------------------------------------------------------------------------------
// opinion-vs-tourism

const OPINION_TOURISM_REFS: readonly ChartSeriesRef[] = [
  ...FAVORABILITY_SERIES,
  ...TOURISM_SERIES.annual,
]

/** Each direction's sentiment series and its matching visitor flow. */
export function opinionTourismRefs(view: Pick<ChartView, 'respondents'>): {
  opinion: ChartSeriesRef[]
  tourism: ChartSeriesRef[]
} {
  const pick = (id: string) => OPINION_TOURISM_REFS.find((r) => r.id === id)
  const opinion: ChartSeriesRef[] = []
  const tourism: ChartSeriesRef[] = []
  for (const d of viewDirections(view.respondents)) {
    const o = pick(OPINION_VS_TOURISM[d].opinionId)
    const t = pick(OPINION_VS_TOURISM[d].tourismId)
    if (o) opinion.push(o)
    if (t) tourism.push(t)
  }
  return { opinion, tourism }
}

export interface OpinionTourismView {
  opinion: TimeSeriesDatum[]
  tourism: TimeSeriesDatum[]
  years: number[]
  sources: string[]
}

/**
 * Opinion lines above, visitor lines below. Colour means direction here (Koreans→Japan,
 * Japanese→Korea) in both panels, so the eye pairs each opinion line with its travel line.
 */
export function opinionTourismView(
  inputs: readonly ChartInput[],
  groups: { opinion: readonly ChartSeriesRef[]; tourism: readonly ChartSeriesRef[] },
  s: ChartInputStrings,
): OpinionTourismView {
  const directionOf = new Map(
    [...groups.opinion, ...groups.tourism].map((r) => [r.id, r.direction]),
  )
  const isOpinion = new Set(groups.opinion.map((r) => r.id))
  const lines = (opinionPanel: boolean) =>
    selectTimeSeries(
      localised(inputs, s).filter((i) => isOpinion.has(i.ref.id) === opinionPanel),
      'all',
      (k) => s.breaks[k],
    ).lines.map((l) => {
      const direction = directionOf.get(l.datum.key) ?? 'KR-JP'
      return {
        ...l.datum,
        color: DIRECTION_COLORS[direction],
        label: opinionPanel ? `${s.direction[direction]}: ${l.datum.label}` : l.datum.label,
      }
    })
  const opinion = lines(true)
  const tourism = lines(false)
  const years = [...opinion, ...tourism].flatMap((d) =>
    d.points.map((p) => Number(p.period.slice(0, 4))),
  )
  const sources = [...new Set(inputs.map((i) => i.meta.sourceOrg))]
  return { opinion, tourism, years, sources }
}
