/**
 * What one chart of a view draws and says, without a browser or React: its caption (title,
 * subtitle, source, notes, link) and its plots laid out for any size, built with the
 * dashboard's own selection (src/data/chart-inputs.ts) and the chart kit's layouts. Shared by
 * `npm run export` (data read from disk) and the briefing pack in the browser (data fetched
 * through the query cache), so a slide shows what the dashboard shows for the same view.
 */
import { layoutAgeCohorts } from '../../charts/age-cohorts/layout'
import { yearsToRange } from '../../charts/brush/range-control'
import type { Size } from '../../charts/core/types'
import type { ExportCaption, ExportPlot } from '../../charts/export'
import { layoutFavorabilityTrend } from '../../charts/favorability-trend/layout'
import { layoutOpinionVsTourism } from '../../charts/opinion-vs-tourism/layout'
import { layoutTourismFlows } from '../../charts/tourism-flows/layout'
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
} from '../../data/chart-inputs'
import type { EventRow, LeaderTermRow, ObservationRow, SeriesMeta } from '../../data/schemas'
import { profileSeriesList, type SeriesProfile } from '../../data/series-profile'
import { toEventData, toLeaderData } from '../../data/transforms'
import { CANONICAL_BAND_ORDER } from '../../domain/age-bands'
import { createFormatters } from '../../domain/format'
import type { ChartStrings } from '../../i18n/chart-strings'
import { fill } from '../../i18n/fill'
import { rangeFromState } from '../../ui/feature-props'
import type { DashboardState } from '../../url/state'
import { chartTitle, type ChartId } from './chart-ids'

export { CHART_IDS, chartTitle, isChartId, type ChartId } from './chart-ids'
export { viewLink } from './pack'

/** The rows a spec is built from: the API's series list, observations by id, annotations. */
export interface SpecData {
  series: readonly SeriesMeta[]
  observations: Readonly<Record<string, readonly ObservationRow[]>>
  events: readonly EventRow[]
  leaders: readonly LeaderTermRow[]
}

/** One chart of one view, with the chart's own options (defaults: as the page opens). */
export interface SpecOptions {
  chart: ChartId
  state: DashboardState
  /** tourism-flows: annual or monthly counts. */
  mode?: 'annual' | 'monthly'
  /** favorability-trend: shade leaders' terms. */
  leaders?: boolean
  /** favorability-trend: 95% sampling-error bands. */
  samplingError?: boolean
  /** Address that reopens the view (see {@link viewLink}). */
  link: string
}

/** What to draw: caption and the plots for a plot size. */
export interface ExportSpec {
  caption: ExportCaption
  plots: (size: Size) => ExportPlot[]
  description: string
  /**
   * For a chart that grows with its rows (age-cohorts): the same plots cut into `k` columns,
   * each a function of the column's plot size, so a wide slide can show them side by side.
   */
  columns?: (k: number) => ((size: Size) => ExportPlot[])[]
}

/** `items` cut into at most `k` runs in order, of about equal `weight`. */
export function splitBalanced<T>(items: readonly T[], k: number, weight: (t: T) => number): T[][] {
  const total = items.reduce((n, t) => n + weight(t), 0)
  const out: T[][] = []
  let run: T[] = []
  let done = 0
  for (const item of items) {
    const left = k - out.length
    // close the run once it holds its share (and enough items remain for the other runs)
    if (run.length > 0 && left > 1 && done + weight(item) / 2 > (total * (out.length + 1)) / k) {
      out.push(run)
      run = []
    }
    run.push(item)
    done += weight(item)
  }
  if (run.length) out.push(run)
  return out
}

/** A view that has nothing to draw (e.g. no source published the chosen cohort). */
export class EmptyViewError extends Error {
  override name = 'EmptyViewError'
}

/** The series a chart of the view loads, chosen from the profiled series list by metadata. */
export function chartRefs(
  chart: ChartId,
  profiles: readonly SeriesProfile[],
  state: DashboardState,
): SeriesProfile[] {
  switch (chart) {
    case 'favorability-trend':
      return favorabilityRefs(profiles, state)
    case 'age-cohorts':
      return cohortRefs(profiles, state)
    case 'tourism-flows':
      return tourismRefs(profiles, state)
    case 'opinion-vs-tourism': {
      const groups = opinionTourismRefs(profiles, state)
      return [...groups.opinion, ...groups.tourism]
    }
  }
}

function inputsFor(data: SpecData, refs: readonly SeriesProfile[]): ChartInput[] {
  return refs.map((ref) => ({ ref, meta: ref.meta, rows: data.observations[ref.id] ?? [] }))
}

/**
 * The chart of a view, built with the dashboard's selection and the kit's layouts. Throws
 * {@link EmptyViewError} when the view has nothing to draw.
 */
export function buildChartSpec(data: SpecData, options: SpecOptions, s: ChartStrings): ExportSpec {
  const { state, link } = options
  const format = createFormatters(state.lang)
  const labels = s.labels
  const events = toEventData(data.events)
  // the dashboard's own selection: series chosen by their metadata (src/data/chart-inputs.ts)
  const profiles = profileSeriesList([...data.series], state.lang)
  const cohort = state.age === 'all' ? null : cohortLabel(state.age, s)
  const base = (id: ChartId, subtitleExtra: (string | null)[] = []) => ({
    title: chartTitle(id, state, s),
    subtitle: [
      id === 'favorability-trend' ? s.measures[state.measure].subtitle : s.subtitles[id],
      ...subtitleExtra,
    ]
      .filter(Boolean)
      .join(' · '),
    link,
  })

  switch (options.chart) {
    case 'favorability-trend': {
      const inputs = inputsFor(data, favorabilityRefs(profiles, state))
      const facets = favorabilityFacets(inputs, state, s)
      const drawn = facets.filter((f) => f.series.length > 0)
      // as the dashboard says it: no series at all is the sources' doing, none drawn the cohort's
      if (drawn.length === 0)
        throw new EmptyViewError(
          inputs.length === 0
            ? s.noneForSources
            : fill(s.noneForCohort, { cohort: cohort ?? s.allAges }),
        )
      const leaders = options.leaders ? toLeaderData(data.leaders) : []
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
              samplingError: options.samplingError ?? false,
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
      const v = cohortView(inputsFor(data, cohortRefs(profiles, state)), state, s)
      if (v.groups.length === 0) throw new EmptyViewError(labels.noData)
      const plot =
        (groups: typeof v.groups) =>
        (size: Size): ExportPlot[] => [
          {
            kind: 'cohorts',
            geometry: layoutAgeCohorts({ groups, bands: [...CANONICAL_BAND_ORDER] }, size, {
              highlightBand: v.highlight,
              format,
              labels,
            }),
          },
        ]
      return {
        caption: { ...base('age-cohorts', [cohort]), source: v.sources.join('; '), notes: v.notes },
        plots: plot(v.groups),
        description: v.groups.map((g) => g.label).join('; '),
        // each group is a title and one row per band
        columns: (k) =>
          splitBalanced(v.groups, k, (g) => 2 + new Set(g.points.map((p) => p.band)).size).map(
            plot,
          ),
      }
    }
    case 'tourism-flows': {
      const mode = options.mode ?? 'annual'
      const v = tourismView(inputsFor(data, tourismRefs(profiles, state)), s)
      if (v.series.length === 0) throw new EmptyViewError(labels.noData)
      return {
        caption: {
          ...base('tourism-flows', [mode === 'monthly' ? labels.monthly : labels.annual]),
          source: v.sources.join('; '),
          notes: v.notes,
        },
        plots: (size) => [
          {
            kind: 'time',
            geometry: layoutTourismFlows({ series: v.series, events }, size, {
              mode,
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
        inputsFor(data, [...groups.opinion, ...groups.tourism]),
        groups,
        s,
      )
      if (v.opinion.length + v.tourism.length === 0) throw new EmptyViewError(labels.noData)
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
