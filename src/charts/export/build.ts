/**
 * Browser exports of a chart as shown: the same geometry the page draws, captioned, as SVG,
 * PNG (the SVG drawn onto a canvas at 1× or 2×; fonts are the system's) and CSV. Loaded on
 * first use, so the dashboard does not ship react-dom/server until someone downloads.
 */
import { cohortRows, timeSeriesRows, toCsv, type ExportRow } from './csv'
import { renderChartDocument, type ChartSvg } from './render-svg'
import type { ExportRequest } from './types'

/** The captioned SVG document of the chart as shown. */
export function buildSvg(req: ExportRequest): ChartSvg {
  return renderChartDocument({
    plots: [
      req.kind === 'time'
        ? { kind: 'time', geometry: req.geometry }
        : { kind: 'cohorts', geometry: req.geometry },
    ],
    caption: req.caption,
    theme: req.scheme,
    lang: req.lang,
    labels: req.labels,
    description: req.description ?? null,
  })
}

/** The CSV of exactly the plotted rows. */
/** The plotted rows of a chart as shown (one per drawn point). */
export function exportRows(req: ExportRequest): ExportRow[] {
  return req.kind === 'time'
    ? timeSeriesRows(req.chartId, req.geometry, req.series)
    : cohortRows(req.chartId, req.geometry, req.groups)
}

export function buildCsv(req: ExportRequest): string {
  return toCsv(exportRows(req))
}

/** The same rows as JSON: `{ chart, rows: [...] }`, values unformatted, nulls kept. */
export function buildJson(req: ExportRequest): string {
  return `${JSON.stringify({ chart: req.chartId, rows: exportRows(req) }, null, 2)}\n`
}

/** Rasterises an SVG document in the browser: <img> → canvas at `scale` → PNG blob. */
export async function svgToPngBlob(doc: ChartSvg, scale: number): Promise<Blob> {
  const img = new Image()
  img.decoding = 'async'
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(doc.svg)}`
  await img.decode()
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(doc.width * scale)
  canvas.height = Math.round(doc.height * scale)
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('canvas 2d context unavailable')
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height)
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  )
}

/** Saves a blob under `name` through a temporary link. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.rel = 'noopener'
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export type DownloadFormat = 'svg' | 'png' | 'png2x' | 'csv' | 'json'

/** Builds and saves one format; `fileBase` has no extension. */
export async function downloadChart(
  req: ExportRequest,
  format: DownloadFormat,
  fileBase: string,
): Promise<void> {
  if (format === 'csv') {
    saveBlob(new Blob([buildCsv(req)], { type: 'text/csv;charset=utf-8' }), `${fileBase}.csv`)
    return
  }
  if (format === 'json') {
    saveBlob(new Blob([buildJson(req)], { type: 'application/json' }), `${fileBase}.json`)
    return
  }
  const doc = buildSvg(req)
  if (format === 'svg') {
    saveBlob(new Blob([doc.svg], { type: 'image/svg+xml;charset=utf-8' }), `${fileBase}.svg`)
    return
  }
  const scale = format === 'png2x' ? 2 : 1
  const png = await svgToPngBlob(doc, scale)
  saveBlob(png, `${fileBase}${scale === 2 ? '@2x' : ''}.png`)
}
