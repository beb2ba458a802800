/**
 * The data table under a chart: one row per plotted point, saying what was published, by whom,
 * how sure the reading is, and linking the page it was read from.
 */
import type { Formatters } from '../../domain/format'
import type { ChartLabels } from './labels'
import type { PointGeometry, TableCell } from './types'

/** Columns of the data table: what was published and where, row by row. */
export function tableColumns(L: ChartLabels): string[] {
  return [
    L.series,
    L.period,
    L.value,
    L.conductedBy,
    L.sampleSize,
    L.fieldwork,
    L.confidence,
    L.notes,
    L.readFrom,
  ]
}

/** The host of a page, for a link named by where it goes ("news.livedoor.com"). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return url
  }
}

/** One row of the data table for a plotted point (the cohort chart adds its band after the series). */
export function tableRow(
  i: PointGeometry['info'],
  f: Formatters,
  L: ChartLabels,
  category?: string,
): TableCell[] {
  const n =
    i.sampleSize !== null
      ? f.integer(i.sampleSize)
      : i.surveySampleSize
        ? `(${L.surveySampleSize}: ${f.integer(i.surveySampleSize)})`
        : ''
  return [
    i.seriesLabel,
    ...(category === undefined ? [] : [category]),
    i.periodLabel,
    i.valueLabel,
    i.conductedBy ?? i.source ?? '',
    n,
    i.fieldwork ?? '',
    i.confidence ? L.confidenceLevels[i.confidence] : '',
    [i.estimated ? L.estimated : '', i.provisional ? L.provisional : '', i.note ?? '']
      .filter(Boolean)
      .join('; '),
    i.sourceUrl ? { text: hostOf(i.sourceUrl), href: i.sourceUrl } : '',
  ]
}
