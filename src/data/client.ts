/**
 * The typed fetch client for API v1. Every response is parsed with its zod schema at this
 * boundary: a body that does not match the contract becomes an {@link ApiError} of kind
 * `schema`, never a number on a chart.
 */
import type { z } from 'zod'
import { OBSERVATION_EXTENSION_KEYS, SERIES_EXTENSION_KEYS, problemSchema } from './schemas'
import { requestsReady } from './request-gate'

export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'schema'

/** A failed API call, classified so the UI can say what went wrong and offer a retry. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status: number | null
  readonly url: string
  /** `detail` of a problem+json body, or a short technical summary; plain text. */
  readonly detail: string | null

  constructor(
    kind: ApiErrorKind,
    url: string,
    message: string,
    status: number | null = null,
    detail: string | null = null,
  ) {
    super(message)
    this.name = 'ApiError'
    this.kind = kind
    this.status = status
    this.url = url
    this.detail = detail
  }
}

export interface FetchOptions {
  signal?: AbortSignal
  /** Milliseconds before the request is abandoned with kind `timeout`. */
  timeoutMs?: number
  fetchImpl?: typeof fetch
}

export const DEFAULT_TIMEOUT_MS = 15_000

/** Joins the base URL and a path beginning with `/`. */
export function apiUrl(
  base: string,
  path: string,
  params?: Record<string, string | undefined>,
): string {
  const search = new URLSearchParams()
  for (const [k, v] of Object.entries(params ?? {}))
    if (v !== undefined && v !== '') search.set(k, v)
  const qs = search.toString()
  return `${base.replace(/\/+$/, '')}${path}${qs ? `?${qs}` : ''}`
}

function summariseIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ')
}

/** Field names that are extensions of API v1 (series and observation level), never contract. */
const EXTENSION_KEYS: ReadonlySet<string> = new Set([
  ...SERIES_EXTENSION_KEYS,
  ...OBSERVATION_EXTENSION_KEYS,
])

type SafeParse<T> = { success: true; data: T } | { success: false; error: z.ZodError }

/**
 * `schema.safeParse`, as a tolerant reader: when the only problems are malformed extension
 * values, those values are dropped and the rest parsed again, so a server whose extension means
 * something else still has its contract data drawn. A contract violation still fails.
 * Drops values from `json` in place: pass a value nobody else holds (a fresh `JSON.parse`).
 */
export function parseTolerant<S extends z.ZodType>(
  schema: S,
  json: unknown,
): SafeParse<z.output<S>> {
  let parsed = schema.safeParse(json) as SafeParse<z.output<S>>
  // each round removes every offending extension value at its depth; nested ones may need more
  for (let round = 0; round < 3 && !parsed.success; round++) {
    const drops: (string | number)[][] = []
    for (const issue of parsed.error.issues) {
      const at = issue.path.findIndex((seg) => typeof seg === 'string' && EXTENSION_KEYS.has(seg))
      if (at < 0) return parsed // a contract field: the response breaks the contract
      drops.push(issue.path.slice(0, at + 1) as (string | number)[])
    }
    for (const path of drops) dropAt(json, path)
    parsed = schema.safeParse(json) as SafeParse<z.output<S>>
  }
  return parsed
}

function dropAt(root: unknown, path: readonly (string | number)[]): void {
  let node = root
  for (const seg of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return
    node = (node as Record<string | number, unknown>)[seg]
  }
  if (typeof node === 'object' && node !== null)
    delete (node as Record<string | number, unknown>)[path[path.length - 1] as string | number]
}

/**
 * GETs `url` and parses the JSON body with `schema`. Rejects with an {@link ApiError}:
 * `network` (no response), `timeout`, `http` (non-2xx, with the problem detail when present),
 * `parse` (not JSON) or `schema` (JSON that breaks the contract).
 */
export async function fetchJson<S extends z.ZodType>(
  url: string,
  schema: S,
  options: FetchOptions = {},
): Promise<z.output<S>> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS } = options
  // mock mode: wait until the mock intercepts (src/data/request-gate.ts); the timeout starts
  // after, and `fetch` is looked up only now (an in-page mock replaces it when it starts)
  await requestsReady()
  signal?.throwIfAborted()
  const fetchImpl = options.fetchImpl ?? globalThis.fetch
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  const onAbort = () => controller.abort()
  signal?.addEventListener('abort', onAbort, { once: true })

  let response: Response
  try {
    response = await fetchImpl(url, {
      signal: controller.signal,
      headers: { accept: 'application/json' },
    })
  } catch (cause) {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
    if (timedOut)
      throw new ApiError(
        'timeout',
        url,
        `The request took longer than ${Math.round(timeoutMs / 1000)} s.`,
      )
    if (signal?.aborted) throw cause
    throw new ApiError('network', url, 'The data service could not be reached.')
  }

  try {
    const text = await response.text()
    if (!response.ok) {
      let detail: string | null = null
      try {
        const problem = problemSchema.safeParse(JSON.parse(text))
        if (problem.success) detail = problem.data.detail
      } catch {
        // a non-JSON error body: the status says enough
      }
      throw new ApiError(
        'http',
        url,
        `The data service answered ${response.status}.`,
        response.status,
        detail,
      )
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      throw new ApiError(
        'parse',
        url,
        'The data service sent a response that is not JSON.',
        response.status,
      )
    }
    const parsed = parseTolerant(schema, json)
    if (!parsed.success) {
      throw new ApiError(
        'schema',
        url,
        'The data service sent data in an unexpected shape.',
        response.status,
        summariseIssues(parsed.error),
      )
    }
    return parsed.data
  } catch (error) {
    if (timedOut && !(error instanceof ApiError))
      throw new ApiError(
        'timeout',
        url,
        `The request took longer than ${Math.round(timeoutMs / 1000)} s.`,
      )
    throw error
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
  }
}
