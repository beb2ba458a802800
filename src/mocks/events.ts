/** Mock of `GET {base}/v1/events`. */
import type { HttpHandler } from 'msw'
import { resourceHandlers, type MockContext, type MockResource } from './context'

export const eventsResource: MockResource = {
  name: 'events',
  path: '/v1/events',
  empty: () => ({ events: [] }),
  // A date that does not exist, an empty title, no sourceUrl.
  malformed: () => ({ events: [{ date: '2019-02-30', title: '', description: null }] }),
}

/** Handlers serving the events list. */
export function eventsHandlers(ctx: MockContext): HttpHandler[] {
  return resourceHandlers(eventsResource, ctx)
}
