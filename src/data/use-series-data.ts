/**
 * Loads the metadata and observations of several series for one chart. Each series is its own
 * query (shared across charts through the cache), so one failed series is reported by name
 * while the others still draw.
 */
import { useQueries, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useApiBase } from './api-context'
import { eventsOptions, leadersOptions, observationsOptions, seriesListOptions } from './queries'
import type { EventRow, LeaderTermRow, ObservationRow, SeriesMeta } from './schemas'

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
}

/** Observations of `refs` with their metadata; `refs` must be stable (declared constants). */
export function useSeriesData<R extends { id: string }>(refs: readonly R[]): SeriesDataState<R> {
  const base = useApiBase()
  const {
    data: listData,
    error: listError,
    status: listStatus,
    refetch: refetchList,
  } = useQuery(seriesListOptions(base))
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
    if (listStatus === 'pending' || observations.pending) {
      return { status: 'pending', error: null, inputs: [], failed: [], retry }
    }
    if (listStatus === 'error' || !listData)
      return { status: 'error', error: listError, inputs: [], failed: [], retry }
    const metaById = new Map(listData.series.map((s) => [s.id, s]))
    const inputs: SeriesInput<R>[] = []
    const failed: { ref: R; error: unknown }[] = []
    refs.forEach((ref, i) => {
      const q = observations.items[i]
      const meta = metaById.get(ref.id)
      if (!q || q.error || !q.data) failed.push({ ref, error: q?.error ?? null })
      else if (!meta) failed.push({ ref, error: null })
      else inputs.push({ ref, meta, rows: q.data.observations })
    })
    if (inputs.length === 0 && failed.length > 0) {
      // nothing failed to load: the service simply does not list these series
      if (failed.every((f) => f.error === null))
        return { status: 'empty', error: null, inputs, failed: [], retry }
      return {
        status: 'error',
        error: failed.find((f) => f.error)?.error ?? null,
        inputs,
        failed,
        retry,
      }
    }
    return { status: 'success', error: null, inputs, failed, retry }
  }, [listData, listError, listStatus, refetchList, observations, refs])
}

/** Events and leader terms for annotations; failures leave the chart without them, silently. */
export function useAnnotations(): { events: EventRow[]; leaders: LeaderTermRow[] } {
  const base = useApiBase()
  const events = useQuery(eventsOptions(base))
  const leaders = useQuery(leadersOptions(base))
  return { events: events.data?.events ?? [], leaders: leaders.data?.leaders ?? [] }
}
