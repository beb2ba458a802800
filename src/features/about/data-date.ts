/**
 * "Data as of": the latest period any series reaches, read from the optional `coverage`
 * extension of `GET /v1/series`. The API has no dataset date of its own; a server that sends
 * no coverage gets no date (never a guess).
 */
import { useQuery } from '@tanstack/react-query'
import { useApiBase } from '../../data/api-context'
import { seriesListOptions } from '../../data/queries'
import type { SeriesMeta } from '../../data/schemas'

/** The latest `coverage.to` of the series (`YYYY` or `YYYY-MM`), or null when none has one. */
export function latestCoverage(series: readonly Pick<SeriesMeta, 'coverage'>[]): string | null {
  let latest: string | null = null
  // `YYYY` and `YYYY-MM` compare chronologically as strings
  for (const s of series)
    if (s.coverage && (!latest || s.coverage.to > latest)) latest = s.coverage.to
  return latest
}

/** The dataset's "as of" period from the shared series list (null while loading or unknown). */
export function useDataAsOf(): string | null {
  const base = useApiBase()
  const list = useQuery(seriesListOptions(base))
  return list.data ? latestCoverage(list.data.series) : null
}
