/**
 * CSV of exactly the plotted rows (visible series, current range, current cohort), one row per
 * drawn point, with the published value unformatted and the page it was read from. RFC 4180:
 * CRLF line ends, fields quoted when they hold a comma, quote or line break; a UTF-8 byte-order
 * mark first so Excel reads Korean and Japanese correctly.
 */
import type { AgeCohortsGeometry } from '../age-cohorts/layout'
import type { CohortGroupDatum, PointGeometry, TimeSeriesDatum } from '../core/types'
import type { TimeSeriesGeometry } from '../time-series/layout'

export const CSV_COLUMNS = [
  'chart',
  'series_id',
  'series',
  'age_group',
  'period',
  'value',
  'unit',
  'estimated',
  'provisional',
  'source_org',
  'conducted_by',
  'source_url',
  'fieldwork',
  'sample_size',
  'survey_sample_size',
  'confidence',
  'note',
] as const

export type CsvColumn = (typeof CSV_COLUMNS)[number]

/** One exported row; null is an empty field. */
export type ExportRow = Record<CsvColumn, string | number | boolean | null>

/** One RFC 4180 field. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return ''
  const s =
    typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** The rows as a CSV document: BOM, header, CRLF after every record. */
export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [
    CSV_COLUMNS.join(','),
    ...rows.map((r) => CSV_COLUMNS.map((c) => csvField(r[c])).join(',')),
  ]
  return `\uFEFF${lines.map((l) => `${l}\r\n`).join('')}`
}

function row(
  chart: string,
  p: PointGeometry,
  ageGroup: string | null,
  extra: { sourceUrl?: string | null; confidence?: string | null },
): ExportRow {
  const i = p.info
  return {
    chart,
    series_id: i.seriesKey,
    series: i.seriesLabel,
    age_group: ageGroup,
    period: i.period,
    value: i.value,
    unit: i.unit,
    estimated: i.estimated,
    provisional: i.provisional,
    source_org: i.source,
    conducted_by: i.conductedBy ?? null,
    source_url: extra.sourceUrl ?? null,
    fieldwork: i.fieldwork,
    sample_size: i.sampleSize,
    survey_sample_size: i.surveySampleSize ?? null,
    confidence: extra.confidence ?? null,
    note: i.note,
  }
}

/**
 * Rows of a time chart: every point the geometry plots (hidden series and points outside the
 * range are not in it), in the table's order, joined with the series data for the fields the
 * geometry does not carry (source URL, confidence, published age band).
 */
export function timeSeriesRows(
  chart: string,
  geometry: TimeSeriesGeometry,
  series: readonly TimeSeriesDatum[],
): ExportRow[] {
  const byKey = new Map(series.map((s) => [s.key, s]))
  return geometry.panels.flatMap((panel) =>
    panel.points.map((p) => {
      const d = byKey.get(p.info.seriesKey)?.points.find((q) => q.period === p.info.period)
      return row(chart, p, d?.ageGroup ?? null, d ?? {})
    }),
  )
}

/** Rows of the age-cohort chart: both plotted waves of every visible band, group by group. */
export function cohortRows(
  chart: string,
  geometry: AgeCohortsGeometry,
  groups: readonly CohortGroupDatum[],
): ExportRow[] {
  const byKey = new Map(groups.map((g) => [g.key, g]))
  return geometry.groups.flatMap((grp) =>
    grp.rows.flatMap((r) =>
      [r.from, r.to]
        .filter((p): p is PointGeometry => p !== null)
        .map((p) => {
          const d = byKey
            .get(grp.key)
            ?.points.find((q) => q.band === r.band && q.period === p.info.period)
          return row(chart, p, r.band, d ?? {})
        }),
    ),
  )
}
