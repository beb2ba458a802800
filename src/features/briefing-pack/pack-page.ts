/**
 * One view of a briefing pack as a slide or a printed page: the chart's caption as text
 * (title, subtitle, source, notes, method breaks, link) and its image (legends and plots),
 * rendered by the chart kit's export renderer, the one behind the Download menu. The caption
 * is kept out of the image so a slide or page does not say everything twice; the text beside
 * the image is real text (searchable, editable, read by screen readers).
 *
 * A slide is wide and short: a chart with several plots (the two directions of the trend
 * chart) or many rows (the age cohorts) is laid out in columns side by side when that shows it
 * larger, composed into one image.
 */
import type { ChartLabels } from '../../charts/core/labels'
import type { Size } from '../../charts/core/types'
import {
  escapeXml,
  exportTheme,
  renderChartDocument,
  type ChartSvg,
  type ExportPlot,
} from '../../charts/export'
import type { Lang } from '../../domain/format'
import type { ChartId } from './chart-ids'
import type { ExportSpec } from './chart-spec'

/** A view's caption as text. */
export interface PageText {
  title: string
  subtitle: string | null
  /** Source organisations, e.g. "Genron NPO; Gallup Korea" (without the "Source:" label). */
  source: string | null
  /** Reader notes: the caption's and the plots' (estimated points, cohort substitutions…). */
  notes: string[]
  /** Method breaks, one per series and period. */
  breaks: string[]
  /** Address that reopens the view in the dashboard. */
  link: string
}

/** One page of a pack: its text and its image. */
export interface PackPage {
  chart: ChartId
  text: PageText
  /** Legends and plots as a standalone SVG document (concrete colours, escaped text). */
  image: ChartSvg
  /** Text alternative of the image: title and the series drawn. */
  alt: string
}

/** The area an image is fitted into (any unit: only the proportions count). */
export interface ImageBox {
  w: number
  h: number
}

export interface RenderPageOptions {
  chart: ChartId
  /** The image's box, or a function of the page's text (a slide gives what its text leaves). */
  box: ImageBox | ((text: PageText) => ImageBox)
  /** Width in CSS px of a one-column image; chart text is 11–12 px at this width. */
  baseWidth?: number
  /** Most columns to try (1 keeps the export's stacked layout). */
  maxColumns?: number
  theme: 'light' | 'dark'
  lang: Lang
  labels: ChartLabels
}

/** Narrowest column a plot is laid out in (CSS px): narrower, its axes crowd. */
const MIN_COLUMN = 520

function unique(items: readonly string[]): string[] {
  return [...new Set(items.map((s) => s.trim()).filter(Boolean))]
}

/** The plot with its notes taken out (they go to the page's text instead). */
function withoutNotes(plot: ExportPlot): ExportPlot {
  return plot.kind === 'time'
    ? { ...plot, geometry: { ...plot.geometry, notes: [], breakNotes: [] } }
    : { ...plot, geometry: { ...plot.geometry, notes: [] } }
}

/**
 * The image without the empty title line the renderer keeps at its top: the document is cut
 * at that line's baseline, which nothing below it reaches above (a no-op when the document
 * does not start as expected).
 */
export function cropEmptyTitle(doc: ChartSvg): ChartSvg {
  const m =
    /^(<svg [^>]*?)width="(\d+)" height="(\d+)" viewBox="0 0 (\d+) (\d+)"([^>]*>(?:<title>[^<]*<\/title>)?(?:<desc>[^<]*<\/desc>)?<rect [^>]*\/>)<text x="[\d.]+" y="([\d.]+)"[^>]*><\/text>/.exec(
      doc.svg,
    )
  if (!m) return doc
  const cut = Math.floor(Number(m[7]))
  const height = doc.height - cut
  if (!(cut > 0 && height > 0)) return doc
  const svg =
    `${m[1]}width="${doc.width}" height="${height}" viewBox="0 ${cut} ${doc.width} ${height}"${m[6]}` +
    doc.svg.slice(m[0].length)
  return { svg, width: doc.width, height }
}

/** Column documents side by side, top-aligned, as one SVG document with the chart's title. */
function compose(
  columns: ChartSvg[],
  options: { theme: 'light' | 'dark'; lang: Lang; title: string; description: string },
): ChartSvg {
  const theme = exportTheme(options.theme, options.lang)
  const width = columns.reduce((w, c) => w + c.width, 0)
  const height = Math.max(...columns.map((c) => c.height))
  let x = 0
  const inner = columns
    .map((c) => {
      const placed = c.svg.replace(/^<svg /, `<svg x="${x}" y="0" `)
      x += c.width
      return placed
    })
    .join('')
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" xml:lang="${options.lang}" font-family="${escapeXml(theme.font)}">` +
    `<title>${escapeXml(options.title)}</title>` +
    (options.description ? `<desc>${escapeXml(options.description)}</desc>` : '') +
    `<rect width="${width}" height="${height}" fill="${escapeXml(theme.bg)}"/>` +
    inner +
    `</svg>`
  return { svg, width, height }
}

/** Renders a view's spec as a pack page (pure; the same in Node and the browser). */
export function renderPackPage(spec: ExportSpec, options: RenderPageOptions): PackPage {
  // the plots' notes do not depend on their size: a first layout collects them for the text
  const probe = spec.plots({ width: 920, height: 320 })
  const { caption } = spec
  const text: PageText = {
    title: caption.title,
    subtitle: caption.subtitle || null,
    source: caption.source || null,
    notes: unique([...(caption.notes ?? []), ...probe.flatMap((p) => p.geometry.notes)]),
    breaks: unique([
      ...(caption.methodBreaks ?? []),
      ...probe.flatMap((p) => (p.kind === 'time' ? p.geometry.breakNotes : [])),
    ]),
    link: caption.link ?? '',
  }
  const box = typeof options.box === 'function' ? options.box(text) : options.box
  const baseWidth = options.baseWidth ?? 960
  const maxColumns = options.maxColumns ?? 4

  // the arrangements to try: stacked as exported; one plot per column; the spec's own columns
  const arrangements: ((size: Size) => ExportPlot[])[][] = [[spec.plots]]
  if (probe.length > 1 && probe.length <= maxColumns)
    arrangements.push(probe.map((_, i) => (size: Size) => spec.plots(size).slice(i, i + 1)))
  if (spec.columns)
    for (let k = 2; k <= maxColumns; k++) {
      const cols = spec.columns(k)
      if (cols.length === k) arrangements.push(cols)
    }

  let best: { image: ChartSvg; scale: number } | null = null
  for (const cols of arrangements) {
    const k = cols.length
    const total = Math.max(baseWidth, k * MIN_COLUMN)
    const wanted = Math.round((total * box.h) / box.w)
    const render = (height: number) =>
      compose(
        cols.map((plots) =>
          cropEmptyTitle(
            renderChartDocument({
              plots: (s) => plots(s).map(withoutNotes),
              // the title is the page's own text (an empty one leaves a line, cropped above)
              caption: { title: '' },
              size: { width: Math.floor(total / k), height },
              theme: options.theme,
              lang: options.lang,
              labels: options.labels,
              description: spec.description,
            }),
          ),
        ),
        {
          theme: options.theme,
          lang: options.lang,
          title: caption.title,
          description: spec.description,
        },
      )
    let image = render(Math.max(300, wanted))
    // the crop made it shorter than the box wants: once more, taller by the difference
    if (image.height < wanted - 8) image = render(Math.max(300, wanted + (wanted - image.height)))
    // how large the chart's text comes out in the box: the arrangement showing it largest wins
    const scale = Math.min(box.w / image.width, box.h / image.height)
    if (!best || scale > best.scale * 1.05) best = { image, scale }
  }
  // the description lists series by label; a line drawn annually and monthly is named once
  const described = unique(spec.description.split('; ')).join('; ')
  const alt = [caption.title, described].filter(Boolean).join('. ')
  return { chart: options.chart, text, image: best!.image, alt }
}

/** The page's text as plain lines (slide speaker notes, plain-text fallbacks). */
export function pageTextLines(text: PageText, labels: ChartLabels): string[] {
  return [
    text.title,
    ...(text.subtitle ? [text.subtitle] : []),
    ...(text.source ? [`${labels.source}: ${text.source}`] : []),
    ...(text.notes.length ? [`${labels.notes}: ${text.notes.join(' ')}`] : []),
    ...(text.breaks.length ? [`${labels.methodBreaks}:`, ...text.breaks.map((b) => `• ${b}`)] : []),
    ...(text.link ? [`${labels.viewIn}: ${text.link}`] : []),
  ]
}
