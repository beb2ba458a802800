/**
 * Pure grouping of the series catalogue for "Sources and methodology": by publishing
 * organisation, then by survey, with what every series of a survey shares (method, breaks,
 * notes) said once and the rest kept with its series.
 */
import type { SeriesBreak, SeriesMeta } from '../../data/schemas'
import { deriveTopic } from '../../domain/measures'

/** What is said once for a whole survey. */
export interface SurveyShared {
  /** The method, when every series states the same one; undefined when they differ. */
  method: string | null | undefined
  breaks: SeriesBreak[]
  notes: string[]
}

/** One series with what it does not share with its survey. */
export interface SeriesEntry {
  series: SeriesMeta
  /** Breaks and notes beyond the survey's shared ones. */
  breaks: SeriesBreak[]
  notes: string[]
}

export interface SurveyGroup {
  survey: string
  shared: SurveyShared
  series: SeriesEntry[]
}

export interface SourceGroup {
  org: string
  topic: SeriesMeta['topic']
  /** Earliest and latest period over all its series; null when the server sends no coverage. */
  from: string | null
  to: string | null
  seriesCount: number
  observations: number
  surveys: SurveyGroup[]
}

const breakKey = (b: SeriesBreak) => `${b.period}\u0000${b.kind}\u0000${b.note}`

function byPeriod(a: SeriesBreak, b: SeriesBreak): number {
  return a.period < b.period ? -1 : a.period > b.period ? 1 : 0
}

/** Items present in every list (order of the first list). */
function common<T>(lists: readonly (readonly T[])[], key: (item: T) => string): T[] {
  const [first, ...rest] = lists
  if (!first) return []
  const restKeys = rest.map((l) => new Set(l.map(key)))
  return first.filter((item) => restKeys.every((s) => s.has(key(item))))
}

function groupSurvey(survey: string, series: readonly SeriesMeta[]): SurveyGroup {
  const several = series.length > 1
  const methods = new Set(series.map((s) => s.method))
  const sharedBreaks = several
    ? common(
        series.map((s) => s.breaks),
        breakKey,
      )
    : []
  const sharedNotes = several
    ? common(
        series.map((s) => s.notes ?? []),
        (n) => n,
      )
    : []
  const sharedBreakKeys = new Set(sharedBreaks.map(breakKey))
  const sharedNoteSet = new Set(sharedNotes)
  return {
    survey,
    shared: {
      method: methods.size === 1 ? series[0]?.method : undefined,
      breaks: [...sharedBreaks].sort(byPeriod),
      notes: sharedNotes,
    },
    series: series.map((s) => ({
      series: s,
      breaks: s.breaks.filter((b) => !sharedBreakKeys.has(breakKey(b))).sort(byPeriod),
      notes: (s.notes ?? []).filter((n) => !sharedNoteSet.has(n)),
    })),
  }
}

const sortName = (org: string) => org.replace(/^the\s+/i, '')

/**
 * Groups series by `sourceOrg`, then `survey` (first-seen order). Organisations with opinion
 * series come first, then tourism, alphabetically within each (ignoring a leading "The").
 */
export function groupSources(series: readonly SeriesMeta[]): SourceGroup[] {
  const byOrg = new Map<string, Map<string, SeriesMeta[]>>()
  for (const s of series) {
    let surveys = byOrg.get(s.sourceOrg)
    if (!surveys) byOrg.set(s.sourceOrg, (surveys = new Map()))
    const list = surveys.get(s.survey)
    if (list) list.push(s)
    else surveys.set(s.survey, [s])
  }
  const groups: SourceGroup[] = []
  for (const [org, surveys] of byOrg) {
    const all = [...surveys.values()].flat()
    const covered = all.flatMap((s) => (s.coverage ? [s.coverage] : []))
    groups.push({
      org,
      topic: all.some((s) => (s.topic ?? deriveTopic(s.measure, s.unit)) === 'opinion')
        ? 'opinion'
        : 'tourism',
      from: covered
        .map((c) => c.from)
        .reduce<string | null>((a, b) => (a === null || b < a ? b : a), null),
      to: covered
        .map((c) => c.to)
        .reduce<string | null>((a, b) => (a === null || b > a ? b : a), null),
      seriesCount: all.length,
      observations: covered.reduce((n, c) => n + c.observations, 0),
      surveys: [...surveys].map(([name, list]) => groupSurvey(name, list)),
    })
  }
  return groups.sort((a, b) =>
    a.topic !== b.topic
      ? a.topic === 'opinion'
        ? -1
        : 1
      : sortName(a.org).localeCompare(sortName(b.org), 'en'),
  )
}

/** Only http(s) links are ever rendered. */
export function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url)
}

/**
 * Readable text for a source link without a title: host and path, decoded and shortened, so
 * two links to the same site still read differently.
 */
export function linkLabel(url: string, title: string | null, max = 70): string {
  if (title) return title
  let text = url
  try {
    const u = new URL(url)
    const path = u.pathname === '/' ? '' : u.pathname
    text = `${u.hostname.replace(/^www\./, '')}${path}${u.search}`
    try {
      text = decodeURI(text)
    } catch {
      // keep the encoded form when it is not valid UTF-8
    }
  } catch {
    // not a URL: show it as given
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
