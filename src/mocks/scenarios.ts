/**
 * Named deviations from the normal network, for tests and demos. Each returns handlers to
 * prepend (`server.use(...)` / `worker.use(...)`) and can be limited to some resources:
 * `slow` (delay, then the normal answer), `empty` (valid, empty lists), `error` (500 problem),
 * `malformed` (200 with a body that violates the schemas), `offline` (network error).
 * In the browser they come from the page URL: `?mock=slow`, `?mock=error:observations`,
 * `?mock=slow,empty:events+leaders`.
 */
import { HttpResponse, delay, http, type HttpHandler } from 'msw'
import { internalError, jsonContentType, problemResponse, type ApiResource } from '../data/api-v1'
import { toHttpResponse } from './context'
import { mockResources } from './handlers'

export const scenarioNames = ['slow', 'empty', 'error', 'malformed', 'offline'] as const
export type ScenarioName = (typeof scenarioNames)[number]

/** Resources a scenario touches unless told otherwise (the OpenAPI document is left alone). */
export const defaultScenarioResources: readonly ApiResource[] = [
  'series',
  'observations',
  'events',
  'leaders',
]

/** Default delay of `slow`, in milliseconds. */
export const slowDelayMs = 2500

export interface ScenarioOptions {
  /** Only these resources; default {@link defaultScenarioResources}. */
  resources?: readonly ApiResource[]
  /** MSW path of the API base; default `*\/api`. */
  base?: string
  /** Delay of `slow` in ms; default {@link slowDelayMs}. */
  delayMs?: number
}

/** A minimal `setupServer`/`setupWorker` surface, so scenarios apply to either. */
export interface HandlerTarget {
  use: (...handlers: HttpHandler[]) => void
}

/** Body of the `error` scenario. */
export const scenarioErrorProblem = internalError('Simulated failure (mock scenario "error").')

/** Handlers that make `resources` behave as scenario `name`; prepend them to the normal ones. */
export function scenarioHandlers(name: ScenarioName, options: ScenarioOptions = {}): HttpHandler[] {
  const base = options.base ?? '*/api'
  const ms = options.delayMs ?? slowDelayMs
  const handlers: HttpHandler[] = []
  for (const resourceName of options.resources ?? defaultScenarioResources) {
    const resource = mockResources[resourceName]
    const path = `${base}${resource.path}`
    switch (name) {
      case 'slow':
        // Returning nothing falls through to the next handler: the normal answer, late.
        handlers.push(
          http.all(path, async () => {
            await delay(ms)
          }),
        )
        break
      case 'error':
        handlers.push(http.all(path, () => toHttpResponse(problemResponse(scenarioErrorProblem))))
        break
      case 'offline':
        handlers.push(http.all(path, () => HttpResponse.error()))
        break
      case 'empty':
      case 'malformed': {
        const body = resource[name]
        if (body)
          handlers.push(
            http.get(path, ({ params }) =>
              toHttpResponse({
                status: 200,
                headers: { 'content-type': jsonContentType },
                body: body(params as Record<string, string>),
              }),
            ),
          )
        break
      }
    }
  }
  return handlers
}

/** Prepends scenario `name` to a server or worker; undo with `resetHandlers()`. */
export function applyScenario(
  target: HandlerTarget,
  name: ScenarioName,
  options: ScenarioOptions = {},
): void {
  target.use(...scenarioHandlers(name, options))
}

/** One parsed item of the `mock` URL parameter. */
export interface ScenarioRequest {
  name: ScenarioName
  /** Undefined means the default resources. */
  resources?: ApiResource[]
}

/**
 * Parses the `mock` page parameter: comma-separated `name` or `name:resource+resource`.
 * Unknown names or resources are skipped and reported in `warnings`, never thrown.
 */
export function parseMockParam(value: string | null | undefined): {
  scenarios: ScenarioRequest[]
  warnings: string[]
} {
  const scenarios: ScenarioRequest[] = []
  const warnings: string[] = []
  for (const item of (value ?? '').split(',')) {
    const spec = item.trim()
    if (!spec) continue
    const [rawName = '', rawResources] = spec.split(':', 2)
    const name = rawName.trim()
    if (!(scenarioNames as readonly string[]).includes(name)) {
      warnings.push(`unknown mock scenario "${name}" (known: ${scenarioNames.join(', ')})`)
      continue
    }
    if (rawResources === undefined) {
      scenarios.push({ name: name as ScenarioName })
      continue
    }
    const resources: ApiResource[] = []
    for (const r of rawResources.split(/[+|]/).map((s) => s.trim())) {
      if (r in mockResources) resources.push(r as ApiResource)
      else
        warnings.push(
          `unknown mock resource "${r}" (known: ${Object.keys(mockResources).join(', ')})`,
        )
    }
    if (resources.length) scenarios.push({ name: name as ScenarioName, resources })
  }
  return { scenarios, warnings }
}

/** Handlers for a parsed or raw `mock` parameter, in order (earlier items take precedence). */
export function handlersForMockParam(
  value: string | null | undefined,
  options: Omit<ScenarioOptions, 'resources'> = {},
): { handlers: HttpHandler[]; warnings: string[] } {
  const { scenarios, warnings } = parseMockParam(value)
  const handlers = scenarios.flatMap((s) =>
    scenarioHandlers(s.name, s.resources ? { ...options, resources: s.resources } : options),
  )
  return { handlers, warnings }
}
