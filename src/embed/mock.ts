/**
 * Mock mode for the embed, without a service worker. An embed lives in other people's pages,
 * usually cross-site, where browsers may refuse service workers and storage (Safari, Brave,
 * Chromium with third-party storage partitioning off, as under Playwright). So the embed
 * answers its API calls in the page: `fetch` to the API base goes through the same MSW
 * handlers and `?mock=` scenarios as the dashboard's worker (`getResponse` from msw); anything
 * else passes through untouched. Imported dynamically, in mock builds only.
 */
import { getResponse, type RequestHandler } from 'msw'
import { createHandlers } from '../mocks/handlers'
import { handlersForMockParam } from '../mocks/scenarios'

export interface InPageMockOptions {
  /** API base as the app uses it, e.g. `/api` (resolved against the page). */
  apiBase: string
  /** The page's query string (`mock=` picks scenarios). */
  params: URLSearchParams
  win?: Window & typeof globalThis
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError')
}

/** Wraps `fetch` so requests under the API base are answered by the mock handlers. */
export function startInPageMock({ apiBase, params, win = window }: InPageMockOptions): () => void {
  const base = new URL(apiBase.replace(/\/+$/, ''), win.location.href).href
  const { handlers: scenario, warnings } = handlersForMockParam(params.get('mock'), {
    base: '*/api',
  })
  for (const warning of warnings) console.warn(`[mock] ${warning}`)
  const handlers: RequestHandler[] = [...scenario, ...createHandlers({ base: '*/api' })]
  const realFetch = win.fetch.bind(win)

  const mockFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init)
    if (request.url !== base && !request.url.startsWith(`${base}/`)) return realFetch(input, init)
    const { signal } = request
    if (signal.aborted) throw abortError(signal)
    const answer = getResponse(handlers, request)
    const response = await new Promise<Response | undefined>((resolve, reject) => {
      const onAbort = () => reject(abortError(signal))
      signal.addEventListener('abort', onAbort, { once: true })
      answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
    })
    if (!response) return realFetch(input, init)
    if (response.type === 'error') throw new TypeError('Failed to fetch (mock scenario)')
    return response
  }
  win.fetch = mockFetch
  return () => {
    if (win.fetch === mockFetch) win.fetch = realFetch
  }
}
