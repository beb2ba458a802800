/**
 * The embed's query string: the dashboard's own parameters (parsed by the same total parser, so
 * a bad value falls back to its default and is reported) plus `chart` and `static`.
 */
import { parseDashboardState, type DashboardState, type IgnoredParam } from '../url/state'

/** Chart ids an embed can show. Pinned: published embeds depend on them (CONTRACT.md). */
export const EMBED_CHART_IDS = [
  'favorability-trend',
  'age-cohorts',
  'tourism-flows',
  'opinion-vs-tourism',
] as const
export type EmbedChartId = (typeof EMBED_CHART_IDS)[number]

/** The `type` of the resize message posted to the host page. */
export const RESIZE_MESSAGE_TYPE = 'rokjp-pulse:resize'

export interface EmbedParams {
  /** The chart to show, or null when `chart` is missing or unknown. */
  chart: EmbedChartId | null
  /** `chart` as given (trimmed, at most 60 characters), for the "unknown chart" message. */
  requestedChart: string
  state: DashboardState
  /** Dashboard parameters that were present but not understood (defaults used instead). */
  ignored: IgnoredParam[]
  /** `static=1`: no interaction (no legend toggles, range, tooltip or focus). */
  isStatic: boolean
  /** `asOf=YYYY-MM-DD`: the data version the embed was published with, or null. */
  asOf: string | null
  /**
   * `full=1`: the chart as on the dashboard (every part, notes open) instead of the compact
   * default that fits about one screen.
   */
  full: boolean
}

export function isEmbedChartId(value: string): value is EmbedChartId {
  return (EMBED_CHART_IDS as readonly string[]).includes(value)
}

const TRUE_VALUES = new Set(['1', 'true', 'yes', ''])
const FALSE_VALUES = new Set(['0', 'false', 'no'])

/** Parses the embed URL's query string. Never throws. */
export function parseEmbedParams(search: string | URLSearchParams): EmbedParams {
  const params = new URLSearchParams(search)
  const { state, ignored } = parseDashboardState(params)
  const requestedChart = (params.get('chart') ?? '').trim().slice(0, 60)
  const chartValue = requestedChart.toLowerCase()
  const chart = isEmbedChartId(chartValue) ? chartValue : null

  const flag = (name: string): boolean => {
    const raw = params.get(name)
    if (raw === null) return false
    const v = raw.trim().toLowerCase()
    if (TRUE_VALUES.has(v)) return true
    if (!FALSE_VALUES.has(v)) ignored.push({ name, value: raw.slice(0, 200) })
    return false
  }
  const isStatic = flag('static')
  const full = flag('full')
  // a real calendar date; anything else is reported and the embed is simply not pinned
  const rawAsOf = params.get('asOf')
  let asOf: string | null = null
  if (rawAsOf !== null) {
    const v = rawAsOf.trim()
    const d = new Date(`${v}T00:00:00Z`)
    if (
      /^\d{4}-\d{2}-\d{2}$/.test(v) &&
      !Number.isNaN(d.getTime()) &&
      d.toISOString().startsWith(v)
    )
      asOf = v
    else ignored.push({ name: 'asOf', value: rawAsOf.slice(0, 200) })
  }
  return { chart, requestedChart, state, ignored, isStatic, asOf, full }
}
