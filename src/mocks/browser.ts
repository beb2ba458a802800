/**
 * The in-browser mock (mock mode only; `src/main.tsx` imports this module dynamically, so MSW
 * and the bundled dataset stay out of the main chunk and out of live builds).
 */
import { setupWorker } from 'msw/browser'
import { config } from '../config/env'
import { createHandlers } from './handlers'
import { handlersForMockParam } from './scenarios'

/**
 * Registers the service worker with the normal handlers at the app's API base, plus the
 * scenarios named by `?mock=` (e.g. `slow`, `error:observations`), and resolves once requests
 * are intercepted. Unhandled requests (assets, modules) pass through untouched.
 */
export async function startBrowserMock(params: URLSearchParams): Promise<void> {
  const base = config.apiBaseUrl
  const worker = setupWorker(...createHandlers({ base }))
  const { handlers, warnings } = handlersForMockParam(params.get('mock'), { base })
  for (const warning of warnings) console.warn(`[mock] ${warning}`)
  if (handlers.length) worker.use(...handlers)
  await worker.start({
    onUnhandledFrame: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
}
