/** Chart export: captioned SVG documents, CSV of the plotted rows, file names (Node and browser). */
export {
  renderChartSvg,
  renderChartDocument,
  exportTheme,
  type ChartSvg,
  type ExportCaption,
  type ExportPlot,
  type RenderChartSvgOptions,
} from './render-svg'
export {
  CSV_COLUMNS,
  csvField,
  toCsv,
  timeSeriesRows,
  cohortRows,
  type CsvColumn,
  type ExportRow,
} from './csv'
export { fileName, fileBaseName, type ExportView } from './file-name'
export { escapeXml, exportFontStack, wrapText } from './text'
export type { ChartDownloadOptions, ExportRequest } from './types'
