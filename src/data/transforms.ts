/**
 * API rows → chart data. Pure functions: they choose which published rows a chart shows and
 * how they are flagged, and never create a value. A band that is missing stays missing; an
 * age band is shown under its published label, with a note where it only approximates the
 * selected cohort.
 */
import type {
  BreakDatum,
  CohortGroupDatum,
  EventDatum,
  LeaderTermDatum,
  TimePointDatum,
  TimeSeriesDatum,
} from '../charts/core/types'
import { bandsForCohort, compareBands, type CohortId } from '../domain/age-bands'
import type { Lang } from '../domain/format'
import {
  MAX_JOIN_MONTHS,
  deriveCadence,
  isPeopleMeasure,
  periodMonths,
  type Cadence,
} from '../domain/measures'
import { DIRECTION_SHAPES } from '../domain/palette'
import type { EventRow, LeaderTermRow, ObservationRow, SeriesBreak, SeriesMeta } from './schemas'
import { creditIn, noteIn, type SeriesProfile } from './series-profile'

/** Short, translatable names of break kinds for the in-chart label; the full note goes in the footer. */
export type BreakLabeler = (kind: SeriesBreak['kind']) => string

const PROVISIONAL = /provisional|first reported|暫定/i

/**
 * A break of kind `other` that only says a figure is provisional does not split the line: it
 * flags the point. Every other break (mode, age base, partner, definition, fieldwork timing)
 * splits the line at its period.
 */
export function isProvisionalNote(b: SeriesBreak): boolean {
  return b.kind === 'other' && PROVISIONAL.test(b.note)
}

/** Line breaks of a series, as chart data. */
export function lineBreaks(meta: SeriesMeta, labelFor: BreakLabeler): BreakDatum[] {
  return meta.breaks
    .filter((b) => !isProvisionalNote(b))
    .map((b) => ({ period: b.period, label: labelFor(b.kind) }))
}

/** Periods whose published figure is provisional, from the series' break notes. */
export function provisionalPeriods(meta: SeriesMeta): Set<string> {
  return new Set(meta.breaks.filter(isProvisionalNote).map((b) => b.period))
}

/** Observation rows of one age band, as time points (values untouched). */
export function toTimePoints(
  rows: readonly ObservationRow[],
  band: string,
  provisional: Set<string> = new Set(),
  lang: Lang = 'en',
): TimePointDatum[] {
  return rows
    .filter((r) => r.ageGroup === band)
    .sort((a, b) => periodMonths(a.period) - periodMonths(b.period))
    .map((r) => ({
      period: r.period,
      value: r.value,
      estimated: r.estimated,
      provisional: provisional.has(r.period),
      sampleSize: r.sampleSize,
      surveySampleSize: r.surveySampleSize ?? null,
      fieldwork: r.fieldwork,
      note: noteIn(r, lang),
      sourceUrl: r.sourceUrl,
      confidence: r.confidence,
      conductedBy: creditIn(r, lang),
      ageGroup: r.ageGroup,
    }))
}

/**
 * Periods after which the line stops because the next published wave is further away than
 * the series' cadence allows: a missing wave is a gap, never bridged. Points must be sorted.
 */
export function cadenceGaps(points: readonly { period: string }[], cadence: Cadence): string[] {
  const gaps: string[] = []
  for (let i = 1; i < points.length; i++) {
    const prev = points[i - 1]!.period
    if (periodMonths(points[i]!.period) - periodMonths(prev) > MAX_JOIN_MONTHS[cadence])
      gaps.push(prev)
  }
  return gaps
}

/**
 * A line's legend label that credits its waves: the series' label when one organisation ran
 * every drawn wave under it, else who ran them, in order ("Genron NPO and EAI → EAI → …").
 * The family is only a grouping; a 2013 wave is never credited to a 2025 partner.
 */
export function creditedLabel(
  ref: Pick<SeriesProfile, 'label'>,
  points: readonly Pick<TimePointDatum, 'conductedBy'>[],
): string {
  const credits: string[] = []
  for (const p of points)
    if (p.conductedBy && credits.at(-1) !== p.conductedBy) credits.push(p.conductedBy)
  return new Set(credits).size > 1 ? credits.join(' → ') : ref.label
}

/** A series line selected for a cohort: which published band it uses, and whether exactly. */
export interface SelectedLine {
  datum: TimeSeriesDatum
  band: string
  exact: boolean
  reason: string | null
}

export interface TimeSeriesSelection {
  lines: SelectedLine[]
  /** Series with no published figure for the cohort: their profiles, for the "why empty" note. */
  missing: SeriesProfile[]
}

/**
 * One line per series for the chosen cohort. For `all` that is the all-ages rows; for a
 * cohort it is the best published band (exact before approximate, e.g. `20s` for 18–29 when
 * no `18-29` exists), labelled with the published band. Series without such a band are listed
 * in `missing` rather than drawn empty.
 */
export function selectTimeSeries(
  inputs: readonly { ref: SeriesProfile; meta: SeriesMeta; rows: readonly ObservationRow[] }[],
  cohort: CohortId,
  labelFor: BreakLabeler,
): TimeSeriesSelection {
  const lines: SelectedLine[] = []
  const missing: SeriesProfile[] = []
  for (const { ref, meta, rows } of inputs) {
    const published = [...new Set(rows.map((r) => r.ageGroup))]
    const choice =
      cohort === 'all'
        ? published.includes('all')
          ? { band: 'all', exact: true, reason: null }
          : undefined
        : bandsForCohort(cohort, published)[0]
    if (!choice) {
      missing.push(ref)
      continue
    }
    const points = toTimePoints(rows, choice.band, provisionalPeriods(meta), ref.lang)
    if (points.length === 0) {
      missing.push(ref)
      continue
    }
    const bandSuffix = choice.band === 'all' ? '' : ` (${choice.band}${choice.exact ? '' : '≈'})`
    // a server that declares no cadence: read it off the all-ages waves (or the band's)
    const cadence =
      ref.cadence ??
      deriveCadence(
        (published.includes('all') ? rows.filter((r) => r.ageGroup === 'all') : points).map(
          (r) => r.period,
        ),
      )
    lines.push({
      band: choice.band,
      exact: choice.exact,
      reason: choice.reason,
      datum: {
        key: ref.id,
        label: `${creditedLabel(ref, points)}${bandSuffix}`,
        unit: meta.unit,
        // joins are decided by cadence (gapAfter), so month-dated waves are not treated as monthly data
        granularity:
          cadence === 'monthly'
            ? 'month'
            : meta.granularity === 'month'
              ? 'wave'
              : meta.granularity,
        gapAfter: cadenceGaps(points, cadence),
        color: ref.color,
        shape: ref.direction ? DIRECTION_SHAPES[ref.direction] : undefined,
        source: meta.sourceOrg,
        question: meta.question,
        dashed: isPeopleMeasure(meta.measure),
        // gaps are of the all-ages waves; a band's own missing waves are not listed
        ...(choice.band === 'all' && meta.gaps?.length ? { gaps: meta.gaps } : {}),
        points,
        breaks: lineBreaks(meta, labelFor),
      },
    })
  }
  return { lines, missing }
}

/**
 * Age-cohort groups: each source's published bands (never merged across sources), with the
 * two most recent waves that published bands, so the chart can draw the change between them.
 */
export function toCohortGroups(
  inputs: readonly { ref: SeriesProfile; meta: SeriesMeta; rows: readonly ObservationRow[] }[],
): CohortGroupDatum[] {
  const groups: CohortGroupDatum[] = []
  for (const { ref, meta, rows } of inputs) {
    const banded = rows.filter((r) => r.ageGroup !== 'all')
    const waves = [...new Set(banded.map((r) => r.period))].sort()
    const keep = new Set(waves.slice(-2))
    const points = banded
      .filter((r) => keep.has(r.period))
      .sort((a, b) => compareBands(a.ageGroup, b.ageGroup) || (a.period < b.period ? -1 : 1))
      .map((r) => ({
        band: r.ageGroup,
        period: r.period,
        value: r.value,
        sampleSize: r.sampleSize,
        surveySampleSize: r.surveySampleSize ?? null,
        fieldwork: r.fieldwork,
        estimated: r.estimated,
        note: noteIn(r, ref.lang),
        conductedBy: creditIn(r, ref.lang),
        sourceUrl: r.sourceUrl,
        confidence: r.confidence,
      }))
    if (points.length === 0) continue
    groups.push({
      key: ref.id,
      label: `${ref.label}: ${ref.title}`,
      unit: meta.unit,
      color: ref.color,
      shape: ref.direction ? DIRECTION_SHAPES[ref.direction] : undefined,
      source: meta.sourceOrg,
      question: meta.question,
      points,
    })
  }
  return groups
}

/** Events as chart annotations. */
export function toEventData(events: readonly EventRow[]): EventDatum[] {
  return events.map((e) => ({ date: e.date, label: e.title, description: e.description }))
}

/** Leader terms as shaded bands, limited to the countries whose governments matter here. */
export function toLeaderData(
  leaders: readonly LeaderTermRow[],
  countries: readonly ('KR' | 'JP')[] = ['KR', 'JP'],
): LeaderTermDatum[] {
  return leaders
    .filter((l) => countries.includes(l.country))
    .map((l) => ({
      country: l.country,
      label: l.leader.replace(/\s*\(.*\)$/, ''),
      start: l.start,
      end: l.end,
    }))
}

/** Keeps rows whose period lies within [from, to] years (inclusive); null bounds are open. */
export function withinYears<T extends { period: string }>(
  rows: readonly T[],
  from: number | null,
  to: number | null,
): T[] {
  return rows.filter((r) => {
    const y = Number(r.period.slice(0, 4))
    return (from === null || y >= from) && (to === null || y <= to)
  })
}
