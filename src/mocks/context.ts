/**
 * What every mock handler needs: where the API lives and which dataset to serve, plus the one
 * translation from a fetch `Request` to the shared resolver and back.
 */
import { HttpResponse, http, type HttpHandler } from 'msw'
import {
  internalError,
  problemResponse,
  resolveApiRequest,
  type ApiResource,
  type ApiResponse,
  type DatasetIndex,
} from '../data/api-v1'

export interface MockContext {
  /**
   * MSW path of the API base, without trailing slash: `*\/api` (default: any origin and any
   * prefix ending in /api, as Node tests want) or `/api` (the page's own origin, in the browser).
   */
  base: string
  /** The dataset to serve; may throw when the dataset is invalid. */
  getIndex: () => DatasetIndex
}

/** A resource of API v1 as the mock sees it: its MSW path and its scenario bodies. */
export interface MockResource {
  name: ApiResource
  /** MSW path after the base, e.g. `/v1/series/:id/observations`. */
  path: string
  /** Body of the `empty` scenario (valid, with empty lists). */
  empty?: (params: Record<string, string>) => unknown
  /** Body of the `malformed` scenario: status 200, but the schema is violated. */
  malformed?: (params: Record<string, string>) => unknown
}

/** The path after the API base: everything after the first `/api` segment of the URL path. */
export function pathAfterBase(url: URL): string {
  const at = url.pathname.indexOf('/api/')
  return at === -1 ? '' : url.pathname.slice(at + 4)
}

/** Turns a resolver answer into the HTTP response MSW sends (no body for HEAD). */
export function toHttpResponse(api: ApiResponse, method = 'GET'): HttpResponse<string> {
  return new HttpResponse(method === 'HEAD' ? null : JSON.stringify(api.body), {
    status: api.status,
    headers: api.headers,
  })
}

/** Answers a request exactly as the reference server would, from `ctx`'s dataset. */
export function resolveMockRequest(ctx: MockContext, request: Request): HttpResponse<string> {
  const url = new URL(request.url)
  let index: DatasetIndex
  try {
    index = ctx.getIndex()
  } catch (error) {
    const detail = `Mock dataset unusable: ${error instanceof Error ? error.message : String(error)}`
    return toHttpResponse(problemResponse(internalError(detail)))
  }
  return toHttpResponse(
    resolveApiRequest(index, request.method, pathAfterBase(url), url.searchParams),
    request.method,
  )
}

/** The normal handler of one resource: every method goes to the resolver (which 405s non-GET). */
export function resourceHandlers(resource: MockResource, ctx: MockContext): HttpHandler[] {
  return [
    http.all(`${ctx.base}${resource.path}`, ({ request }) => resolveMockRequest(ctx, request)),
  ]
}
