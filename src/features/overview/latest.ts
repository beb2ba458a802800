import type { ObservationRow } from '../../data/schemas'
import { compareBands } from '../../domain/age-bands'

/**
 * The most recent all-ages observation, or null when the series publishes only age bands.
 * Periods compare as strings because `YYYY` and `YYYY-MM` sort chronologically that way.
 */
export function latestAllAges(rows: readonly ObservationRow[]): ObservationRow | null {
  let best: ObservationRow | null = null
  for (const row of rows) {
    if (row.ageGroup !== 'all') continue
    if (!best || row.period > best.period) best = row
  }
  return best
}

/**
 * The observation a row links to: the latest all-ages one, else (a series published by age
 * band only) the latest of any band, the first band in canonical order when several share
 * that period. Null only for a series with no rows at all.
 */
export function latestToLink(rows: readonly ObservationRow[]): ObservationRow | null {
  const all = latestAllAges(rows)
  if (all) return all
  let best: ObservationRow | null = null
  for (const row of rows)
    if (
      !best ||
      row.period > best.period ||
      (row.period === best.period && compareBands(row.ageGroup, best.ageGroup) < 0)
    )
      best = row
  return best
}
