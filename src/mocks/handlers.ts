/**
 * The normal network: one handler set per resource, all answering through the shared resolver,
 * plus a catch-all that gives unknown paths under the base the same 404 problem as the server.
 */
import { http, type HttpHandler } from 'msw'
import type { ApiResource } from '../data/api-v1'
import { resolveMockRequest, type MockContext, type MockResource } from './context'
import { getMockIndex } from './dataset'
import { eventsHandlers, eventsResource } from './events'
import { leadersHandlers, leadersResource } from './leaders'
import { observationsHandlers, observationsResource } from './observations'
import { openapiHandlers, openapiResource } from './openapi'
import { seriesHandlers, seriesResource } from './series'

/** Every mocked resource by name. */
export const mockResources: Readonly<Record<ApiResource, MockResource>> = {
  series: seriesResource,
  observations: observationsResource,
  events: eventsResource,
  leaders: leadersResource,
  openapi: openapiResource,
}

export interface MockOptions {
  /** MSW path of the API base; default `*\/api` (any origin, any prefix ending in /api). */
  base?: string
  /** Dataset to serve; default `data/processed/` (see `getMockIndex`). */
  getIndex?: MockContext['getIndex']
}

/** Resolves {@link MockOptions} against the defaults. */
export function mockContext(options: MockOptions = {}): MockContext {
  return { base: options.base ?? '*/api', getIndex: options.getIndex ?? getMockIndex }
}

/** The normal handlers of API v1 for a base and dataset. */
export function createHandlers(options: MockOptions = {}): HttpHandler[] {
  const ctx = mockContext(options)
  return [
    ...seriesHandlers(ctx),
    ...observationsHandlers(ctx),
    ...eventsHandlers(ctx),
    ...leadersHandlers(ctx),
    ...openapiHandlers(ctx),
    http.all(`${ctx.base}/*`, ({ request }) => resolveMockRequest(ctx, request)),
  ]
}

/** The normal handlers at `*\/api` serving `data/processed/`. */
export const handlers: HttpHandler[] = createHandlers()
