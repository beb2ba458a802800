/**
 * Validation rules of the data build, as pure functions. Each rule returns reasons; callers
 * format them as `file:row: reason` (row = CSV line number) so every error points at its line.
 * Nothing here reads or writes files.
 */
import { isKnownBand } from '../../src/domain/age-bands'
import { isoDateSchema } from '../../src/data/schemas'
import type { Unit } from '../../src/data/schemas'
import type { CsvTable } from './csv'

/** One validation error, already formatted as `file:row: reason`. */
export type ValidationError = string

/** Format an error at a CSV line (or at a named place when there is no line). */
export function at(file: string, line: number | null, reason: string): ValidationError {
  return line === null ? `${file}: ${reason}` : `${file}:${line}: ${reason}`
}

/** Columns of reference-figures.csv and age-extension.csv. */
export const FIGURE_COLUMNS = [
  'series_id',
  'source_org',
  'survey_name',
  'country_of_respondents',
  'target_country',
  'measure',
  'age_group',
  'period',
  'value',
  'unit',
  'fieldwork',
  'sample_size',
  'source_url',
  'evidence_excerpt',
  'confidence',
] as const

export const EVENT_COLUMNS = ['date', 'title', 'short_description', 'source_url'] as const
export const LEADER_COLUMNS = [
  'country',
  'leader',
  'start_date',
  'end_date',
  'source_url',
  'evidence_excerpt',
] as const
export const CORRECTION_COLUMNS = [
  'series_id',
  'age_group',
  'period',
  'field',
  'old',
  'new',
  'source_url',
  'reason',
] as const

/** Raw unit names and the contract unit each maps to. */
export const UNIT_MAP: Readonly<Record<string, Unit>> = {
  percent: 'percent',
  score0_100: 'thermometer',
  persons: 'count',
}

const PERIOD_RE = /^\d{4}(-(0[1-9]|1[0-2]))?$/

/** `YYYY` or `YYYY-MM` with a real month; null when valid. */
export function checkPeriod(period: string): string | null {
  return PERIOD_RE.test(period) ? null : `period "${period}" is not YYYY or YYYY-MM`
}

/** A value within its unit's range; null when valid. */
export function checkValue(unit: Unit, value: number): string | null {
  if (!Number.isFinite(value)) return `value is not a finite number`
  if (unit === 'percent' && (value < 0 || value > 100))
    return `percent value ${value} is outside 0–100`
  if (unit === 'thermometer' && (value < 0 || value > 100))
    return `thermometer value ${value} is outside 0–100`
  if (unit === 'count' && (value < 0 || !Number.isInteger(value)))
    return `count value ${value} is not a non-negative integer`
  return null
}

/** An absolute http(s) URL; null when valid. */
export function checkHttpUrl(url: string): string | null {
  if (!/^https?:\/\//i.test(url)) return `source URL "${url}" is not http(s)`
  try {
    new URL(url)
    return null
  } catch {
    return `source URL "${url}" is not a valid URL`
  }
}

/** A real calendar date `YYYY-MM-DD`; null when valid. */
export function checkIsoDate(date: string): string | null {
  return isoDateSchema.safeParse(date).success
    ? null
    : `date "${date}" is not a real calendar date (YYYY-MM-DD)`
}

/** Parse a raw numeric value strictly (no thousands separators, no units). */
export function parseNumber(raw: string): number | null {
  if (!/^-?\d+(\.\d+)?$/.test(raw.trim())) return null
  return Number(raw)
}

/** Header must list exactly the expected columns, in order. */
export function checkHeader(
  file: string,
  table: CsvTable,
  expected: readonly string[],
): ValidationError[] {
  const got = table.header.join(',')
  return got === expected.join(',')
    ? []
    : [at(file, 1, `header must be "${expected.join(',')}", found "${got}"`)]
}

/** Structural CSV errors (field counts, quotes). */
export function csvStructureErrors(file: string, table: CsvTable): ValidationError[] {
  return table.errors.map((e) => at(file, e.line, e.reason))
}

/** Per-row checks of a figures CSV (reference-figures.csv, age-extension.csv). */
export function validateFigureRows(
  file: string,
  table: CsvTable,
  knownSeriesIds: ReadonlySet<string>,
): ValidationError[] {
  const errors = [...csvStructureErrors(file, table), ...checkHeader(file, table, FIGURE_COLUMNS)]
  for (const { line, fields: f } of table.records) {
    const err = (reason: string) => errors.push(at(file, line, reason))
    const id = f.series_id ?? ''
    if (!knownSeriesIds.has(id))
      err(
        `unknown series_id "${id}" (add it to a file in data/catalogue/, or list it as notServed)`,
      )
    const periodError = checkPeriod(f.period ?? '')
    if (periodError) err(periodError)
    for (const c of ['country_of_respondents', 'target_country'] as const) {
      if (f[c] !== 'KR' && f[c] !== 'JP') err(`${c} "${f[c] ?? ''}" is not KR or JP`)
    }
    // "DERIVED" as a level (age-extension-2.csv) is read as low, like every derived value
    const derived = (f.evidence_excerpt ?? '').startsWith('DERIVED:')
    if (
      !['high', 'medium', 'low'].includes(f.confidence ?? '') &&
      !(derived && f.confidence === 'DERIVED')
    )
      err(`confidence "${f.confidence ?? ''}" is not high, medium or low`)
    if (!(f.measure ?? '').trim()) err('measure is empty')
    const band = f.age_group ?? ''
    if (!isKnownBand(band))
      err(`age_group "${band}" has no canonical order (add it to src/domain/age-bands.ts)`)
    const unit = UNIT_MAP[f.unit ?? '']
    if (!unit) err(`unit "${f.unit ?? ''}" is not percent, score0_100 or persons`)
    const value = parseNumber(f.value ?? '')
    if (value === null) err(`value "${f.value ?? ''}" is not a number`)
    else if (unit) {
      const valueError = checkValue(unit, value)
      if (valueError) err(valueError)
    }
    const urlError = checkHttpUrl(f.source_url ?? '')
    if (urlError) err(urlError)
  }
  return errors
}

/** Per-row checks of events.csv. */
export function validateEventRows(file: string, table: CsvTable): ValidationError[] {
  const errors = [...csvStructureErrors(file, table), ...checkHeader(file, table, EVENT_COLUMNS)]
  for (const { line, fields: f } of table.records) {
    const dateError = checkIsoDate(f.date ?? '')
    if (dateError) errors.push(at(file, line, dateError))
    if (!(f.title ?? '').trim()) errors.push(at(file, line, 'title is empty'))
    const urlError = checkHttpUrl(f.source_url ?? '')
    if (urlError) errors.push(at(file, line, urlError))
  }
  return errors
}

/** Per-row checks of leader-terms.csv (a blank end_date means incumbent). */
export function validateLeaderRows(file: string, table: CsvTable): ValidationError[] {
  const errors = [...csvStructureErrors(file, table), ...checkHeader(file, table, LEADER_COLUMNS)]
  for (const { line, fields: f } of table.records) {
    if (f.country !== 'KR' && f.country !== 'JP')
      errors.push(at(file, line, `country "${f.country ?? ''}" is not KR or JP`))
    if (!(f.leader ?? '').trim()) errors.push(at(file, line, 'leader is empty'))
    const startError = checkIsoDate(f.start_date ?? '')
    if (startError) errors.push(at(file, line, `start_date: ${startError}`))
    const end = f.end_date ?? ''
    if (end !== '') {
      const endError = checkIsoDate(end)
      if (endError) errors.push(at(file, line, `end_date: ${endError}`))
      else if (!startError && end < (f.start_date ?? ''))
        errors.push(at(file, line, `end_date ${end} is before start_date ${f.start_date ?? ''}`))
    }
    const urlError = checkHttpUrl(f.source_url ?? '')
    if (urlError) errors.push(at(file, line, urlError))
  }
  return errors
}

/** A processed key seen twice: (series, period, ageGroup). */
export interface KeyedRow {
  key: string
  file: string
  line: number
}

/** Every (series, period, ageGroup) must occur once; each duplicate names both lines. */
export function findDuplicateKeys(rows: readonly KeyedRow[]): ValidationError[] {
  const first = new Map<string, KeyedRow>()
  const errors: ValidationError[] = []
  for (const row of rows) {
    const prev = first.get(row.key)
    if (prev)
      errors.push(
        at(
          row.file,
          row.line,
          `duplicate (series, period, ageGroup) ${row.key}, first at ${prev.file}:${prev.line}`,
        ),
      )
    else first.set(row.key, row)
  }
  return errors
}

/** Every catalogue entry must have rows in the raw CSVs (the reverse is checked per row). */
export function validateCatalogueCoverage(
  catalogue: readonly { rawSeriesId: string; id: string; file: string; line: number | null }[],
  rawSeriesIds: ReadonlySet<string>,
): ValidationError[] {
  return catalogue
    .filter((entry) => !rawSeriesIds.has(entry.rawSeriesId))
    .map((entry) =>
      at(
        entry.file,
        entry.line,
        `series "${entry.rawSeriesId}" (${entry.id}) has no rows in the raw CSVs`,
      ),
    )
}

/**
 * Words of the curation log (working notes for the people who keep the data) that must never
 * reach a reader: "check against the official table", which mirror or blog a figure was first
 * read from, AI-style pages, series ids, corrections of the reference file. A reader note says
 * what the figure is and what other sources say, not what remains to be done.
 */
const CURATION_WORDING: readonly RegExp[] = [
  /\bcheck(ed)? (it |this )?(against|with)\b/i,
  /\bto be (checked|verified|confirmed)\b/i,
  /\b(unverified|not (yet )?(checked|verified))\b/i,
  /\bAI-(style|generated)\b/i,
  /\bgarbled\b/i,
  /\bmirror\b/i,
  /\bmatome\b/i,
  /\bspam/i,
  /\bfirst used\b/i,
  /\breference file\b/i,
  /\b(TODO|FIXME|TBD)\b/,
  /\(series [a-z0-9]+(-[a-z0-9]+)+\)/,
  /\b[a-z0-9]+(_[a-z0-9]+){2,}\b/, // a raw series_id
  /확인 필요|검증 필요|要確認|未確認/,
]

/** The curation wording a reader text contains, or null when it has none. */
export function curationWording(text: string): string | null {
  for (const re of CURATION_WORDING) {
    const m = re.exec(text)
    if (m) return m[0]
  }
  // the same sentence twice ("Provisional; Provisional") is a merge left over, not a note
  const sentences = text.split(/(?<=[.;。])\s*/).map((t) => t.trim().replace(/[.;。]$/, ''))
  const seen = new Set<string>()
  for (const t of sentences) {
    if (t.length < 4) continue
    if (seen.has(t)) return `"${t}" twice`
    seen.add(t)
  }
  return null
}
