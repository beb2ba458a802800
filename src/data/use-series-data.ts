/**
 * Loads the series list, chooses a chart's series from it (by what the API says of them, never
 * by id: see ./series-profile and ./chart-inputs), then loads their observations. Each series is
 * its own query (shared across charts through the cache), so one failed series is reported by
 * name while the others still draw.
 */
import { useQueries, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Lang } from '../domain/format'
import { useApiBase } from './api-context'
import { eventsOptions, leadersOptions, observationsOptions, seriesListOptions } from './queries'
import type { EventRow, LeaderTermRow, ObservationRow, SeriesMeta } from './schemas'
import { profileSeriesList, type SeriesProfile } from './series-profile'

export interface SeriesInput<R> {
  ref: R
  meta: SeriesMeta
  rows: ObservationRow[]
}

export interface SeriesDataState<R> {
  /**
   * `pending` until the list and every series have answered (successfully or not); `empty`
   * when the service answered but lists none of these series.
   */
  status: 'pending' | 'error' | 'empty' | 'success'
  /** The first error when nothing could be loaded. */
  error: unknown
  inputs: SeriesInput<R>[]
  /** Series that failed to load (request error or absent from the series list). */
  failed: { ref: R; error: unknown }[]
  retry: () => void
  /** Every series of the list, profiled (empty until the list has loaded). */
  profiles: readonly SeriesProfile[]
}

const NO_PROFILES: readonly SeriesProfile[] = []

/**
 * The series `select` chooses from the series list, with their observations. `select` must be
 * stable (a module-level function or a `useCallback`): it reruns when the list, the language or
 * `select` itself changes.
 */
export function useSeriesData<R extends SeriesProfile>(
  lang: Lang,
  select: (profiles: readonly SeriesProfile[]) => readonly R[],
): SeriesDataState<R> {
  const base = useApiBase()
  const {
    data: listData,
    error: listError,
    status: listStatus,
    refetch: refetchList,
  } = useQuery(seriesListOptions(base))
  const profiles = useMemo(
    () => (listData ? profileSeriesList(listData.series, lang) : NO_PROFILES),
    [listData, lang],
  )
  const refs = useMemo(() => (listData ? select(profiles) : []), [listData, profiles, select])
  // `combine` gives a structurally shared result, so the memo below only reruns on real change
  const observations = useQueries({
    queries: refs.map((r) => observationsOptions(base, r.id)),
    combine: (results) => ({
      pending: results.some((q) => q.isPending),
      items: results.map((q) => ({
        data: q.data,
        error: q.isError ? q.error : null,
        refetch: q.refetch,
      })),
    }),
  })

  return useMemo((): SeriesDataState<R> => {
    const retry = () => {
      if (listStatus === 'error') void refetchList()
      for (const q of observations.items) if (q.error) void q.refetch()
    }
    const common = { retry, profiles }
    if (listStatus === 'pending' || observations.pending)
      return { ...common, status: 'pending', error: null, inputs: [], failed: [] }
    if (listStatus === 'error' || !listData)
      return { ...common, status: 'error', error: listError, inputs: [], failed: [] }
    // the service lists none of the series this chart draws
    if (refs.length === 0)
      return { ...common, status: 'empty', error: null, inputs: [], failed: [] }
    const inputs: SeriesInput<R>[] = []
    const failed: { ref: R; error: unknown }[] = []
    refs.forEach((ref, i) => {
      const q = observations.items[i]
      if (!q || q.error || !q.data) failed.push({ ref, error: q?.error ?? null })
      else inputs.push({ ref, meta: ref.meta, rows: q.data.observations })
    })
    if (inputs.length === 0)
      return {
        ...common,
        status: 'error',
        error: failed.find((f) => f.error)?.error ?? null,
        inputs,
        failed,
      }
    return { ...common, status: 'success', error: null, inputs, failed }
  }, [listData, listError, listStatus, refetchList, observations, refs, profiles])
}

/**
 * For a chart whose series depend on the reader's filters: a selection that is empty while the
 * service does list series is not "the service has nothing" but "nothing for this selection",
 * which the chart itself explains (e.g. per facet). Otherwise the state as it is.
 */
export function selectionData<R>(data: SeriesDataState<R>): SeriesDataState<R> {
  return data.status === 'empty' && data.profiles.length > 0 ? { ...data, status: 'success' } : data
}

/** Every series of the list, profiled for `lang`; empty while the list loads or if it fails. */
export function useSeriesProfiles(lang: Lang): readonly SeriesProfile[] {
  const { data } = useQuery(seriesListOptions(useApiBase()))
  return useMemo(() => (data ? profileSeriesList(data.series, lang) : NO_PROFILES), [data, lang])
}

/** Events and leader terms for annotations; failures leave the chart without them, silently. */
export function useAnnotations(): { events: EventRow[]; leaders: LeaderTermRow[] } {
  const base = useApiBase()
  const events = useQuery(eventsOptions(base))
  const leaders = useQuery(leadersOptions(base))
  return { events: events.data?.events ?? [], leaders: leaders.data?.leaders ?? [] }
}
