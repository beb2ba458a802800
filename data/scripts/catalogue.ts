/**
 * The series catalogue: one YAML file per source family in data/catalogue/, read and checked
 * here. A file gives what its series share (family, short label, publisher, survey, method,
 * cadence, breaks, notes) and lists its series; a series may override any shared field. The
 * build turns each entry and its raw rows into one API series (data/README.md, "The catalogue").
 *
 * Errors point at the YAML line (`data/catalogue/x.yaml:12: reason`), like the CSV checks.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { LineCounter, parseDocument, isNode, type Document } from 'yaml'
import { z } from 'zod'
import {
  breakSchema,
  cadenceSchema,
  httpUrlSchema,
  granularitySchema,
  measureGroupSchema,
  periodSchema,
  seriesIdSchema,
  topicSchema,
  type SeriesBreak,
} from '../../src/data/schemas'
import type { Cadence, MeasureGroup, Topic } from '../../src/domain/measures'
import { at, curationWording, type ValidationError } from './validate'

const HERE = dirname(fileURLToPath(import.meta.url))
/** Default catalogue directory (data/catalogue). */
export const CATALOGUE_DIR = resolve(HERE, '../catalogue')

/** English text with optional Korean and Japanese (reader texts need all three). */
export interface Texts {
  en: string
  ko?: string
  ja?: string
}

/**
 * A reader note attached to one observation, keyed by its processed period and age group.
 * `note` is null when the row has only a curation `log` (kept in the YAML, never served).
 */
export interface RowNote {
  period: string
  ageGroup: string
  note: Texts | null
}

/** A method break with its reader note in three languages. */
export interface CatalogueBreak {
  period: string
  kind: SeriesBreak['kind']
  note: Texts
}

/** Who ran the waves from `from` to `to` (inclusive; null = open), as the reader is told. */
export interface Credit {
  from: string | null
  to: string | null
  by: Texts
}

/** One processed series, built from the rows of one raw series_id (shared fields resolved). */
export interface CatalogueEntry {
  /** Where the entry is written, for error messages. */
  file: string
  line: number | null
  /** series_id in the raw CSVs. */
  rawSeriesId: string
  /**
   * Only rows whose period is a year (`YYYY`) or a month (`YYYY-MM`); used to split a raw
   * series that mixes annual totals and monthly counts into two series.
   */
  periodFilter?: 'year' | 'month'
  id: string
  family: string
  title: Texts
  /** Legend label of the series (the file's label unless the series sets its own). */
  label: Texts
  /** Short name of the source family (the file's label). */
  sourceLabel: Texts
  sourceOrg: string
  survey: string
  question: string | null
  method: string | null
  topic: Topic
  measureGroup: MeasureGroup
  granularity: 'wave' | 'year' | 'month'
  cadence: Cadence
  primary: boolean
  breaks: CatalogueBreak[]
  /** Reader notes (served); the curation `log` of the YAML is not read into the entry. */
  notes: Texts[]
  rowNotes: RowNote[]
  /** Who ran each wave; by default the whole series is credited to the family's label. */
  credits: Credit[]
  /** The publisher's own page or table for the series, where one is known. */
  officialUrl: string | null
  /** Periods with no figure, and why: no wave was fielded, or its figure was not found. */
  gaps: { from: string; to: string; reason: 'noWave' | 'notFound' }[]
  /**
   * The one age band the survey sampled (e.g. "18-39" for a survey of 18–39-year-olds): a row of
   * that band carries the survey's n as its own. Other band rows of reference files carry the
   * whole survey's n, which the build keeps apart (see build.ts, `bandSampleSize`).
   */
  sampledAges: string | null
}

/** A raw series deliberately not served, with the reason (e.g. a unit API v1 cannot carry). */
export interface NotServed {
  file: string
  line: number | null
  rawSeriesId: string
  reason: string
}

export interface Catalogue {
  entries: CatalogueEntry[]
  notServed: NotServed[]
  errors: ValidationError[]
}

const text = z.union([
  z.string().min(1),
  z
    .object({
      en: z.string().min(1),
      ko: z.string().min(1).optional(),
      ja: z.string().min(1).optional(),
    })
    .strict(),
])

const familyId = z
  .string()
  .max(40)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)')
const rawId = z.string().regex(/^[a-z0-9_]+$/, 'must be a raw series_id (a-z, 0-9, _)')

/** The curation log: working notes for the people who keep the data; never served. */
const log = z.union([z.string().min(1), z.array(z.string().min(1))]).optional()

const rowNoteSchema = z
  .object({ period: periodSchema, ageGroup: z.string().min(1), note: text.optional(), log })
  .strict()
  .refine((n) => n.note !== undefined || n.log !== undefined, 'a row note needs a note or a log')

const catalogueBreakSchema = z
  .object({ period: breakSchema.shape.period, kind: breakSchema.shape.kind, note: text, log })
  .strict()

const creditSchema = z
  .object({ from: periodSchema.optional(), to: periodSchema.optional(), by: text })
  .strict()

/** Fields a file may set for all its series and a series may override. */
const sharedShape = {
  label: text.optional(),
  sourceOrg: z.string().min(1).optional(),
  survey: z.string().min(1).optional(),
  method: z.string().min(1).nullable().optional(),
  cadence: cadenceSchema.optional(),
  breaks: z.array(catalogueBreakSchema).optional(),
  notes: z.array(text).optional(),
  credits: z.array(creditSchema).optional(),
  officialUrl: httpUrlSchema.optional(),
  log,
}

const seriesEntrySchema = z
  .object({
    ...sharedShape,
    id: seriesIdSchema,
    raw: rawId,
    periods: z.enum(['year', 'month']).optional(),
    title: text,
    question: z.string().min(1).nullable(),
    topic: topicSchema,
    measureGroup: measureGroupSchema,
    granularity: granularitySchema,
    primary: z.boolean().optional(),
    sampledAges: z.string().min(1).optional(),
    rowNotes: z.array(rowNoteSchema).optional(),
    gaps: z
      .array(
        z
          .object({
            from: periodSchema,
            to: periodSchema.optional(),
            reason: z.enum(['noWave', 'notFound']),
          })
          .strict(),
      )
      .optional(),
  })
  .strict()

const catalogueFileSchema = z
  .object({
    ...sharedShape,
    family: familyId,
    label: text,
    series: z.array(seriesEntrySchema).default([]),
    notServed: z.array(z.object({ raw: rawId, reason: z.string().min(1) }).strict()).optional(),
  })
  .strict()

type CatalogueFile = z.infer<typeof catalogueFileSchema>

const texts = (t: string | Texts): Texts => (typeof t === 'string' ? { en: t } : t)

/** Line (1-based) of the YAML node at `path`, or null. */
function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | null {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true)
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line
  }
  return null
}

const byPeriod = (a: CatalogueBreak, b: CatalogueBreak) =>
  a.period < b.period
    ? -1
    : a.period > b.period
      ? 1
      : a.kind < b.kind
        ? -1
        : a.kind > b.kind
          ? 1
          : 0

/** Parses one catalogue file's text. `file` names it in errors. Pure: no file access. */
export function parseCatalogueFile(file: string, source: string): Catalogue {
  const counter = new LineCounter()
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false })
  const errors: ValidationError[] = []
  for (const e of doc.errors)
    errors.push(at(file, counter.linePos(e.pos[0]).line, `YAML: ${e.message.split('\n')[0]}`))
  if (errors.length > 0) return { entries: [], notServed: [], errors }
  const parsed = catalogueFileSchema.safeParse(doc.toJS())
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      errors.push(
        at(
          file,
          lineOf(doc, counter, issue.path),
          `${issue.path.join('.') || '(file)'}: ${issue.message}`,
        ),
      )
    return { entries: [], notServed: [], errors }
  }
  const f: CatalogueFile = parsed.data
  const entries: CatalogueEntry[] = []
  f.series.forEach((s, i) => {
    const line = lineOf(doc, counter, ['series', i])
    const missing = (field: string) =>
      errors.push(at(file, line, `series ${s.id}: no ${field} (set it on the series or the file)`))
    const sourceOrg = s.sourceOrg ?? f.sourceOrg
    const survey = s.survey ?? f.survey
    const method = s.method !== undefined ? s.method : f.method
    const cadence = s.cadence ?? f.cadence
    if (!sourceOrg) missing('sourceOrg')
    if (!survey) missing('survey')
    if (method === undefined) missing('method (null if unknown)')
    if (!cadence) missing('cadence')
    if (!sourceOrg || !survey || method === undefined || !cadence) return
    const label = texts(s.label ?? f.label)
    entries.push({
      file,
      line,
      rawSeriesId: s.raw,
      ...(s.periods ? { periodFilter: s.periods } : {}),
      id: s.id,
      family: f.family,
      title: texts(s.title),
      label,
      sourceLabel: texts(f.label),
      sourceOrg,
      survey,
      question: s.question,
      method,
      topic: s.topic,
      measureGroup: s.measureGroup,
      granularity: s.granularity,
      cadence,
      primary: s.primary ?? true,
      breaks: [...(f.breaks ?? []), ...(s.breaks ?? [])]
        .map((b) => ({ period: b.period, kind: b.kind, note: texts(b.note) }))
        .sort(byPeriod),
      notes: [...(s.notes ?? []), ...(f.notes ?? [])].map(texts),
      rowNotes: (s.rowNotes ?? []).map((n) => ({
        period: n.period,
        ageGroup: n.ageGroup,
        note: n.note === undefined ? null : texts(n.note),
      })),
      credits: (s.credits ?? f.credits ?? [{ by: f.label }]).map((c) => ({
        from: c.from ?? null,
        to: c.to ?? null,
        by: texts(c.by),
      })),
      officialUrl: s.officialUrl ?? f.officialUrl ?? null,
      gaps: (s.gaps ?? []).map((g) => ({ from: g.from, to: g.to ?? g.from, reason: g.reason })),
      sampledAges: s.sampledAges ?? null,
    })
  })
  for (const e of entries) errors.push(...readerTextErrors(e))
  const notServed = (f.notServed ?? []).map((n, i) => ({
    file,
    line: lineOf(doc, counter, ['notServed', i]),
    rawSeriesId: n.raw,
    reason: n.reason,
  }))
  return { entries, notServed, errors }
}

/**
 * What a reader is told of a series must be in English, Korean and Japanese, and must not be
 * curation log (see curationWording): its notes, its breaks' notes, its row notes, its credits.
 */
export function readerTextErrors(e: CatalogueEntry): ValidationError[] {
  const errors: ValidationError[] = []
  const check = (what: string, t: Texts) => {
    const missing = (['ko', 'ja'] as const).filter((l) => !t[l]?.trim())
    if (missing.length)
      errors.push(at(e.file, e.line, `${e.id}: ${what} has no ${missing.join(' or ')} text`))
    for (const lang of ['en', 'ko', 'ja'] as const) {
      const hit = t[lang] ? curationWording(t[lang] as string) : null
      if (hit)
        errors.push(
          at(
            e.file,
            e.line,
            `${e.id}: ${what} (${lang}) reads like curation log ("${hit}"); move it to log:`,
          ),
        )
    }
  }
  const short = (t: Texts) => `"${t.en.length > 50 ? `${t.en.slice(0, 47)}…` : t.en}"`
  for (const n of e.notes) check(`note ${short(n)}`, n)
  for (const b of e.breaks) check(`break ${b.period} note`, b.note)
  for (const r of e.rowNotes) if (r.note) check(`row note ${r.period}/${r.ageGroup}`, r.note)
  for (const c of e.credits) check(`credit ${short(c.by)}`, c.by)
  return errors
}

/** The catalogue files of a directory as `[name relative to the repo, text]`, sorted by name. */
export function readCatalogueSources(dir: string = CATALOGUE_DIR): [string, string][] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((n) => [`data/catalogue/${n}`, readFileSync(join(dir, n), 'utf8')])
}

/** Parses every catalogue file and checks what spans files (ids and raw ids used once). */
export function parseCatalogue(sources: readonly (readonly [string, string])[]): Catalogue {
  const out: Catalogue = { entries: [], notServed: [], errors: [] }
  for (const [file, source] of sources) {
    const c = parseCatalogueFile(file, source)
    out.entries.push(...c.entries)
    out.notServed.push(...c.notServed)
    out.errors.push(...c.errors)
  }
  const ids = new Map<string, CatalogueEntry>()
  for (const e of out.entries) {
    const prev = ids.get(e.id)
    if (prev)
      out.errors.push(
        at(
          e.file,
          e.line,
          `series id "${e.id}" is used twice (first at ${prev.file}:${prev.line})`,
        ),
      )
    else ids.set(e.id, e)
  }
  const served = new Set(out.entries.map((e) => e.rawSeriesId))
  for (const n of out.notServed)
    if (served.has(n.rawSeriesId))
      out.errors.push(at(n.file, n.line, `"${n.rawSeriesId}" is both served and not served`))
  return out
}
