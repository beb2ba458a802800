/**
 * One TanStack Query `queryOptions` factory per API v1 endpoint. Each key holds every input
 * (base URL and parameters), so two views never share a cache entry by accident.
 */
import { queryOptions } from '@tanstack/react-query'
import { apiUrl, fetchJson } from './client'
import {
  eventsResponseSchema,
  leadersResponseSchema,
  observationsResponseSchema,
  seriesListResponseSchema,
} from './schemas'

/** Observations filters as the API takes them; all optional. */
export interface ObservationsParams {
  ageGroup?: string
  from?: string
  to?: string
}

const STALE_MS = 5 * 60_000

export const queryKeys = {
  all: (base: string) => ['api-v1', base] as const,
  series: (base: string) => ['api-v1', base, 'series'] as const,
  observations: (base: string, id: string, params: ObservationsParams) =>
    [
      'api-v1',
      base,
      'observations',
      id,
      { ageGroup: params.ageGroup ?? null, from: params.from ?? null, to: params.to ?? null },
    ] as const,
  events: (base: string) => ['api-v1', base, 'events'] as const,
  leaders: (base: string) => ['api-v1', base, 'leaders'] as const,
}

/** `GET {base}/v1/series`: every series with its metadata. */
export function seriesListOptions(base: string) {
  return queryOptions({
    queryKey: queryKeys.series(base),
    queryFn: ({ signal }) =>
      fetchJson(apiUrl(base, '/v1/series'), seriesListResponseSchema, { signal }),
    staleTime: STALE_MS,
  })
}

/** `GET {base}/v1/series/{id}/observations`: one series' rows, optionally filtered. */
export function observationsOptions(base: string, id: string, params: ObservationsParams = {}) {
  return queryOptions({
    queryKey: queryKeys.observations(base, id, params),
    queryFn: ({ signal }) =>
      fetchJson(
        apiUrl(base, `/v1/series/${encodeURIComponent(id)}/observations`, {
          ageGroup: params.ageGroup,
          from: params.from,
          to: params.to,
        }),
        observationsResponseSchema,
        { signal },
      ),
    staleTime: STALE_MS,
  })
}

/** `GET {base}/v1/events`: dated events for chart annotations. */
export function eventsOptions(base: string) {
  return queryOptions({
    queryKey: queryKeys.events(base),
    queryFn: ({ signal }) =>
      fetchJson(apiUrl(base, '/v1/events'), eventsResponseSchema, { signal }),
    staleTime: STALE_MS,
  })
}

/** `GET {base}/v1/leaders` (extension): terms of ROK presidents and Japanese prime ministers. */
export function leadersOptions(base: string) {
  return queryOptions({
    queryKey: queryKeys.leaders(base),
    queryFn: ({ signal }) =>
      fetchJson(apiUrl(base, '/v1/leaders'), leadersResponseSchema, { signal }),
    staleTime: STALE_MS,
  })
}
