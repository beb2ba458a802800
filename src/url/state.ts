/**
 * The dashboard's state lives in its query string (CONTRACT.md "Dashboard URL"). Parsing is
 * total: any input yields a valid state plus a list of the parameters that were ignored, so a
 * hand-edited link can never blank the page. Serializing writes only non-default values.
 */

import { COHORT_IDS, type CohortId } from '../domain/age-bands'
import { LANGS, type Lang } from '../domain/format'
import { OPINION_MEASURES, type OpinionMeasure } from '../domain/measures'

export { LANGS, type Lang }

export const THEMES = ['auto', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

/** Harmonised cohorts of the age filter (defined with the age bands in domain/). */
export const COHORTS = COHORT_IDS
export type Cohort = CohortId

export const RESPONDENTS = ['both', 'KR', 'JP'] as const
export type Respondents = (typeof RESPONDENTS)[number]

/** Which opinion measure group the trend chart shows (see src/domain/measures.ts). */
export const MEASURES = OPINION_MEASURES
export type Measure = OpinionMeasure

export const MIN_YEAR = 1988
export const MAX_YEAR = 2030

export interface DashboardState {
  /** Harmonised age cohort; `all` is every age. */
  age: Cohort
  /** First year shown, inclusive, or null for the start of the data. */
  from: number | null
  /** Last year shown, inclusive, or null for the end of the data. */
  to: number | null
  lang: Lang
  theme: Theme
  /** Whose opinion: Koreans about Japan, Japanese about Korea, or both. */
  respondents: Respondents
  /** Survey source families to show; empty means all. */
  sources: string[]
  /** Opinion measure of the trend chart. */
  measure: Measure
}

export const DEFAULT_STATE: DashboardState = {
  age: 'all',
  from: null,
  to: null,
  lang: 'en',
  theme: 'auto',
  respondents: 'both',
  sources: [],
  measure: 'favourable',
}

/** A parameter that was present but not understood, for the fallback notice. */
export interface IgnoredParam {
  name: string
  value: string
}

export interface ParsedState {
  state: DashboardState
  ignored: IgnoredParam[]
}

/** Older or alternative spellings of cohort values, migrated to the canonical id. */
const COHORT_ALIASES: Record<string, Cohort> = {
  '20s': '18-29',
  '18to29': '18-29',
  '18_29': '18-29',
  '30s': '30-39',
  '40s': '40-49',
  '50s': '50-59',
  '60s': '60-69',
  '70plus': '70+',
  // "age=70+" typed by hand: the plus sign decodes to a space, trimmed away
  '70': '70+',
}

/** Parameters other parts of the app own (mock scenarios, embed options): not "unknown". */
const PASSTHROUGH = new Set(['mock', 'chart', 'static', 'embed', 'asOf', 'full'])

function parseYear(raw: string): number | null {
  if (!/^\d{4}$/.test(raw)) return null
  const y = Number(raw)
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : null
}

/**
 * A source family id as a link may carry it (kebab-case, as API v1's `family` extension). Which
 * families exist is the data's business: the app reports well-formed ids the data lacks
 * ({@link unknownSources}) and the charts ignore them.
 */
const FAMILY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/
const MAX_SOURCES = 40

/** Parses a query string into a complete {@link DashboardState}. Never throws. */
export function parseDashboardState(search: string | URLSearchParams): ParsedState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search
  const state: DashboardState = { ...DEFAULT_STATE, sources: [] }
  const ignored: IgnoredParam[] = []
  const seen = new Set<string>()

  for (const [name, rawValue] of params) {
    const value = rawValue.slice(0, 200)
    if (seen.has(name)) continue
    seen.add(name)
    switch (name) {
      case 'age': {
        const v = value.trim().toLowerCase()
        const cohort = (COHORTS as readonly string[]).includes(v)
          ? (v as Cohort)
          : Object.hasOwn(COHORT_ALIASES, v)
            ? COHORT_ALIASES[v]
            : undefined
        if (cohort) state.age = cohort
        else ignored.push({ name, value })
        break
      }
      case 'from':
      case 'to': {
        const y = parseYear(value.trim())
        if (y === null) ignored.push({ name, value })
        else state[name] = y
        break
      }
      case 'lang': {
        const v = value.trim().toLowerCase()
        if ((LANGS as readonly string[]).includes(v)) state.lang = v as Lang
        else ignored.push({ name, value })
        break
      }
      case 'theme': {
        const v = value.trim().toLowerCase()
        if ((THEMES as readonly string[]).includes(v)) state.theme = v as Theme
        else ignored.push({ name, value })
        break
      }
      case 'respondents': {
        const v = value.trim()
        const r =
          v.toUpperCase() === 'KR' || v.toUpperCase() === 'JP' ? v.toUpperCase() : v.toLowerCase()
        if ((RESPONDENTS as readonly string[]).includes(r)) state.respondents = r as Respondents
        else ignored.push({ name, value })
        break
      }
      case 'measure': {
        const v = value.trim().toLowerCase().replace('favorable', 'favourable')
        if ((MEASURES as readonly string[]).includes(v)) state.measure = v as Measure
        else ignored.push({ name, value })
        break
      }
      case 'sources': {
        const ids = [
          ...new Set(
            value
              .split(',')
              .map((s) => s.trim().toLowerCase())
              .filter(Boolean),
          ),
        ]
        // Malformed ids are dropped (and reported), as are ids beyond MAX_SOURCES; the rest
        // apply. Ids the data has no family for are reported once the series list is known
        // (unknownSources) and never empty a chart: with none known, charts show every source.
        const valid = ids.filter((s) => s.length <= 40 && FAMILY_ID.test(s))
        if (valid.length > 0) state.sources = valid.slice(0, MAX_SOURCES).sort()
        if (valid.length === 0 || valid.length < ids.length || valid.length > MAX_SOURCES)
          ignored.push({ name, value })
        break
      }
      default:
        if (!PASSTHROUGH.has(name)) ignored.push({ name, value })
    }
  }

  if (state.from !== null && state.to !== null && state.from > state.to) {
    ignored.push(
      { name: 'from', value: String(state.from) },
      { name: 'to', value: String(state.to) },
    )
    state.from = null
    state.to = null
  }
  return { state, ignored }
}

/**
 * The `sources` of a state that name no family of the data (`families`: the families the
 * service lists), as an ignored parameter for the fallback notice; null when all are known.
 */
export function unknownSources(
  sources: readonly string[],
  families: ReadonlySet<string>,
): IgnoredParam | null {
  const unknown = sources.filter((s) => !families.has(s))
  return unknown.length > 0 ? { name: 'sources', value: unknown.join(',') } : null
}

/**
 * Writes only the values that differ from {@link DEFAULT_STATE}, in a stable order; with
 * `{ defaults: true }` every value is written (a published embed must not change when a default
 * does). An open year range (`from`/`to` null) is written by leaving the parameter out.
 */
export function serializeDashboardState(
  state: DashboardState,
  extra?: Record<string, string>,
  { defaults = false }: { defaults?: boolean } = {},
): string {
  const params = new URLSearchParams()
  const write = <K extends keyof DashboardState>(key: K) =>
    defaults || state[key] !== DEFAULT_STATE[key]
  if (write('age')) params.set('age', state.age)
  if (state.from !== null) params.set('from', String(state.from))
  if (state.to !== null) params.set('to', String(state.to))
  if (write('respondents')) params.set('respondents', state.respondents)
  if (state.sources.length > 0) params.set('sources', [...state.sources].sort().join(','))
  if (write('measure')) params.set('measure', state.measure)
  if (write('lang')) params.set('lang', state.lang)
  if (write('theme')) params.set('theme', state.theme)
  for (const [k, v] of Object.entries(extra ?? {})) params.set(k, v)
  const qs = params.toString()
  return qs ? `?${qs}` : ''
}
