/**
 * The whole dataset as files: every series the API lists with every observation it serves,
 * as CSV (one row per observation, the series' metadata repeated on each row) and as JSON
 * (the series' metadata with its observations nested). Pure, apart from {@link saveFile}.
 *
 * The CSV follows the chart exports' conventions (src/charts/export/csv.ts): RFC 4180 fields
 * from the same `csvField`, CRLF after every record, a UTF-8 byte-order mark first.
 */
import { csvField } from '../../charts/export/csv'
import type { ObservationRow, SeriesMeta } from '../../data/schemas'

/** One series with the rows the API served for it. */
export interface DatasetEntry {
  series: SeriesMeta
  observations: readonly ObservationRow[]
}

/** The CSV's columns, in order. Fields a server does not send are empty. */
export const DATASET_COLUMNS = [
  'series_id',
  'series_title',
  'source_org',
  'survey',
  'question',
  'respondents',
  'target',
  'measure',
  'unit',
  'period',
  'age_group',
  'value',
  'sample_size',
  'survey_sample_size',
  'fieldwork',
  'conducted_by',
  'confidence',
  'estimated',
  'note',
  'source_url',
] as const

export type DatasetColumn = (typeof DATASET_COLUMNS)[number]
type Field = string | number | boolean | null | undefined

function csvRow(s: SeriesMeta, o: ObservationRow): Record<DatasetColumn, Field> {
  return {
    series_id: s.id,
    series_title: s.title,
    source_org: s.sourceOrg,
    survey: s.survey,
    question: s.question,
    respondents: s.respondents,
    target: s.target,
    measure: s.measure,
    unit: s.unit,
    period: o.period,
    age_group: o.ageGroup,
    value: o.value,
    sample_size: o.sampleSize,
    survey_sample_size: o.surveySampleSize,
    fieldwork: o.fieldwork,
    conducted_by: o.conductedBy,
    confidence: o.confidence,
    estimated: o.estimated,
    note: o.note,
    source_url: o.sourceUrl,
  }
}

/** Every observation of every entry as a CSV document: BOM, header, CRLF after each record. */
export function datasetCsv(entries: readonly DatasetEntry[]): string {
  const lines = [DATASET_COLUMNS.join(',')]
  for (const { series, observations } of entries)
    for (const o of observations) {
      const r = csvRow(series, o)
      lines.push(DATASET_COLUMNS.map((c) => csvField(r[c])).join(','))
    }
  return `\uFEFF${lines.map((l) => `${l}\r\n`).join('')}`
}

/** `{ dataAsOf, source, series: [{ …SeriesMeta, observations }] }`, pretty-printed. */
export function datasetJson(
  entries: readonly DatasetEntry[],
  meta: { dataAsOf: string | null; source: string },
): string {
  const doc = {
    dataAsOf: meta.dataAsOf,
    source: meta.source,
    series: entries.map(({ series, observations }) => ({ ...series, observations })),
  }
  return `${JSON.stringify(doc, null, 2)}\n`
}

/** The latest period among the rows (`YYYY` and `YYYY-MM` sort as strings), or null. */
export function latestObservedPeriod(entries: readonly DatasetEntry[]): string | null {
  let latest: string | null = null
  for (const e of entries)
    for (const o of e.observations) if (!latest || o.period > latest) latest = o.period
  return latest
}

/** `rokjp-pulse-dataset-YYYY-MM-DD.<ext>`, dated by the reader's calendar day. */
export function datasetFileName(ext: 'csv' | 'json', now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
  return `rokjp-pulse-dataset-${day}.${ext}`
}

/** Saves a blob under `name` through a temporary `<a download>`, as the chart menu does. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.rel = 'noopener'
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
  // revoked later: some browsers read the blob after click() returns
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
