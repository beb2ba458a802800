/**
 * What the dashboard needs to know of a series to draw it, read from what the API says of it:
 * the contract's fields (respondents, target, measure, unit, sourceOrg) and, where the server
 * sends them, the extensions (family, label, i18n, cadence, measureGroup, primary, topic).
 * Nothing here knows a series id: a series the app has never seen gets a chart, a colour and a
 * label by the same rules (docs/api.md "What a client derives").
 */
import type { Lang } from '../domain/format'
import {
  deriveMeasureGroup,
  deriveTopic,
  type Cadence,
  type MeasureGroup,
  type Topic,
} from '../domain/measures'
import { SOURCE_FAMILIES, familyColors, type Direction, type SchemeColor } from '../domain/palette'
import type { ObservationRow, SeriesBreak, SeriesMeta } from './schemas'

/** One series as the charts see it, in one language. */
export interface SeriesProfile {
  id: string
  meta: SeriesMeta
  /** The language its texts are in. */
  lang: Lang
  topic: Topic
  measureGroup: MeasureGroup
  /** Source family: the key of the colour and of the sources filter. */
  family: string
  /** Short legend label in the reader's language (English where none is sent). */
  label: string
  /** Short name of the source family in the reader's language. */
  sourceLabel: string
  /** Title in the reader's language (English where none is sent). */
  title: string
  /** Reader notes in the reader's language (English where none is sent). */
  notes: string[]
  /** Method breaks, their notes in the reader's language. */
  breaks: SeriesBreak[]
  /** Whose view of whom (or who travels where); null when respondents and target agree. */
  direction: Direction | null
  /** Declared cadence; null when the server sends none (then derived from the periods). */
  cadence: Cadence | null
  /** False for an alternative wording, definition or sub-sample: listed, not charted. */
  primary: boolean
  color: SchemeColor
}

const MAX_LABEL = 40

/** A short label from a publisher's name: no parenthesis, nothing after `;`, at most 40 chars. */
export function shortLabel(sourceOrg: string): string {
  const plain = sourceOrg
    .split(/[;；]/)[0]!
    .replace(/\s*[(（][^)）]*[)）]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  const text = plain || sourceOrg.trim()
  return text.length <= MAX_LABEL ? text : `${text.slice(0, MAX_LABEL - 1).trimEnd()}…`
}

/** A kebab-case family id from a publisher's name; a short hash where the name has no Latin letters. */
export function familyFromOrg(sourceOrg: string): string {
  const slug = shortLabel(sourceOrg)
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '')
  if (slug) return slug
  let h = 0
  for (const ch of sourceOrg) h = (Math.imul(h, 31) + (ch.codePointAt(0) ?? 0)) | 0
  return `source-${(h >>> 0).toString(36)}`
}

/** Whose opinion of whom, from the contract's respondents and target. */
export function directionOf(meta: Pick<SeriesMeta, 'respondents' | 'target'>): Direction | null {
  if (meta.respondents === meta.target) return null
  return meta.respondents === 'KR' ? 'KR-JP' : 'JP-KR'
}

const familyRank = new Map<string, number>(SOURCE_FAMILIES.map((f, i) => [f, i]))

/** Declared families first (in declared order), the others by id; then by series id. */
function compareProfiles(a: SeriesProfile, b: SeriesProfile): number {
  const ra = familyRank.get(a.family) ?? SOURCE_FAMILIES.length
  const rb = familyRank.get(b.family) ?? SOURCE_FAMILIES.length
  if (ra !== rb) return ra - rb
  if (a.family !== b.family) return a.family < b.family ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

function profile(meta: SeriesMeta, lang: Lang, colors: Map<string, SchemeColor>): SeriesProfile {
  const topic = meta.topic ?? deriveTopic(meta.measure, meta.unit)
  const family = meta.family ?? familyFromOrg(meta.sourceOrg)
  const texts = lang === 'en' ? undefined : meta.i18n?.[lang]
  const sourceLabel = texts?.sourceLabel ?? meta.sourceLabel ?? shortLabel(meta.sourceOrg)
  const label = texts?.label ?? meta.label ?? sourceLabel
  const notes = meta.notes ?? []
  return {
    id: meta.id,
    meta,
    lang,
    topic,
    measureGroup: meta.measureGroup ?? deriveMeasureGroup(meta.measure, meta.unit, topic),
    family,
    label,
    sourceLabel,
    title: texts?.title ?? meta.title,
    // translations come by position; a list of another length is not trusted
    notes: texts?.notes?.length === notes.length ? texts.notes : notes,
    breaks:
      texts?.breaks?.length === meta.breaks.length
        ? meta.breaks.map((b, i) => ({ ...b, note: texts.breaks?.[i] ?? b.note }))
        : meta.breaks,
    direction: directionOf(meta),
    cadence: meta.cadence ?? null,
    primary: meta.primary ?? true,
    color: colors.get(family) ?? { light: '#666666', dark: '#9A9A9A' },
  }
}

const cache = new WeakMap<readonly SeriesMeta[], Map<Lang, SeriesProfile[]>>()

/**
 * Profiles of every series of a series list, in legend order, for one language. Memoised per
 * list: every chart of a page shares one computation.
 */
export function profileSeriesList(series: readonly SeriesMeta[], lang: Lang): SeriesProfile[] {
  let byLang = cache.get(series)
  if (!byLang) {
    byLang = new Map()
    cache.set(series, byLang)
  }
  const hit = byLang.get(lang)
  if (hit) return hit
  const colors = familyColors(series.map((m) => m.family ?? familyFromOrg(m.sourceOrg)))
  const out = series.map((m) => profile(m, lang, colors)).sort(compareProfiles)
  byLang.set(lang, out)
  return out
}

/** An observation's note in `lang` (English where none is sent). */
export function noteIn(row: ObservationRow, lang: Lang): string | null {
  return (lang === 'en' ? undefined : row.i18n?.[lang]?.note) ?? row.note
}

/** Who ran an observation's wave, in `lang`; null when the server does not say. */
export function creditIn(row: ObservationRow, lang: Lang): string | null {
  return (lang === 'en' ? undefined : row.i18n?.[lang]?.conductedBy) ?? row.conductedBy ?? null
}
