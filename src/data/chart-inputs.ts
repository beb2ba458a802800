/**
 * Which series each chart loads for a view, and how their rows become the chart's data and
 * caption pieces. Shared by the dashboard features (through React Query) and `npm run export`
 * (reading data/processed from disk), so an exported image shows exactly what the dashboard
 * shows for the same view. Pure: no fetching, no React.
 */
import type { CohortGroupDatum, TimeSeriesDatum } from '../charts/core/types'
import { COHORTS, bandsForCohort, cohortOf, type CohortId } from '../domain/age-bands'
import { isPeopleMeasure, questionFamilyOf, type OpinionMeasure } from '../domain/measures'
import { DIRECTION_COLORS, type Direction } from '../domain/palette'
import type { ChartStrings } from '../i18n/charts'
import { fill } from '../i18n/fill'
import type { ObservationRow, SeriesMeta } from './schemas'
import type { SeriesProfile } from './series-profile'
import { selectTimeSeries, toCohortGroups, withinYears } from './transforms'

/** The parts of the dashboard state that decide a chart's data (structural; see src/url). */
export interface ChartView {
  age: CohortId
  from: number | null
  to: number | null
  respondents: 'both' | 'KR' | 'JP'
  /** Source families to show; empty, or naming none the data has, means all. */
  sources: readonly string[]
  /** Opinion measure of the trend chart; default favourable. */
  measure?: OpinionMeasure
}

/** One loaded series: its profile, metadata and observation rows. */
export interface ChartInput<R extends SeriesProfile = SeriesProfile> {
  ref: R
  meta: SeriesMeta
  rows: readonly ObservationRow[]
}

/** Strings the chart inputs need (a subset of {@link ChartStrings}). */
export type ChartInputStrings = Pick<
  ChartStrings,
  | 'breaks'
  | 'missingForCohort'
  | 'approximateBand'
  | 'direction'
  | 'travel'
  | 'cohorts'
  | 'questionFamilies'
  | 'aboutPeople'
>

/**
 * Visitor lines named so that the direction shows: a label the server chose is kept as it is
 * (it says who travels, e.g. "Koreans visiting Japan (JNTO)"); a label derived from the
 * publisher gets the direction in front ("Koreans to Japan: Strait Travel Bureau").
 */
function withTravel(inputs: readonly ChartInput[], s: Pick<ChartStrings, 'travel'>): ChartInput[] {
  return inputs.map((i) =>
    i.meta.label || !i.ref.direction
      ? i
      : { ...i, ref: { ...i.ref, label: `${s.travel[i.ref.direction]}: ${i.ref.label}` } },
  )
}

/** The label of a cohort id in the reader's language (English without strings). */
export function cohortLabel(age: CohortId, s?: Pick<ChartStrings, 'cohorts'>): string {
  return s?.cohorts[age] ?? COHORTS.find((c) => c.id === age)?.label ?? age
}

/** Directions the view shows, in display order. */
export function viewDirections(respondents: ChartView['respondents']): Direction[] {
  return respondents === 'both' ? ['KR-JP', 'JP-KR'] : respondents === 'KR' ? ['KR-JP'] : ['JP-KR']
}

/**
 * The view's filter on series: whose opinion, and which source families. Families the data does
 * not have are ignored (a link naming only unknown ones filters nothing, rather than emptying
 * every chart); the app reports them (src/app).
 */
function inView(
  profiles: readonly SeriesProfile[],
  view: Pick<ChartView, 'respondents' | 'sources'>,
): (p: SeriesProfile) => boolean {
  const families = new Set(profiles.map((p) => p.family))
  const chosen = new Set(view.sources.filter((f) => families.has(f)))
  return (p) =>
    p.direction !== null &&
    (view.respondents === 'both' || p.meta.respondents === view.respondents) &&
    (chosen.size === 0 || chosen.has(p.family))
}

/** Source families a `sources` filter may name: those of the opinion series, in legend order. */
export function sourceFamilies(
  profiles: readonly SeriesProfile[],
): { family: string; label: string }[] {
  const out = new Map<string, string>()
  for (const p of profiles)
    if (p.topic === 'opinion' && p.direction !== null && !out.has(p.family))
      out.set(p.family, p.sourceLabel)
  return [...out].map(([family, label]) => ({ family, label }))
}

// ---------------------------------------------------------------------------------------------
// favorability-trend

/**
 * Series of the favourability chart for the view: opinion series of the chosen measure group,
 * each source's primary one, in the view's directions and families. The cohort does not narrow
 * them (a cohort click redraws from loaded rows; sources without its band are named in a note).
 */
export function favorabilityRefs(
  profiles: readonly SeriesProfile[],
  view: Pick<ChartView, 'respondents' | 'sources' | 'measure'>,
): SeriesProfile[] {
  const measure = view.measure ?? 'favourable'
  const filter = inView(profiles, view)
  return profiles.filter(
    (p) => p.topic === 'opinion' && p.measureGroup === measure && p.primary && filter(p),
  )
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
  /** The short label of each of `sources` (the series' `sourceLabel`), for a compact source line. */
  sourceLabels: string[]
}

/**
 * A favourability line labelled with its question's wording family ("Gallup Korea · like",
 * "Genron NPO/EAI · good impression"), and "the people" where the question was about them, so
 * that polls asking different things are not read as one measure.
 */
function withQuestionFamily(
  datum: TimeSeriesDatum,
  ref: SeriesProfile | undefined,
  s: Pick<ChartStrings, 'questionFamilies' | 'aboutPeople'>,
): TimeSeriesDatum {
  if (!ref || ref.measureGroup !== 'favourable') return datum
  const family = questionFamilyOf(ref.meta.measure, ref.meta.unit)
  if (!family) return datum
  const people = isPeopleMeasure(ref.meta.measure) ? `, ${s.aboutPeople}` : ''
  return { ...datum, label: `${datum.label} · ${s.questionFamilies[family]}${people}` }
}

/** The favourability chart's facets: one per direction, the cohort's best band per series. */
export function favorabilityFacets(
  inputs: readonly ChartInput[],
  view: Pick<ChartView, 'age' | 'respondents'>,
  s: ChartInputStrings,
): FavorabilityFacet[] {
  const label = cohortLabel(view.age, s)
  return viewDirections(view.respondents).map((direction) => {
    const own = inputs.filter((i) => i.ref.direction === direction)
    const selection = selectTimeSeries(own, view.age, (k) => s.breaks[k])
    const byId = new Map(own.map((i) => [i.ref.id, i.ref]))
    const series = selection.lines.map((l) => withQuestionFamily(l.datum, byId.get(l.datum.key), s))
    const years = series.flatMap((d) => d.points.map((p) => Number(p.period.slice(0, 4))))
    const { missing } = selection
    const notes: string[] = []
    if (missing.length && view.age !== 'all')
      notes.push(
        fill(s.missingForCohort, {
          cohort: label,
          sources: [...new Set(missing.map((m) => m.label))].join('; '),
        }),
      )
    for (const l of selection.lines)
      if (!l.exact && l.reason)
        notes.push(fill(s.approximateBand, { band: l.datum.label, reason: l.reason }))
    const drawn = own.filter((i) => series.some((d) => d.key === i.ref.id))
    const sources = [...new Set(drawn.map((i) => i.meta.sourceOrg))]
    const sourceLabels = sources.map(
      (org) => drawn.find((i) => i.meta.sourceOrg === org)?.ref.sourceLabel ?? org,
    )
    return { direction, series, years, notes, sources, sourceLabels }
  })
}

// ---------------------------------------------------------------------------------------------
// age-cohorts

/**
 * Series of the age-cohort chart for the view: primary favourable-opinion series that publish at
 * least one age band serving a cohort (alternative wordings and one-sex slices stay in the tables).
 */
export function cohortRefs(
  profiles: readonly SeriesProfile[],
  view: Pick<ChartView, 'respondents' | 'sources'>,
): SeriesProfile[] {
  const filter = inView(profiles, view)
  return profiles.filter(
    (p) =>
      p.topic === 'opinion' &&
      p.measureGroup === 'favourable' &&
      p.primary &&
      p.meta.ageGroups.some((b) => b !== 'all' && cohortOf(b).length > 0) &&
      filter(p),
  )
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
  const inRange = inputs.map((i) => ({
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

/** Visitor flows (counts of trips, all ages) a chart may draw, each source's primary one. */
function flowSeries(profiles: readonly SeriesProfile[]): SeriesProfile[] {
  return profiles.filter(
    (p) =>
      p.topic === 'tourism' &&
      p.measureGroup === 'flow' &&
      p.primary &&
      p.direction !== null &&
      p.meta.ageGroups.includes('all'),
  )
}

/** Annual and monthly visitor series for the view's directions. */
export function tourismRefs(
  profiles: readonly SeriesProfile[],
  view: Pick<ChartView, 'respondents'>,
): SeriesProfile[] {
  return flowSeries(profiles).filter(
    (p) => view.respondents === 'both' || p.meta.respondents === view.respondents,
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
  const { lines } = selectTimeSeries(withTravel(inputs, s), 'all', (k) => s.breaks[k])
  const series = lines.map((l) => l.datum)
  const years = series.flatMap((d) => d.points.map((p) => Number(p.period.slice(0, 4))))
  const sources = [...new Set(inputs.map((i) => i.meta.sourceOrg))]
  const notes = inputs.flatMap((i) =>
    i.ref.breaks.map((b) => `${i.ref.label}, ${b.period}: ${b.note}`),
  )
  return { series, years, sources, notes }
}

// ---------------------------------------------------------------------------------------------
// opinion-vs-tourism

const observationsOf = (p: SeriesProfile) => p.meta.coverage?.observations ?? 0

/** The candidate with the most observations; the first in legend order on a tie. */
function longest(candidates: readonly SeriesProfile[]): SeriesProfile | undefined {
  let best: SeriesProfile | undefined
  for (const c of candidates) if (!best || observationsOf(c) > observationsOf(best)) best = c
  return best
}

/**
 * Each direction's sentiment series and its matching visitor flow. Sentiment: the survey asked
 * in both directions with the most observations (so the two lines are one question), else each
 * direction's longest favourable series in percent; flow: each direction's longest annual
 * visitor count. Chosen over every series, then cut to the view, so a filter never swaps them.
 */
export function opinionTourismRefs(
  profiles: readonly SeriesProfile[],
  view: Pick<ChartView, 'respondents'>,
): { opinion: SeriesProfile[]; tourism: SeriesProfile[] } {
  const opinion = profiles.filter(
    (p) =>
      p.topic === 'opinion' &&
      p.measureGroup === 'favourable' &&
      p.primary &&
      p.meta.unit === 'percent' &&
      p.direction !== null &&
      p.meta.ageGroups.includes('all'),
  )
  const bySurvey = new Map<string, Map<Direction, SeriesProfile>>()
  for (const p of opinion) {
    const key = `${p.family}\u0000${p.meta.survey}`
    const dirs = bySurvey.get(key) ?? new Map<Direction, SeriesProfile>()
    const seen = dirs.get(p.direction as Direction)
    if (!seen || observationsOf(p) > observationsOf(seen)) dirs.set(p.direction as Direction, p)
    bySurvey.set(key, dirs)
  }
  let pair: Map<Direction, SeriesProfile> | undefined
  let pairScore = -1
  for (const dirs of bySurvey.values()) {
    const kr = dirs.get('KR-JP')
    const jp = dirs.get('JP-KR')
    if (!kr || !jp) continue
    const score = Math.min(observationsOf(kr), observationsOf(jp))
    if (score > pairScore) {
      pair = dirs
      pairScore = score
    }
  }
  const flows = flowSeries(profiles).filter(
    (p) => p.cadence !== 'monthly' && p.meta.granularity !== 'month',
  )
  const out = { opinion: [] as SeriesProfile[], tourism: [] as SeriesProfile[] }
  for (const d of viewDirections(view.respondents)) {
    const o = pair?.get(d) ?? longest(opinion.filter((p) => p.direction === d))
    const t = longest(flows.filter((p) => p.direction === d))
    if (o) out.opinion.push(o)
    if (t) out.tourism.push(t)
  }
  return out
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
  groups: { opinion: readonly SeriesProfile[]; tourism: readonly SeriesProfile[] },
  s: ChartInputStrings,
): OpinionTourismView {
  const directionOf = new Map(
    [...groups.opinion, ...groups.tourism].map((r) => [r.id, r.direction]),
  )
  const isOpinion = new Set(groups.opinion.map((r) => r.id))
  const lines = (opinionPanel: boolean) =>
    selectTimeSeries(
      (opinionPanel ? inputs : withTravel(inputs, s)).filter(
        (i) => isOpinion.has(i.ref.id) === opinionPanel,
      ),
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
