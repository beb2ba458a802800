/**
 * The embed entry: one chart, chrome-less (docs/embedding.md). Built on its own with Preact in
 * place of React (scripts/vite.embed.config.ts) to stay under the 60 KB budget; in dev it runs
 * on React through the main Vite config. The only message listened to is the host's
 * `{ type: 'rokjp-pulse:measure', chart }` request (resize.ts answers with the current height):
 * the host page can size the frame, nothing more.
 */
import { createRoot } from 'react-dom/client'
import { BaseProviders, createQueryClient } from '../app/BaseProviders'
import { config } from '../config/env'
import { holdRequestsUntil } from '../data/request-gate'
import { STATUS_CATALOGUE } from '../i18n/status'
import { serializeDashboardState, type DashboardState } from '../url/state'
import { EMBED_CHART_LOADERS, type EmbedChartComponent } from './charts'
import { EmbedApp } from './EmbedApp'
import { parseEmbedParams, type EmbedChartId } from './params'
import { parentTarget, startResizeReporter } from './resize'
import '../styles/global.css'
import './embed.css'

/**
 * `dataAsOf` of data/processed/manifest.json, defined by the embed build (a JSON import would
 * share the module with the mock's dataset and bundle the whole file). Undefined in dev, where
 * the footer falls back to the latest period in the data.
 */
const DATA_AS_OF =
  typeof __ROKJP_DATA_AS_OF__ === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(__ROKJP_DATA_AS_OF__)
    ? __ROKJP_DATA_AS_OF__
    : null

function dashboardUrl(state: DashboardState, chart: EmbedChartId): string {
  return new URL(`./${serializeDashboardState(state)}#${chart}`, window.location.href).href
}

/**
 * Mock mode only. MSW reads `localStorage` when its module loads (its cookie store); in a
 * cross-site frame whose storage is blocked (third-party storage off, as under Playwright) the
 * read throws SecurityError. An in-memory stand-in, for this frame only, keeps the mock working.
 */
function shadowBlockedStorage(): void {
  try {
    void window.localStorage
  } catch {
    const data = new Map<string, string>()
    const memory: Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'clear'> = {
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => void data.set(k, String(v)),
      removeItem: (k) => void data.delete(k),
      clear: () => data.clear(),
    }
    try {
      Object.defineProperty(window, 'localStorage', { value: memory, configurable: true })
    } catch {
      // nothing more to do: the mock will report its own failure
    }
  }
}

async function start(): Promise<void> {
  const search = new URLSearchParams(window.location.search)
  const params = parseEmbedParams(search)
  const html = document.documentElement
  html.lang = params.state.lang
  if (params.state.theme === 'auto') delete html.dataset.theme
  else html.dataset.theme = params.state.theme
  if (params.isStatic) html.dataset.static = ''

  // The chart's code and (mock mode only: the guard drops it from live builds) the in-page
  // mock load in parallel; a chart chunk that fails to load shows the "unknown chart" message.
  const chartPromise: Promise<EmbedChartComponent | null> = params.chart
    ? EMBED_CHART_LOADERS[params.chart]().catch(() => null)
    : Promise.resolve(null)
  // Requests wait for the mock; the chart draws its skeleton meanwhile. A mock that fails
  // to start leaves the chart its own "could not load" state with a retry, never a blank frame.
  if (!import.meta.env.VITE_API_BASE_URL && config.mock && params.chart) {
    shadowBlockedStorage() // before MSW's module runs: it reads localStorage on load
    holdRequestsUntil(
      import('./mock').then(({ startInPageMock }) =>
        startInPageMock({ apiBase: config.apiBaseUrl, params: search }),
      ),
    )
  }
  const Chart = await chartPromise

  const root = document.getElementById('root')
  if (!root) return
  createRoot(root).render(
    <BaseProviders
      apiBase={config.apiBaseUrl}
      lang={params.state.lang}
      queryClient={createQueryClient()}
      // loading, retry and error messages only: the dashboard's page messages stay out
      catalogue={STATUS_CATALOGUE}
    >
      <EmbedApp params={params} Chart={Chart} dataAsOf={DATA_AS_OF} dashboardUrl={dashboardUrl} />
    </BaseProviders>,
  )
  // the loader matches `chart` against its div's data-rokjp-chart, trimmed and lower-cased.
  // Started right after the first render is scheduled, so its MutationObserver sees every
  // render from the skeleton on (also in an off-screen frame, where Chromium pauses the
  // ResizeObserver); it answers the parent's `rokjp-pulse:measure` request and nothing else.
  startResizeReporter(params.chart ?? params.requestedChart.toLowerCase(), {
    observe: [root, html],
    // the content's height (html is as tall as its content, embed.css), never the viewport's
    measure: () => html.getBoundingClientRect().height,
    target: parentTarget(),
  })
}

void start()
