/** Types shared by the chart components and the (lazily loaded) export builder. */
import type { AgeCohortsGeometry } from '../age-cohorts/layout'
import type { ChartLabels } from '../core/labels'
import type { CohortGroupDatum, ColorScheme, TimeSeriesDatum } from '../core/types'
import type { TimeSeriesGeometry } from '../time-series/layout'
import type { Lang } from '../../domain/format'
import type { ExportCaption } from './render-svg'

/** What a feature tells a chart about its downloads; all optional. */
export interface ChartDownloadOptions {
  /** Chart id for the CSV `chart` column and the file name, e.g. "tourism-flows". */
  chartId?: string
  /** File name without extension (see `fileName`); default from `chartId`. */
  fileBase?: string
  /** Image title when it differs from the chart's own (a facet's parent title). */
  title?: string
  subtitle?: string
  /** Source line as text (the chart's `source` prop may be a React node). */
  source?: string
  /** Link that reopens the view; default the page's address. */
  link?: string
}

/** Everything needed to build the SVG, PNG and CSV of a chart as it is shown. */
export type ExportRequest = {
  chartId: string
  caption: ExportCaption
  scheme: ColorScheme
  lang: Lang
  labels: ChartLabels
  description?: string | null
} & (
  | { kind: 'time'; geometry: TimeSeriesGeometry; series: readonly TimeSeriesDatum[] }
  | { kind: 'cohorts'; geometry: AgeCohortsGeometry; groups: readonly CohortGroupDatum[] }
)
