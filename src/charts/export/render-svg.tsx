/**
 * renderChartSvg: one chart as a self-contained SVG document with its caption baked in (title,
 * subtitle, legend, plot, footer with source, notes, method breaks and a link back). The plot
 * is the kit's own stateless component (TimeSeriesSvg / AgeCohortsSvg) rendered to markup from
 * the same `layout*` geometry the dashboard draws: there is no second copy of geometry here.
 * Colours are concrete (no CSS variables), text is escaped and wrapped to the width, so the
 * string opens in any viewer, in resvg (`npm run export`) and in a browser <img> (PNG download).
 */
import { renderToStaticMarkup } from 'react-dom/server'
import type { Lang } from '../../domain/format'
import { AgeCohortsSvg } from '../age-cohorts/age-cohorts-svg'
import type { AgeCohortsGeometry } from '../age-cohorts/layout'
import { resolveLabels, type ChartLabels } from '../core/labels'
import { r2 } from '../core/num'
import { DARK_THEME, LIGHT_THEME, pickColor, type ChartTheme } from '../core/theme'
import type { ColorScheme, LegendItem, Size } from '../core/types'
import { PointMark } from '../marks/marks'
import type { TimeSeriesGeometry } from '../time-series/layout'
import { TimeSeriesSvg } from '../time-series/time-series-svg'
import { escapeXml, exportFontStack, textWidth, wrapText } from './text'

/** What travels with the chart (ARCHITECTURE.md principle 10). */
export interface ExportCaption {
  title: string
  subtitle?: string | null
  /** Source organisations, e.g. "Genron NPO; Cabinet Office of Japan". */
  source?: string | null
  notes?: string[]
  methodBreaks?: string[]
  /** Link that reopens this view in the dashboard. */
  link?: string | null
}

/** One plot of the image (a chart, or one facet of it), laid out by the kit. */
export type ExportPlot =
  | { kind: 'time'; geometry: TimeSeriesGeometry; heading?: string | null }
  | { kind: 'cohorts'; geometry: AgeCohortsGeometry; heading?: string | null }

export interface RenderChartSvgOptions {
  /**
   * Plots already laid out (their width decides the image's), or a function laying them out
   * for a plot size: the image is then `size.width` wide and the plots share what the
   * caption leaves of `size.height` (an age-cohort plot may need more; the image then grows).
   */
  plots: ExportPlot[] | ((plotSize: Size) => ExportPlot[])
  caption: ExportCaption
  /** Outer size of the image. Needed when `plots` is a function; default 960×540. */
  size?: Size
  theme: ColorScheme
  lang: Lang
  labels?: Partial<ChartLabels>
  /** Text for <desc> after the subtitle (e.g. a summary of the series and years). */
  description?: string | null
  /** Plot text size for the no-data message. */
  noDataLabel?: string
}

/** The rendered document and its size in CSS px. */
export interface ChartSvg {
  svg: string
  width: number
  height: number
}

const PAD = 20
const TITLE_FS = 18
const SUBTITLE_FS = 13
const HEADING_FS = 14
const LEGEND_FS = 12
const FOOTER_FS = 11
const LINE = 1.35
const LEGEND_ROW = 20
const SWATCH = 22

/** Concrete colours for export, with the CJK-aware font stack. */
export function exportTheme(scheme: ColorScheme, lang: Lang): ChartTheme {
  return { ...(scheme === 'dark' ? DARK_THEME : LIGHT_THEME), font: exportFontStack(lang) }
}

interface TextBlock {
  lines: string[]
  fontSize: number
  bold?: boolean
  color: 'fg' | 'muted'
  indent?: number
  /** Space before the block in px. */
  before: number
}

function blockHeight(b: TextBlock): number {
  return b.before + b.lines.length * b.fontSize * LINE
}

interface LegendPlacement {
  item: LegendItem
  x: number
  row: number
  label: string
}

function layoutLegend(items: LegendItem[], maxWidth: number): LegendPlacement[] {
  const out: LegendPlacement[] = []
  let x = 0
  let row = 0
  for (const item of items) {
    const labelMax = maxWidth - SWATCH - 6
    const label = wrapText(item.label, LEGEND_FS, labelMax)[0] ?? ''
    const shortened = label.length < item.label.replace(/\s+/g, ' ').trim().length
    const text = shortened ? `${label.replace(/.$/u, '')}…` : label
    const w = SWATCH + 6 + textWidth(text, LEGEND_FS) + 16
    if (x > 0 && x + w > maxWidth) {
      x = 0
      row += 1
    }
    out.push({ item, x, row, label: text })
    x += w
  }
  return out
}

function plotLegend(plot: ExportPlot): LegendItem[] {
  // Age-cohort groups carry their source in each group title; time charts need a key.
  // Only series with a mark in the image (a legend entry with nothing drawn misleads).
  if (plot.kind !== 'time') return []
  const drawn = new Set(plot.geometry.nav.flatMap((s) => s.map((p) => p.info.seriesKey)))
  return plot.geometry.legend.filter((l) => !l.hidden && drawn.has(l.key))
}

/** Markup of the plot component without its own <svg> wrapper (placed in a <g>). */
function plotMarkup(
  plot: ExportPlot,
  scheme: ColorScheme,
  theme: ChartTheme,
  noData: string,
): string {
  const html =
    plot.kind === 'time'
      ? renderToStaticMarkup(
          <TimeSeriesSvg
            geometry={plot.geometry}
            title=""
            scheme={scheme}
            theme={theme}
            noDataLabel={noData}
            decorative
          />,
        )
      : renderToStaticMarkup(
          <AgeCohortsSvg
            geometry={plot.geometry}
            title=""
            scheme={scheme}
            theme={theme}
            noDataLabel={noData}
            decorative
          />,
        )
  return html.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '')
}

function unique(items: string[]): string[] {
  return [...new Set(items.map((s) => s.trim()).filter(Boolean))]
}

/** Caption blocks above the plots. */
function headerBlocks(caption: ExportCaption, contentW: number): TextBlock[] {
  const blocks: TextBlock[] = [
    {
      lines: wrapText(caption.title, TITLE_FS, contentW, { bold: true }),
      fontSize: TITLE_FS,
      bold: true,
      color: 'fg',
      before: 0,
    },
  ]
  if (caption.subtitle)
    blocks.push({
      lines: wrapText(caption.subtitle, SUBTITLE_FS, contentW),
      fontSize: SUBTITLE_FS,
      color: 'muted',
      before: 2,
    })
  return blocks
}

/** Footer blocks: source, notes, method breaks, link. Geometry notes are merged in. */
function footerBlocks(
  caption: ExportCaption,
  plots: ExportPlot[],
  L: ChartLabels,
  contentW: number,
): TextBlock[] {
  const blocks: TextBlock[] = []
  const para = (text: string, indent = 0, before = 3, color: 'fg' | 'muted' = 'muted') =>
    blocks.push({
      lines: wrapText(text, FOOTER_FS, contentW, { indent }),
      fontSize: FOOTER_FS,
      color,
      indent,
      before,
    })
  if (caption.source) para(`${L.source}: ${caption.source}`, 0, 0, 'fg')
  const notes = unique([...(caption.notes ?? []), ...plots.flatMap((p) => p.geometry.notes)])
  if (notes.length) para(`${L.notes}: ${notes.join(' ')}`)
  const breaks = unique([
    ...(caption.methodBreaks ?? []),
    ...plots.flatMap((p) => (p.kind === 'time' ? p.geometry.breakNotes : [])),
  ])
  if (breaks.length) {
    para(`${L.methodBreaks}:`)
    for (const b of breaks) para(`• ${b}`, FOOTER_FS, 1)
  }
  if (caption.link) para(`${L.viewIn}: ${caption.link}`, 0, 5)
  return blocks
}

/** Height a plot's heading and legend take above the plot itself. */
function plotChromeHeight(plot: ExportPlot, contentW: number): number {
  let h = 0
  if (plot.heading) h += wrapText(plot.heading, HEADING_FS, contentW).length * HEADING_FS * LINE
  const legend = layoutLegend(plotLegend(plot), contentW)
  if (legend.length) h += (Math.max(...legend.map((l) => l.row)) + 1) * LEGEND_ROW + 2
  return h
}

/** Smallest plot height: below this, stacked unit panels are too flat to read. */
const MIN_PLOT = 240
const GAP_AFTER_HEADER = 12
const GAP_BETWEEN_PLOTS = 16
const GAP_BEFORE_FOOTER = 10

function drawBlock(b: TextBlock, y: number, theme: ChartTheme): [string, number] {
  let out = ''
  let yy = y + b.before
  b.lines.forEach((line, i) => {
    const baseline = yy + b.fontSize
    const x = PAD + (i > 0 ? (b.indent ?? 0) : 0)
    out += `<text x="${r2(x)}" y="${r2(baseline)}" font-size="${b.fontSize}"${
      b.bold ? ' font-weight="700"' : ''
    } fill="${escapeXml(b.color === 'fg' ? theme.fg : theme.muted)}">${escapeXml(line)}</text>`
    yy += b.fontSize * LINE
  })
  return [out, yy]
}

function drawLegend(
  items: LegendPlacement[],
  y: number,
  scheme: ColorScheme,
  theme: ChartTheme,
): string {
  return items
    .map(({ item, x, row, label }) => {
      const color = pickColor(item.color, scheme)
      const cy = y + row * LEGEND_ROW + LEGEND_ROW / 2
      const mark = renderToStaticMarkup(
        <PointMark
          x={r2(PAD + x + SWATCH / 2)}
          y={r2(cy)}
          r={3.5}
          shape={item.shape}
          color={color}
          background={theme.bg}
        />,
      )
      return (
        `<line x1="${r2(PAD + x)}" x2="${r2(PAD + x + SWATCH)}" y1="${r2(cy)}" y2="${r2(cy)}" stroke="${escapeXml(color)}" stroke-width="2"/>` +
        mark +
        `<text x="${r2(PAD + x + SWATCH + 6)}" y="${r2(cy)}" dy="0.35em" font-size="${LEGEND_FS}" fill="${escapeXml(theme.fg)}">${escapeXml(label)}</text>`
      )
    })
    .join('')
}

/**
 * Renders one captioned chart as a standalone SVG document string (see
 * {@link RenderChartSvgOptions}). Pure and deterministic: the same inputs give the same bytes.
 */
export function renderChartSvg(options: RenderChartSvgOptions): string {
  return renderChartDocument(options).svg
}

/** {@link renderChartSvg} with the document's size (for rasterising and reporting). */
export function renderChartDocument(options: RenderChartSvgOptions): ChartSvg {
  const { caption, lang } = options
  const scheme = options.theme
  const theme = exportTheme(scheme, lang)
  const L = resolveLabels(options.labels)
  const noData = options.noDataLabel ?? L.noData

  let plots: ExportPlot[]
  let width: number
  if (typeof options.plots === 'function') {
    const size = options.size ?? { width: 960, height: 540 }
    width = Math.max(240, Math.round(size.width))
    const contentW = width - 2 * PAD
    // First pass for the caption's and legends' heights, then share what is left.
    const guess = options.plots({ width: contentW, height: Math.max(160, size.height * 0.6) })
    const fixed =
      PAD * 2 +
      headerBlocks(caption, contentW).reduce((h, b) => h + blockHeight(b), 0) +
      GAP_AFTER_HEADER +
      guess.reduce((h, p) => h + plotChromeHeight(p, contentW), 0) +
      Math.max(0, guess.length - 1) * GAP_BETWEEN_PLOTS +
      GAP_BEFORE_FOOTER +
      footerBlocks(caption, guess, L, contentW).reduce((h, b) => h + blockHeight(b), 0)
    const each = Math.max(MIN_PLOT, Math.floor((size.height - fixed) / Math.max(1, guess.length)))
    plots = options.plots({ width: contentW, height: each })
  } else {
    plots = options.plots
    width = Math.max(240, ...plots.map((p) => Math.ceil(p.geometry.width + 2 * PAD)))
  }
  const contentW = width - 2 * PAD

  let body = ''
  let y = PAD
  for (const b of headerBlocks(caption, contentW)) {
    const [out, next] = drawBlock(b, y, theme)
    body += out
    y = next
  }
  y += GAP_AFTER_HEADER
  plots.forEach((plot, i) => {
    if (i > 0) y += GAP_BETWEEN_PLOTS
    if (plot.heading) {
      const [out, next] = drawBlock(
        {
          lines: wrapText(plot.heading, HEADING_FS, contentW, { bold: true }),
          fontSize: HEADING_FS,
          bold: true,
          color: 'fg',
          before: 0,
        },
        y,
        theme,
      )
      body += out
      y = next
    }
    const legend = layoutLegend(plotLegend(plot), contentW)
    if (legend.length) {
      body += drawLegend(legend, y, scheme, theme)
      y += (Math.max(...legend.map((l) => l.row)) + 1) * LEGEND_ROW + 2
    }
    body += `<g transform="translate(${PAD},${r2(y)})">${plotMarkup(plot, scheme, theme, noData)}</g>`
    y += plot.geometry.height
  })
  y += GAP_BEFORE_FOOTER
  for (const b of footerBlocks(caption, plots, L, contentW)) {
    const [out, next] = drawBlock(b, y, theme)
    body += out
    y = next
  }
  const height = Math.ceil(Math.max(y + PAD, options.size?.height ?? 0))

  const desc = [caption.subtitle, options.description].filter(Boolean).join('. ')
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" xml:lang="${lang}" font-family="${escapeXml(theme.font)}">` +
    `<title>${escapeXml(caption.title)}</title>` +
    (desc ? `<desc>${escapeXml(desc)}</desc>` : '') +
    `<rect width="${width}" height="${height}" fill="${escapeXml(theme.bg)}"/>` +
    body +
    `</svg>`
  return { svg, width, height }
}
