/**
 * API v1 as one pure function: request in, status + headers + JSON body out. The MSW mock and
 * the reference server both call {@link resolveApiRequest} and only translate HTTP around it,
 * so for the same dataset they answer byte-for-byte the same JSON.
 */
import type { ObservationRow, Problem } from '../schemas'
import type { DatasetIndex } from './dataset'
import { buildOpenApiDocument } from './openapi'
import { periodSpan, spansOverlap, type MonthSpan } from './periods'
import {
  badParameter,
  methodNotAllowed,
  notFound,
  problemContentType,
  quoteValue,
} from './problems'

/** What the API answers; `body` is JSON-serialisable (serialise with `JSON.stringify`). */
export interface ApiResponse {
  status: number
  headers: Record<string, string>
  body: unknown
}

/** Content type of every successful body. */
export const jsonContentType = 'application/json; charset=utf-8'

/** Methods API v1 answers; everything else is 405. */
export const allowedMethods = ['GET', 'HEAD'] as const

/** Resources of API v1, named as the mock scenarios address them. */
export type ApiResource = 'series' | 'observations' | 'events' | 'leaders' | 'openapi'

function json(body: unknown): ApiResponse {
  return { status: 200, headers: { 'content-type': jsonContentType }, body }
}

/** Wraps a problem into a response with the problem's status and content type. */
export function problemResponse(
  problem: Problem,
  headers: Record<string, string> = {},
): ApiResponse {
  return {
    status: problem.status,
    headers: { 'content-type': problemContentType, ...headers },
    body: problem,
  }
}

type Checked<T> = { ok: true; value: T } | { ok: false; response: ApiResponse }

/** Rejects unknown and repeated query parameters; returns the single value of each known one. */
function checkQuery<K extends string>(
  query: URLSearchParams,
  allowed: readonly K[],
): Checked<Partial<Record<K, string>>> {
  const values: Partial<Record<K, string>> = {}
  const seen = new Set<string>()
  for (const key of query.keys()) {
    if (!(allowed as readonly string[]).includes(key)) {
      const accepts = allowed.length ? `accepts ${allowed.join(', ')}` : 'takes no parameters'
      return {
        ok: false,
        response: problemResponse(
          badParameter(`Unknown query parameter ${quoteValue(key)}; this endpoint ${accepts}.`),
        ),
      }
    }
    if (seen.has(key))
      return {
        ok: false,
        response: problemResponse(
          badParameter(`Query parameter ${quoteValue(key)} is given more than once.`),
        ),
      }
    seen.add(key)
    values[key as K] = query.get(key) ?? ''
  }
  return { ok: true, value: values }
}

function parseBound(name: 'from' | 'to', value: string | undefined): Checked<MonthSpan | null> {
  if (value === undefined) return { ok: true, value: null }
  const span = periodSpan(value)
  if (span) return { ok: true, value: span }
  return {
    ok: false,
    response: problemResponse(
      badParameter(`Parameter "${name}" must be YYYY or YYYY-MM, got ${quoteValue(value)}.`),
    ),
  }
}

// Control characters make no sense in an age band and would only pollute logs.
// eslint-disable-next-line no-control-regex
const controlChars = /[\u0000-\u001f\u007f]/

function observations(index: DatasetIndex, id: string, query: URLSearchParams): ApiResponse {
  const meta = index.seriesById.get(id)
  if (!meta)
    return problemResponse(
      notFound(`No series with id ${quoteValue(id)}; GET /v1/series lists the ids.`),
    )
  const checked = checkQuery(query, ['ageGroup', 'from', 'to'] as const)
  if (!checked.ok) return checked.response
  const { ageGroup } = checked.value
  if (
    ageGroup !== undefined &&
    (ageGroup.length < 1 || ageGroup.length > 40 || controlChars.test(ageGroup))
  )
    return problemResponse(
      badParameter(
        `Parameter "ageGroup" must be 1 to 40 printable characters, got ${quoteValue(ageGroup)}.`,
      ),
    )
  const from = parseBound('from', checked.value.from)
  if (!from.ok) return from.response
  const to = parseBound('to', checked.value.to)
  if (!to.ok) return to.response
  if (from.value && to.value && from.value.first > to.value.last)
    return problemResponse(
      badParameter(
        `Parameter "from" (${quoteValue(checked.value.from ?? '')}) is after "to" (${quoteValue(checked.value.to ?? '')}).`,
      ),
    )
  const range: MonthSpan = {
    first: from.value?.first ?? Number.NEGATIVE_INFINITY,
    last: to.value?.last ?? Number.POSITIVE_INFINITY,
  }
  const rows = index.dataset.observations[meta.id] ?? []
  const filtered =
    ageGroup === undefined && !from.value && !to.value
      ? rows
      : rows.filter((row: ObservationRow) => {
          if (ageGroup !== undefined && row.ageGroup !== ageGroup) return false
          const span = periodSpan(row.period)
          return span !== null && spansOverlap(span, range)
        })
  return json({ seriesId: meta.id, observations: filtered })
}

function noParams(query: URLSearchParams, body: () => unknown): ApiResponse {
  const checked = checkQuery(query, [] as const)
  return checked.ok ? json(body()) : checked.response
}

/** Which resource a path (after the base) addresses, or null when it addresses none. */
export function matchApiResource(path: string): ApiResource | null {
  if (path === '/v1/series') return 'series'
  if (path === '/v1/events') return 'events'
  if (path === '/v1/leaders') return 'leaders'
  if (path === '/v1/openapi.json') return 'openapi'
  if (/^\/v1\/series\/[^/]+\/observations$/.test(path)) return 'observations'
  return null
}

/**
 * Answers one API v1 request.
 * @param index the dataset to serve (see `createDatasetIndex`)
 * @param method the HTTP method; GET and HEAD are answered alike (the caller drops HEAD bodies)
 * @param path the URL path after the base, still percent-encoded, e.g. `/v1/series`
 * @param query the query string
 */
export function resolveApiRequest(
  index: DatasetIndex,
  method: string,
  path: string,
  query: URLSearchParams,
): ApiResponse {
  const upper = method.toUpperCase()
  if (!(allowedMethods as readonly string[]).includes(upper))
    return problemResponse(methodNotAllowed(method), { allow: allowedMethods.join(', ') })
  switch (matchApiResource(path)) {
    case 'series':
      return noParams(query, () => ({ series: index.dataset.series }))
    case 'events':
      return noParams(query, () => ({ events: index.dataset.events }))
    case 'leaders':
      return noParams(query, () => ({ leaders: index.dataset.leaders }))
    case 'openapi':
      return noParams(query, buildOpenApiDocument)
    case 'observations': {
      const raw = path.split('/')[3] ?? ''
      let id: string
      try {
        id = decodeURIComponent(raw)
      } catch {
        id = raw
      }
      return observations(index, id, query)
    }
    case null:
      return problemResponse(
        notFound(`No resource at ${quoteValue(path || '/')}; see /v1/openapi.json for the paths.`),
      )
  }
}
