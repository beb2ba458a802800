/**
 * The headline cards as data plus the pure rule that turns one series' rows into a card: the
 * latest all-ages wave, the previous published all-ages wave, and whether the two may be
 * compared (no method break between them). Nothing here is hard-coded but which series to show.
 */
import type { ObservationRow, SeriesBreak, SeriesMeta, Unit } from '../../data/schemas'
import type { MessageKey } from '../../i18n'

/** One headline card: which series, and the message keys of its label and short source name. */
export interface HeadlineCardConfig {
  id: string
  labelKey: MessageKey
  sourceKey: MessageKey
}

/** The main series, in display order: opinion both ways, then travel both ways. */
export const HEADLINE_SERIES: readonly HeadlineCardConfig[] = [
  {
    id: 'genron-kr-good-impression-jp',
    labelKey: 'headline.label.genronKr',
    sourceKey: 'headline.source.genron',
  },
  {
    id: 'genron-jp-good-impression-kr',
    labelKey: 'headline.label.genronJp',
    sourceKey: 'headline.source.genron',
  },
  { id: 'cao-jp-affinity-kr', labelKey: 'headline.label.cao', sourceKey: 'headline.source.cao' },
  {
    id: 'hrc-kr-thermometer-jp',
    labelKey: 'headline.label.hrc',
    sourceKey: 'headline.source.hrc',
  },
  {
    id: 'jnto-kr-visitors-to-jp',
    labelKey: 'headline.label.jnto',
    sourceKey: 'headline.source.jnto',
  },
  { id: 'kto-jp-visitors-to-kr', labelKey: 'headline.label.kto', sourceKey: 'headline.source.kto' },
]

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
