/** Mock of `GET {base}/v1/leaders` (extension). */
import type { HttpHandler } from 'msw'
import { resourceHandlers, type MockContext, type MockResource } from './context'

export const leadersResource: MockResource = {
  name: 'leaders',
  path: '/v1/leaders',
  empty: () => ({ leaders: [] }),
  // An unknown country, a start that is not a date, no sourceUrl.
  malformed: () => ({ leaders: [{ country: 'CN', leader: 'X', start: 'soon', end: null }] }),
}

/** Handlers serving the leaders list. */
export function leadersHandlers(ctx: MockContext): HttpHandler[] {
  return resourceHandlers(leadersResource, ctx)
}
