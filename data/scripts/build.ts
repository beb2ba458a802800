/**
 * Data build: data/raw → data/processed, deterministic. Everything is parsed, corrected and
 * validated in memory first; if any rule fails, every error is printed as `file:row: reason`,
 * the exit code is 1 and nothing is written.
 *
 * Usage: `npm run data:build` (or `tsx data/scripts/build.ts [rawDir] [outDir]`).
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { compareBands } from '../../src/domain/age-bands'
import {
  eventsResponseSchema,
  leadersResponseSchema,
  manifestSchema,
  servedObservationsResponseSchema,
  servedSeriesListResponseSchema,
} from '../../src/data/schemas'
import type {
  Confidence,
  EventRow,
  LeaderTermRow,
  Manifest,
  ServedObservationRow,
  ServedSeriesMeta,
} from '../../src/data/schemas'
import { CATALOGUE_DIR, parseCatalogue, readCatalogueSources } from './catalogue'
import type { CatalogueEntry, Credit, Texts } from './catalogue'
import { parseCsv } from './csv'
import type { CsvRecord } from './csv'
import {
  CORRECTION_COLUMNS,
  UNIT_MAP,
  at,
  checkHeader,
  checkHttpUrl,
  csvStructureErrors,
  findDuplicateKeys,
  parseNumber,
  validateCatalogueCoverage,
  validateEventRows,
  validateFigureRows,
  validateLeaderRows,
} from './validate'
import type { KeyedRow, ValidationError } from './validate'

const HERE = dirname(fileURLToPath(import.meta.url))
/** Default input directory (data/raw). */
export const RAW_DIR = resolve(HERE, '../raw')
/** Default output directory (data/processed). */
export const PROCESSED_DIR = resolve(HERE, '../processed')

/** Date the raw CSVs were copied from ../shared/data-sources (see data/raw/PROVENANCE.md). */
export const DATA_AS_OF = '2026-12-04'

/** File names of the raw inputs. */
export const RAW_FILES = {
  reference: 'reference-figures.csv',
  ageExtension: 'age-extension.csv',
  ageExtension2: 'age-extension-2.csv',
  events: 'events.csv',
  leaders: 'leader-terms.csv',
  corrections: 'corrections.csv',
} as const

/**
 * The figure files, in reading order, and what `sample_size` means on an age-band row of each:
 * `survey` (the research notes put the whole survey's n there: the build keeps it apart, as
 * `surveySampleSize`, unless the survey sampled only that band) or `band` (the n published for
 * that band; NOTES-age-extension-2.md says so of its file).
 */
export const FIGURE_FILES = [
  { key: 'reference', bandSampleSize: 'survey' },
  { key: 'ageExtension', bandSampleSize: 'survey' },
  { key: 'ageExtension2', bandSampleSize: 'band' },
] as const satisfies readonly { key: keyof typeof RAW_FILES; bandSampleSize: 'survey' | 'band' }[]

/** The raw inputs as text, keyed like RAW_FILES, and the catalogue files `[name, text]`. */
export type RawSources = Record<keyof typeof RAW_FILES, string> & {
  catalogue: readonly (readonly [string, string])[]
}

/** Result of a build in memory: output files (path relative to the output dir → content). */
export interface BuildResult {
  errors: ValidationError[]
  outputs: Map<string, string>
  counts: Manifest['counts']
}

const FIGURE_FIELDS_CORRECTABLE = new Set([
  'age_group',
  'confidence',
  'source_url',
  'evidence_excerpt',
  'sample_size',
  'fieldwork',
  'value',
])

/** Read the raw inputs and the catalogue from their directories. */
export function readSources(
  rawDir: string = RAW_DIR,
  catalogueDir: string = CATALOGUE_DIR,
): RawSources {
  const read = (name: string) => readFileSync(join(rawDir, name), 'utf8')
  return {
    reference: read(RAW_FILES.reference),
    ageExtension: read(RAW_FILES.ageExtension),
    ageExtension2: read(RAW_FILES.ageExtension2),
    events: read(RAW_FILES.events),
    leaders: read(RAW_FILES.leaders),
    corrections: read(RAW_FILES.corrections),
    catalogue: readCatalogueSources(catalogueDir),
  }
}

/** Serialize as 2-space JSON with a trailing newline (the only JSON format written). */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

/** sha256 hex of a string (UTF-8). */
export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex')
}

interface FigureRow {
  file: string
  line: number
  /** What the row's sample_size means when it is an age band (see FIGURE_FILES). */
  bandSampleSize: 'survey' | 'band'
  fields: Record<string, string>
  /** Reasons of the corrections applied to this row, in file order. */
  corrections: string[]
}

const periodKind = (p: string): 'year' | 'month' => (p.length === 4 ? 'year' : 'month')
const key3 = (f: Record<string, string>) =>
  `${f.series_id ?? ''}|${f.age_group ?? ''}|${f.period ?? ''}`

function routeEntry(
  catalogue: readonly CatalogueEntry[],
  f: Record<string, string>,
): CatalogueEntry[] {
  return catalogue.filter(
    (e) =>
      e.rawSeriesId === f.series_id &&
      (!e.periodFilter || e.periodFilter === periodKind(f.period ?? '')),
  )
}

/** Reader notes the build writes itself, in the three languages. */
const DERIVED_NOTE: Texts = {
  en: 'Derived, not published as such.',
  ko: '공표된 수치가 아니라 계산한 값입니다.',
  ja: '公表値ではなく、算出した値です。',
}
const sampleNote = (text: string): Texts => ({
  en: `Sample size published only as “${text}”.`,
  ko: `표본 수는 “${text}”(으)로만 공표되었습니다.`,
  ja: `標本数は「${text}」としてのみ公表されています。`,
})

function sampleSizeOf(raw: string): { value: number | null; note: Texts | null } {
  const s = raw.trim()
  if (s === '') return { value: null, note: null }
  if (/^\d+$/.test(s) && Number(s) > 0) return { value: Number(s), note: null }
  return { value: null, note: sampleNote(s) }
}

/** Notes joined per language; null when there are none. */
function joinTexts(parts: readonly Texts[]): Texts | null {
  if (parts.length === 0) return null
  const join = (lang: keyof Texts) => parts.map((p) => p[lang] ?? p.en).join(' ')
  return { en: join('en'), ko: join('ko'), ja: join('ja') }
}

/** The credit of the wave at `period`: the last credit whose range holds it. */
function creditFor(credits: readonly Credit[], period: string): Texts | null {
  const inRange = (c: Credit) =>
    (c.from === null || period >= c.from) &&
    (c.to === null || period <= c.to || period.startsWith(c.to))
  return credits.filter(inRange).at(-1)?.by ?? null
}

function compareObservations(a: ServedObservationRow, b: ServedObservationRow): number {
  if (a.period !== b.period) return a.period < b.period ? -1 : 1
  return compareBands(a.ageGroup, b.ageGroup)
}

/** Korean and Japanese texts of a series, as the `i18n` extension carries them. */
function translations(entry: CatalogueEntry): ServedSeriesMeta['i18n'] {
  const out: ServedSeriesMeta['i18n'] = {}
  for (const lang of ['ko', 'ja'] as const) {
    const t: NonNullable<ServedSeriesMeta['i18n']['ko']> = {}
    if (entry.title[lang]) t.title = entry.title[lang]
    if (entry.label[lang]) t.label = entry.label[lang]
    if (entry.sourceLabel[lang]) t.sourceLabel = entry.sourceLabel[lang]
    // reader texts are checked to exist in every language (catalogue.ts readerTextErrors)
    if (entry.notes.length > 0) t.notes = entry.notes.map((n) => n[lang] ?? n.en)
    if (entry.breaks.length > 0) t.breaks = entry.breaks.map((b) => b.note[lang] ?? b.note.en)
    if (Object.keys(t).length > 0) out[lang] = t
  }
  return out
}

/** Build everything in memory from raw text. Pure: no file access. */
export function buildDataset(sources: RawSources): BuildResult {
  const parsedCatalogue = parseCatalogue(sources.catalogue)
  const catalogue = parsedCatalogue.entries
  const errors: ValidationError[] = [...parsedCatalogue.errors]
  const knownRawIds = new Set(catalogue.map((e) => e.rawSeriesId))
  const notServed = new Set(parsedCatalogue.notServed.map((n) => n.rawSeriesId))

  // 1. Parse and validate raw figures (rows of series the catalogue does not serve are skipped).
  const rows: FigureRow[] = []
  const rawIds = new Set<string>()
  for (const { key, bandSampleSize } of FIGURE_FILES) {
    const file = RAW_FILES[key]
    const table = parseCsv(sources[key])
    for (const r of table.records) rawIds.add(r.fields.series_id ?? '')
    table.records = table.records.filter((r) => !notServed.has(r.fields.series_id ?? ''))
    errors.push(...validateFigureRows(file, table, knownRawIds))
    for (const r of table.records as CsvRecord[])
      rows.push({ file, line: r.line, bandSampleSize, fields: { ...r.fields }, corrections: [] })
  }
  errors.push(...validateCatalogueCoverage(catalogue, rawIds))
  for (const n of parsedCatalogue.notServed)
    if (!rawIds.has(n.rawSeriesId))
      errors.push(at(n.file, n.line, `not served "${n.rawSeriesId}" has no rows in the raw CSVs`))

  // 2. Apply corrections, matched on the raw (series_id, age_group, period) of a row.
  const byRawKey = new Map<string, FigureRow[]>()
  for (const row of rows) {
    const k = key3(row.fields)
    byRawKey.set(k, [...(byRawKey.get(k) ?? []), row])
  }
  const rawKeyOf = new Map(rows.map((r) => [r, key3(r.fields)]))
  const corrTable = parseCsv(sources.corrections)
  errors.push(
    ...csvStructureErrors(RAW_FILES.corrections, corrTable),
    ...checkHeader(RAW_FILES.corrections, corrTable, CORRECTION_COLUMNS),
  )
  for (const { line, fields: c } of corrTable.records) {
    const err = (reason: string) => errors.push(at(RAW_FILES.corrections, line, reason))
    const matches = rows.filter((r) => rawKeyOf.get(r) === key3(c))
    const field = c.field ?? ''
    if (!FIGURE_FIELDS_CORRECTABLE.has(field)) {
      err(`field "${field}" cannot be corrected`)
      continue
    }
    const urlError = checkHttpUrl(c.source_url ?? '')
    if (urlError) err(urlError)
    if (!(c.reason ?? '').trim()) err('reason is empty')
    if (matches.length !== 1) {
      err(`matches ${matches.length} rows for ${key3(c)} (expected exactly 1)`)
      continue
    }
    const row = matches[0] as FigureRow
    if ((row.fields[field] ?? '') !== (c.old ?? '')) {
      err(
        `${field} of ${row.file}:${row.line} is "${row.fields[field] ?? ''}", not "${c.old ?? ''}"`,
      )
      continue
    }
    row.fields[field] = c.new ?? ''
    row.corrections.push((c.reason ?? '').trim())
  }

  // 3. Rows → observations, routed to catalogue entries.
  const perSeries = new Map<string, { entry: CatalogueEntry; rows: FigureRow[] }>()
  for (const e of catalogue) perSeries.set(e.id, { entry: e, rows: [] })
  const keyed: KeyedRow[] = []
  for (const row of rows) {
    const entries = routeEntry(catalogue, row.fields)
    if (entries.length > 1)
      errors.push(at(row.file, row.line, `row matches ${entries.length} catalogue entries`))
    const entry = entries[0]
    if (!entry) {
      if (knownRawIds.has(row.fields.series_id ?? ''))
        errors.push(at(row.file, row.line, 'row matches no catalogue entry (period filter)'))
      continue
    }
    perSeries.get(entry.id)?.rows.push(row)
    keyed.push({
      key: `${entry.id}|${row.fields.period ?? ''}|${row.fields.age_group ?? ''}`,
      file: row.file,
      line: row.line,
    })
  }
  errors.push(...findDuplicateKeys(keyed))

  const outputs = new Map<string, string>()
  const seriesList: ServedSeriesMeta[] = []
  let observationCount = 0
  for (const { entry, rows: seriesRows } of [...perSeries.values()].sort((a, b) =>
    a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0,
  )) {
    if (seriesRows.length === 0) continue
    const first = seriesRows[0] as FigureRow
    for (const row of seriesRows) {
      for (const [field, label] of [
        ['country_of_respondents', 'respondents'],
        ['target_country', 'target'],
        ['measure', 'measure'],
        ['unit', 'unit'],
      ] as const) {
        if (row.fields[field] !== first.fields[field])
          errors.push(
            at(
              row.file,
              row.line,
              `${label} "${row.fields[field] ?? ''}" differs from "${first.fields[field] ?? ''}" elsewhere in ${entry.id}`,
            ),
          )
      }
    }
    const rowNotes = new Map(entry.rowNotes.map((n) => [`${n.period}|${n.ageGroup}`, n]))
    const usedNotes = new Set<string>()
    const observations: ServedObservationRow[] = seriesRows.map((row) => {
      const f = row.fields
      const excerpt = f.evidence_excerpt ?? ''
      const estimated = excerpt.startsWith('DERIVED:')
      const sample = sampleSizeOf(f.sample_size ?? '')
      // an age band's n is only what the source published for that band (FIGURE_FILES)
      const band = f.age_group ?? ''
      const surveyN =
        band !== 'all' && row.bandSampleSize === 'survey' && band !== entry.sampledAges
      const k = `${f.period ?? ''}|${f.age_group ?? ''}`
      const rowNote = rowNotes.get(k)
      if (rowNote) usedNotes.add(k)
      // reader notes only: why a correction was made stays in corrections.csv (the log)
      if (estimated && !rowNote?.note)
        errors.push(
          at(
            row.file,
            row.line,
            `derived value of ${entry.id} ${k}: add a rowNote (${entry.file}) telling the reader from which published figures it was derived`,
          ),
        )
      const note = joinTexts(
        [estimated ? DERIVED_NOTE : null, rowNote?.note ?? null, sample.note].filter(
          (n): n is Texts => n !== null,
        ),
      )
      const credit = creditFor(entry.credits, f.period ?? '')
      if (!credit)
        errors.push(at(row.file, row.line, `${entry.id} ${k}: no credit covers this period`))
      const i18n: ServedObservationRow['i18n'] = {}
      for (const lang of ['ko', 'ja'] as const) {
        const t = {
          ...(note?.[lang] ? { note: note[lang] } : {}),
          ...(credit?.[lang] ? { conductedBy: credit[lang] } : {}),
        }
        if (Object.keys(t).length > 0) i18n[lang] = t
      }
      return {
        period: f.period ?? '',
        ageGroup: band,
        value: parseNumber(f.value ?? '') ?? Number.NaN,
        sampleSize: surveyN ? null : sample.value,
        fieldwork: (f.fieldwork ?? '').trim() === '' ? null : (f.fieldwork ?? '').trim(),
        sourceUrl: f.source_url ?? '',
        confidence: (estimated ? 'low' : f.confidence) as Confidence,
        estimated,
        note: note?.en ?? null,
        surveySampleSize: surveyN ? sample.value : null,
        conductedBy: credit?.en ?? entry.sourceLabel.en,
        i18n,
      }
    })
    for (const k of rowNotes.keys())
      if (!usedNotes.has(k))
        errors.push(
          at(entry.file, entry.line, `${entry.id}: row note for ${k} matches no observation`),
        )
    observations.sort(compareObservations)
    for (const g of entry.gaps) {
      const inside = observations.find(
        (o) =>
          o.ageGroup === 'all' &&
          o.period >= g.from &&
          (o.period <= g.to || o.period.startsWith(g.to)),
      )
      if (inside)
        errors.push(
          at(
            entry.file,
            entry.line,
            `${entry.id}: gap ${g.from}–${g.to} holds the all-ages figure of ${inside.period}`,
          ),
        )
    }
    const periods = observations.map((o) => o.period)
    const sources: ServedSeriesMeta['sources'] = []
    // each page with the periods it backs, so a reader sees which page gives which year
    for (const o of observations) {
      const known = sources.find((s) => s.url === o.sourceUrl)
      if (!known) sources.push({ url: o.sourceUrl, title: null, periods: [o.period] })
      else if (!known.periods?.includes(o.period)) known.periods?.push(o.period)
    }
    const meta: ServedSeriesMeta = {
      id: entry.id,
      title: entry.title.en,
      sourceOrg: entry.sourceOrg,
      survey: entry.survey,
      question: entry.question,
      respondents: first.fields.country_of_respondents as ServedSeriesMeta['respondents'],
      target: first.fields.target_country as ServedSeriesMeta['target'],
      measure: first.fields.measure ?? '',
      unit: UNIT_MAP[first.fields.unit ?? ''] ?? 'percent',
      granularity: entry.granularity,
      ageGroups: [...new Set(observations.map((o) => o.ageGroup))].sort(compareBands),
      breaks: entry.breaks.map((b) => ({ period: b.period, kind: b.kind, note: b.note.en })),
      sources,
      topic: entry.topic,
      method: entry.method,
      notes: entry.notes.map((n) => n.en),
      coverage: {
        from: [...periods].sort()[0] ?? '',
        to: [...periods].sort().at(-1) ?? '',
        observations: observations.length,
      },
      family: entry.family,
      label: entry.label.en,
      sourceLabel: entry.sourceLabel.en,
      i18n: translations(entry),
      officialUrl: entry.officialUrl,
      gaps: entry.gaps,
      cadence: entry.cadence,
      measureGroup: entry.measureGroup,
      primary: entry.primary,
    }
    seriesList.push(meta)
    const obsDoc = { seriesId: entry.id, observations }
    const parsed = servedObservationsResponseSchema.safeParse(obsDoc)
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const idx = typeof issue.path[1] === 'number' ? issue.path[1] : null
        const o = idx === null ? undefined : observations[idx]
        const src = o
          ? seriesRows.find(
              (r) => r.fields.period === o.period && r.fields.age_group === o.ageGroup,
            )
          : undefined
        errors.push(
          src
            ? at(src.file, src.line, `${issue.path.slice(2).join('.')}: ${issue.message}`)
            : at(
                `observations/${entry.id}.json`,
                null,
                `${issue.path.join('.')}: ${issue.message}`,
              ),
        )
      }
    observationCount += observations.length
    outputs.set(`observations/${entry.id}.json`, toJson(obsDoc))
  }
  const seriesDoc = { series: seriesList }
  const seriesParsed = servedSeriesListResponseSchema.safeParse(seriesDoc)
  if (!seriesParsed.success)
    for (const issue of seriesParsed.error.issues)
      errors.push(at('series.json', null, `${issue.path.join('.')}: ${issue.message}`))
  outputs.set('series.json', toJson(seriesDoc))

  // 4. Events and leaders.
  const eventsTable = parseCsv(sources.events)
  errors.push(...validateEventRows(RAW_FILES.events, eventsTable))
  const events: EventRow[] = eventsTable.records
    .map(({ fields: f }) => ({
      date: f.date ?? '',
      title: f.title ?? '',
      description: f.short_description ?? '',
      sourceUrl: f.source_url ?? '',
    }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const eventsDoc = { events }
  if (!eventsResponseSchema.safeParse(eventsDoc).success && errors.length === 0)
    errors.push(at('events.json', null, 'does not match the events schema'))
  outputs.set('events.json', toJson(eventsDoc))

  const leadersTable = parseCsv(sources.leaders)
  errors.push(...validateLeaderRows(RAW_FILES.leaders, leadersTable))
  const leaders: LeaderTermRow[] = leadersTable.records.map(({ fields: f }) => ({
    country: f.country as LeaderTermRow['country'],
    leader: f.leader ?? '',
    start: f.start_date ?? '',
    end: (f.end_date ?? '') === '' ? null : (f.end_date ?? ''),
    sourceUrl: f.source_url ?? '',
  }))
  const leadersDoc = { leaders }
  if (!leadersResponseSchema.safeParse(leadersDoc).success && errors.length === 0)
    errors.push(at('leaders.json', null, 'does not match the leaders schema'))
  outputs.set('leaders.json', toJson(leadersDoc))

  // 5. Manifest over every other output, sorted by path.
  const counts = {
    series: seriesList.length,
    observations: observationCount,
    events: events.length,
    leaders: leaders.length,
  }
  const files: Record<string, string> = {}
  for (const path of [...outputs.keys()].sort()) files[path] = sha256(outputs.get(path) ?? '')
  const manifest: Manifest = { dataAsOf: DATA_AS_OF, counts, files }
  if (!manifestSchema.safeParse(manifest).success)
    errors.push(at('manifest.json', null, 'does not match the manifest schema'))
  outputs.set('manifest.json', toJson(manifest))

  return { errors, outputs, counts }
}

/** One-line summary printed on success. */
export function summaryLine(counts: Manifest['counts']): string {
  return `data: ${counts.series} series, ${counts.observations} observations, ${counts.events} events, ${counts.leaders} leaders OK`
}

/**
 * Write outputs under outDir, replacing what is there: observation files of series that no
 * longer exist are removed. Call only after a build without errors.
 */
export function writeDataset(outDir: string, outputs: ReadonlyMap<string, string>): void {
  const obsDir = join(outDir, 'observations')
  mkdirSync(obsDir, { recursive: true })
  for (const name of readdirSync(obsDir))
    if (!outputs.has(`observations/${name}`)) rmSync(join(obsDir, name))
  for (const [path, content] of outputs) writeFileSync(join(outDir, path), content)
}

/** Build from rawDir into outDir; returns the process exit code. Writes nothing on error. */
export function runBuild(
  rawDir: string = RAW_DIR,
  outDir: string = PROCESSED_DIR,
  catalogueDir: string = CATALOGUE_DIR,
): number {
  const result = buildDataset(readSources(rawDir, catalogueDir))
  if (result.errors.length > 0) {
    for (const e of result.errors) console.error(e)
    console.error(`data: ${result.errors.length} error(s); nothing written`)
    return 1
  }
  writeDataset(outDir, result.outputs)
  console.log(summaryLine(result.counts))
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = runBuild(
    process.argv[2] ?? RAW_DIR,
    process.argv[3] ?? PROCESSED_DIR,
    process.argv[4] ?? CATALOGUE_DIR,
  )
}
