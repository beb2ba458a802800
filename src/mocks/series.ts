/** Mock of `GET {base}/v1/series`. */
import type { HttpHandler } from 'msw'
import { resourceHandlers, type MockContext, type MockResource } from './context'

export const seriesResource: MockResource = {
  name: 'series',
  path: '/v1/series',
  empty: () => ({ series: [] }),
  // Wrong id format, a number for a string, most required fields missing.
  malformed: () => ({ series: [{ id: 'Not Kebab Case', title: 42, unit: 'percent' }] }),
}

/** Handlers serving the series list from the context's dataset. */
export function seriesHandlers(ctx: MockContext): HttpHandler[] {
  return resourceHandlers(seriesResource, ctx)
}
