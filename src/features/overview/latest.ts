import type { ObservationRow } from '../../data/schemas'

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
