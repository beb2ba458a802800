/** Mock of `GET {base}/v1/series/{id}/observations`. */
import type { HttpHandler } from 'msw'
import { resourceHandlers, type MockContext, type MockResource } from './context'

export const observationsResource: MockResource = {
  name: 'observations',
  path: '/v1/series/:id/observations',
  empty: ({ id }) => ({ seriesId: id ?? '', observations: [] }),
  // The value as a string, a bad URL, most fields missing.
  malformed: ({ id }) => ({
    seriesId: id ?? '',
    observations: [{ period: '2020', ageGroup: 'all', value: '42.5', sourceUrl: 'not a url' }],
  }),
}

/** Handlers serving one series' observations, with the ageGroup/from/to filters. */
export function observationsHandlers(ctx: MockContext): HttpHandler[] {
  return resourceHandlers(observationsResource, ctx)
}
