/**
 * The reference API v1 server as a Hono app: every route delegates to the shared resolver
 * (`src/data/api-v1`), and this file only adds HTTP concerns: CORS, strong ETags with 304,
 * Cache-Control, security headers, one log line per request and a stack-free 500.
 */
import { createHash } from 'node:crypto'
import { Hono } from 'hono'
import type { Problem } from '../data/schemas'
import { cors } from 'hono/cors'
import {
  createDatasetIndex,
  internalError,
  notFound,
  problemResponse,
  quoteValue,
  resolveApiRequest,
  type ApiResponse,
  type Dataset,
  type DatasetIndex,
} from '../data/api-v1'

/** Origins allowed by default: the Vite dev server and preview, by IP and by name. */
export const defaultCorsOrigins: readonly string[] = [
  'http://127.0.0.1:5173',
  'http://localhost:5173',
  'http://127.0.0.1:4173',
  'http://localhost:4173',
]

/** Base path of API v1's parent on this server. */
export const apiBasePath = '/api'

export interface AppOptions {
  /** Exact origins that get `Access-Control-Allow-Origin`; default {@link defaultCorsOrigins}. */
  corsOrigins?: readonly string[]
  /** Receives one line per request (`GET /api/v1/series 200 1.2ms`); omit for silence. */
  log?: (line: string) => void
  /** Receives unexpected errors (with their stack) for the operator; never the client. */
  logError?: (error: unknown) => void
  /** Cache-Control of successful responses; default `public, max-age=300`. */
  cacheControl?: string
}

/** Response headers on everything this server sends. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cross-origin-resource-policy': 'cross-origin',
}

/** Longest request target (path and query) the app answers; beyond it, 414. */
export const maxTargetLength = 8192

/** 414: the request target is longer than {@link maxTargetLength} (or the parser's limit). */
export function uriTooLong(): Problem {
  return {
    type: 'urn:rokjp-pulse:problem:uri-too-long',
    title: 'URI Too Long',
    status: 414,
    detail: `The request target is longer than this server accepts (${maxTargetLength} characters).`,
  }
}

/** Strong ETag of a serialised body: a quoted base64url SHA-256. */
export function strongEtag(text: string): string {
  return `"${createHash('sha256').update(text).digest('base64url')}"`
}

/** RFC 9110 If-None-Match (weak comparison, as the RFC prescribes for GET/HEAD). */
function noneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .includes(etag)
}

/** A successful body as sent, with its ETag. */
interface Serialised {
  text: string
  etag: string
}

const serialise = (body: unknown): Serialised => {
  const text = JSON.stringify(body)
  return { text, etag: strongEtag(text) }
}

/** How many successful bodies an app keeps serialised (by request target). */
export const maxMemoisedBodies = 256

function toResponse(
  api: ApiResponse,
  method: string,
  ifNoneMatch: string | undefined,
  cacheControl: string,
  serialised: (body: unknown) => Serialised = serialise,
): Response {
  const headers = new Headers(api.headers)
  if (api.status !== 200) {
    headers.set('cache-control', 'no-store')
    const text = JSON.stringify(api.body)
    return new Response(method === 'HEAD' ? null : text, { status: api.status, headers })
  }
  const { text, etag } = serialised(api.body)
  headers.set('etag', etag)
  headers.set('cache-control', cacheControl)
  if (noneMatch(ifNoneMatch, etag)) {
    headers.delete('content-type')
    return new Response(null, { status: 304, headers })
  }
  return new Response(method === 'HEAD' ? null : text, { status: 200, headers })
}

/**
 * Creates the Hono app serving API v1 under `/api` from a dataset (or a prepared index).
 * Anything outside `/api/v1/...` is a 404 problem; no route ever answers with a stack trace.
 */
export function createApp(data: Dataset | DatasetIndex, options: AppOptions = {}): Hono {
  const index = 'seriesById' in data ? data : createDatasetIndex(data)
  const origins = new Set(options.corsOrigins ?? defaultCorsOrigins)
  const cacheControl = options.cacheControl ?? 'public, max-age=300'
  const { log, logError } = options
  // The index never changes under an app, so a successful body depends only on the request
  // target: serialising (and hashing) the 90 KB series list once instead of per request is most
  // of the server's CPU under load. Bounded, oldest out first.
  const memo = new Map<string, Serialised>()
  const app = new Hono()

  app.use(async (c, next) => {
    const started = performance.now()
    await next()
    for (const [name, value] of Object.entries(securityHeaders)) c.res.headers.set(name, value)
    if (log) {
      const url = new URL(c.req.url)
      const ms = (performance.now() - started).toFixed(1)
      log(`${c.req.method} ${url.pathname}${url.search} ${c.res.status} ${ms}ms`)
    }
  })

  // Before CORS, so a preflight for an over-long target is refused like the request itself.
  app.use(async (c, next) => {
    const url = new URL(c.req.url)
    if (url.pathname.length + url.search.length <= maxTargetLength) return next()
    return toResponse(problemResponse(uriTooLong()), c.req.method, undefined, cacheControl)
  })

  app.use(
    cors({
      origin: (origin) => (origins.has(origin) ? origin : null),
      allowMethods: ['GET', 'HEAD'],
      exposeHeaders: ['ETag'],
      maxAge: 600,
    }),
  )

  app.all('*', (c) => {
    const url = new URL(c.req.url)
    const { pathname } = url
    if (pathname !== apiBasePath && !pathname.startsWith(`${apiBasePath}/`)) {
      const api = problemResponse(
        notFound(`No resource at ${quoteValue(pathname)}; the API lives under ${apiBasePath}/v1.`),
      )
      return toResponse(api, c.req.method, undefined, cacheControl)
    }
    const api = resolveApiRequest(
      index,
      c.req.method,
      pathname.slice(apiBasePath.length),
      url.searchParams,
    )
    const key = `${pathname}${url.search}`
    return toResponse(api, c.req.method, c.req.header('if-none-match'), cacheControl, (body) => {
      const known = memo.get(key)
      if (known) return known
      const fresh = serialise(body)
      if (memo.size >= maxMemoisedBodies) memo.delete(memo.keys().next().value ?? '')
      memo.set(key, fresh)
      return fresh
    })
  })

  app.onError((error, c) => {
    logError?.(error)
    const api = problemResponse(internalError())
    return c.body(JSON.stringify(api.body), 500, { ...api.headers, 'cache-control': 'no-store' })
  })

  return app
}
