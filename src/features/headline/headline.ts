/**
 * The headline cards as data plus the pure rule that turns one series' rows into a card: the
 * latest all-ages wave, the previous published all-ages wave, and whether the two may be
 * compared (no method break between them). Which series get a card follows from their metadata.
 */
import { favorabilityRefs, opinionTourismRefs } from '../../data/chart-inputs'
import type { ObservationRow, SeriesBreak, SeriesMeta, Unit } from '../../data/schemas'
import type { SeriesProfile } from '../../data/series-profile'
import { DIRECTIONS } from '../../domain/palette'

/**
 * Which series get a card, chosen by what the API says of them (never by id): the sentiment
 * pair of the opinion-and-travel chart (one survey asked both ways), then each direction's
 * longest other favourability series, then each direction's annual visitor count. Order: as
 * listed, Koreans before Japanese within each step; a series is never carded twice.
 */
export function headlineSeries(profiles: readonly SeriesProfile[]): SeriesProfile[] {
  const pair = opinionTourismRefs(profiles, { respondents: 'both' })
  const out: SeriesProfile[] = [...pair.opinion]
  const favourable = favorabilityRefs(profiles, { respondents: 'both', sources: [] }).filter((p) =>
    p.meta.ageGroups.includes('all'),
  )
  for (const direction of DIRECTIONS) {
    let best: SeriesProfile | undefined
    for (const p of favourable)
      if (p.direction === direction && !out.includes(p))
        if (!best || (p.meta.coverage?.observations ?? 0) > (best.meta.coverage?.observations ?? 0))
          best = p
    if (best) out.push(best)
  }
  return [...out, ...pair.tourism]
}

/** How the latest wave relates to the one before it. */
export type HeadlineChange =
  /** No earlier all-ages wave, or (counts) an earlier wave of 0 that gives no percentage. */
  | { kind: 'none'; previous: ObservationRow | null }
  /** Comparable: `delta` in points (percent, thermometer) or in percent (counts). */
  | {
      kind: 'difference'
      previous: ObservationRow
      delta: number
      measure: 'points' | 'percent'
    }
  /** A method break lies between the two waves: no difference is given. */
  | { kind: 'break'; previous: ObservationRow; breaks: SeriesBreak[] }

/** One card's content, computed from the API rows. */
export interface HeadlineDatum {
  seriesId: string
  unit: Unit
  latest: ObservationRow
  /** A first, provisional or preliminary figure the source will revise. */
  provisional: boolean
  change: HeadlineChange
}

/**
 * Words the sources use for a figure that is not final. A break of kind "other" at a wave's own
 * period that says so marks a status (JNTO's first estimates), not a change of method.
 */
const PROVISIONAL = /provisional|preliminary|as first reported|暫定|速報|잠정/i

function isStatusNote(b: SeriesBreak): boolean {
  return b.kind === 'other' && PROVISIONAL.test(b.note)
}

/** Is `row` a provisional/preliminary figure, as its fieldwork, note or series breaks say? */
export function isProvisional(meta: Pick<SeriesMeta, 'breaks'>, row: ObservationRow): boolean {
  if (PROVISIONAL.test(row.fieldwork ?? '') || PROVISIONAL.test(row.note ?? '')) return true
  return meta.breaks.some((b) => b.period === row.period && isStatusNote(b))
}

/**
 * Method breaks that lie between two waves: after `from`, up to and including `to` (a break's
 * period is the first wave under the new method). Status notes (provisional) are not breaks.
 * Periods compare as strings, as everywhere else (`YYYY` and `YYYY-MM` sort that way).
 */
export function breaksBetween(
  breaks: readonly SeriesBreak[],
  from: string,
  to: string,
): SeriesBreak[] {
  return breaks.filter((b) => b.period > from && b.period <= to && !isStatusNote(b))
}

/**
 * The headline of one series: its latest all-ages row and the change since the previous
 * published all-ages row. A missing wave is skipped (the comparison says which period it is
 * against), never filled in. Returns null when the series publishes no all-ages row.
 */
export function selectHeadline(
  meta: Pick<SeriesMeta, 'id' | 'unit' | 'breaks'>,
  rows: readonly ObservationRow[],
): HeadlineDatum | null {
  const all = rows
    .filter((r) => r.ageGroup === 'all' && Number.isFinite(r.value))
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0))
  const latest = all.at(-1)
  if (!latest) return null
  // The previous wave is the latest one with an earlier period (duplicates of a period skipped).
  const previous = all.filter((r) => r.period < latest.period).at(-1) ?? null

  let change: HeadlineChange
  if (!previous) change = { kind: 'none', previous: null }
  else {
    const breaks = breaksBetween(meta.breaks, previous.period, latest.period)
    if (breaks.length > 0) change = { kind: 'break', previous, breaks }
    else if (meta.unit === 'count') {
      change =
        previous.value > 0
          ? {
              kind: 'difference',
              previous,
              delta: ((latest.value - previous.value) / previous.value) * 100,
              measure: 'percent',
            }
          : { kind: 'none', previous }
    } else
      change = {
        kind: 'difference',
        previous,
        delta: latest.value - previous.value,
        measure: 'points',
      }
  }

  return {
    seriesId: meta.id,
    unit: meta.unit,
    latest,
    provisional: isProvisional(meta, latest),
    change,
  }
}
