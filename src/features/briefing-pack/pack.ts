/**
 * The briefing pack's model: a list of views, each a chart id and the filters that chart
 * depends on, kept as the dashboard's own query string (src/url/state.ts), so a view is a link
 * and is parsed by the same total parser. Parsing a stored pack is total too: anything
 * malformed is dropped, never thrown.
 */
import {
  DEFAULT_STATE,
  parseDashboardState,
  serializeDashboardState,
  type DashboardState,
} from '../../url/state'
import { isChartId, type ChartId } from './chart-ids'

/** A pack holds at most this many views (a deck, not an archive). */
export const MAX_VIEWS = 20

/** One view: a chart and its filters. */
export interface PackView {
  chart: ChartId
  /** The chart's filters as the dashboard's query string ("" or "?age=18-29&from=2018"). */
  query: string
}

/** The filters a view is made of (language and theme are the pack's, set when it is made). */
type Filter = 'age' | 'from' | 'to' | 'respondents' | 'sources' | 'measure'

/** The filters each chart depends on (visitor counts have no age bands, sources or measures). */
export const CHART_FILTERS: Record<ChartId, readonly Filter[]> = {
  'favorability-trend': ['age', 'from', 'to', 'respondents', 'sources', 'measure'],
  'age-cohorts': ['age', 'from', 'to', 'respondents', 'sources'],
  'tourism-flows': ['from', 'to', 'respondents'],
  'opinion-vs-tourism': ['from', 'to', 'respondents'],
}

/** The view of `chart` in `state`: only the filters the chart depends on are kept. */
export function viewOf(chart: ChartId, state: DashboardState): PackView {
  const kept: DashboardState = { ...DEFAULT_STATE, sources: [] }
  const own = CHART_FILTERS[chart]
  if (own.includes('age')) kept.age = state.age
  if (own.includes('from')) kept.from = state.from
  if (own.includes('to')) kept.to = state.to
  if (own.includes('respondents')) kept.respondents = state.respondents
  if (own.includes('sources')) kept.sources = [...state.sources]
  if (own.includes('measure')) kept.measure = state.measure
  return { chart, query: serializeDashboardState(kept) }
}

/**
 * The dashboard address of a view under `baseUrl`: its filters and language, no theme (the
 * reader's own applies), optionally with the chart's anchor (`#tourism-flows`).
 */
export function viewLink(state: DashboardState, baseUrl: string, chart?: ChartId): string {
  const url = new URL(serializeDashboardState({ ...state, theme: 'auto' }) || '.', baseUrl)
  if (chart) url.hash = chart
  return url.toString()
}

/** The dashboard state of a view, in the pack's language and theme. */
export function stateOf(view: PackView, lang: DashboardState['lang']): DashboardState {
  const { state } = parseDashboardState(view.query)
  return { ...state, lang, theme: 'auto' }
}

/** Two views are the same when chart and filters are. */
export function sameView(a: PackView, b: PackView): boolean {
  return a.chart === b.chart && a.query === b.query
}

/** Storage format version: a change of shape gets a new key, old packs are then ignored. */
export const PACK_STORAGE_KEY = 'rokjp-pulse:briefing-pack:v1'

/** The stored form of a pack (JSON). */
export function serializePack(views: readonly PackView[]): string {
  return JSON.stringify({ views: views.map((v) => ({ chart: v.chart, query: v.query })) })
}

/**
 * A stored pack read back: unknown charts, malformed entries and duplicates are dropped, each
 * view's filters are re-parsed and re-written (so a hand-edited value falls back to its
 * default, as in a link), at most {@link MAX_VIEWS}. Never throws.
 */
export function parsePack(raw: string | null): PackView[] {
  if (!raw) return []
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return []
  }
  const list =
    data && typeof data === 'object' && Array.isArray((data as { views?: unknown }).views)
      ? ((data as { views: unknown[] }).views as unknown[])
      : []
  const out: PackView[] = []
  for (const item of list) {
    if (out.length >= MAX_VIEWS) break
    if (!item || typeof item !== 'object') continue
    const { chart, query } = item as { chart?: unknown; query?: unknown }
    if (!isChartId(chart) || typeof query !== 'string' || query.length > 2000) continue
    const view = viewOf(chart, parseDashboardState(query).state)
    if (!out.some((v) => sameView(v, view))) out.push(view)
  }
  return out
}
