/**
 * age-cohorts: a dot plot, one row per age band in the caller's canonical order, one group per
 * source (never merged; bands as each source published them), an arrow from the earlier
 * wave's dot to the later wave's dot, the selected band highlighted.
 */
import { createFormatters, type Formatters } from '../../domain/format'
import { resolveLabels, type ChartLabels } from '../core/labels'
import { fin, r2 } from '../core/num'
import { comparePeriods } from '../core/period'
import { linearAxis, tickCountFor, zeroBasedDomain } from '../core/scales'
import { estimateTextWidth, truncateText } from '../core/text'
import { tableColumns, tableRow } from '../core/table'
import type {
  TableCell,
  CohortGroupDatum,
  CohortPointDatum,
  LegendItem,
  PointGeometry,
  Rect,
  Size,
  TableData,
  Tick,
} from '../core/types'

export interface AgeCohortsInput {
  groups: CohortGroupDatum[]
  /** Canonical band order; bands not listed follow in order of appearance. */
  bands: string[]
}

export interface AgeCohortsOptions {
  hidden?: Iterable<string>
  /** The band to highlight: one for every group, or per group key (sources publish different bands). */
  highlightBand?: string | null | Readonly<Record<string, string>>
  /** Earlier wave to compare; default each group's earliest period. */
  fromPeriod?: string | null
  /** Later wave; default each group's latest period. */
  toPeriod?: string | null
  format?: Formatters
  labels?: Partial<ChartLabels>
  fontSize?: number
}

export interface CohortRowGeometry {
  id: string
  groupKey: string
  band: string
  label: string
  y: number
  /** Row background (for the highlighted band). */
  rect: Rect
  highlighted: boolean
  from: PointGeometry | null
  to: PointGeometry | null
  arrow: { x1: number; x2: number; y: number; head: string } | null
}

export interface CohortGroupGeometry {
  key: string
  title: string
  titleY: number
  rect: Rect
  rows: CohortRowGeometry[]
  axisY: number
  ticks: Tick[]
  fromPeriod: string | null
  toPeriod: string | null
}

export interface AgeCohortsGeometry {
  width: number
  height: number
  fontSize: number
  plot: { x: number; width: number }
  labelX: number
  groups: CohortGroupGeometry[]
  nav: PointGeometry[][]
  legend: LegendItem[]
  table: TableData
  notes: string[]
  empty: boolean
}

function orderBands(canonical: string[], present: string[]): string[] {
  const known = canonical.filter((b) => present.includes(b))
  const rest = present.filter((b) => !canonical.includes(b))
  return [...known, ...rest]
}

/** Pure layout of the age-cohort dot plot. Height grows with the rows (≥ size.height). */
export function layoutAgeCohorts(
  input: AgeCohortsInput,
  size: Size,
  options: AgeCohortsOptions = {},
): AgeCohortsGeometry {
  const f = options.format ?? createFormatters('en')
  const L = resolveLabels(options.labels)
  const fs = options.fontSize ?? 11
  const width = Math.max(120, fin(size.width, 640))
  const hidden = new Set(options.hidden ?? [])
  const visible = input.groups.filter((g) => !hidden.has(g.key))

  const allBands: string[] = []
  for (const g of visible)
    for (const p of g.points) if (!allBands.includes(p.band)) allBands.push(p.band)
  const bandLabelW = Math.min(
    width * 0.3,
    Math.max(30, ...allBands.map((b) => estimateTextWidth(b, fs))),
  )
  const left = Math.ceil(bandLabelW + 14)
  const right = 16
  const plotW = Math.max(40, width - left - right)
  const rowH = 22
  const titleH = fs + 12
  const axisH = fs + 14
  const gap = 16

  const nav: PointGeometry[][] = []
  const rows: TableCell[][] = []
  let anyHollow = false
  let anyUnsure = false
  let y = 4
  const groups: CohortGroupGeometry[] = []
  for (const g of visible) {
    const pts = g.points.filter(
      (p): p is CohortPointDatum & { value: number } =>
        p.value !== null && Number.isFinite(p.value),
    )
    if (pts.length === 0) continue
    const periods = [...new Set(pts.map((p) => p.period))].sort(comparePeriods)
    const toP =
      options.toPeriod && periods.includes(options.toPeriod)
        ? options.toPeriod
        : (periods[periods.length - 1] ?? null)
    const fromP =
      options.fromPeriod && periods.includes(options.fromPeriod) && options.fromPeriod !== toP
        ? options.fromPeriod
        : (periods.find((p) => p !== toP && comparePeriods(p, toP ?? p) < 0) ?? null)
    const used = pts.filter((p) => p.period === fromP || p.period === toP)
    const domain: [number, number] =
      g.unit === 'count'
        ? zeroBasedDomain(
            used.map((p) => p.value),
            { minMax: 10 },
          )
        : [Math.min(0, ...used.map((p) => p.value)), Math.max(100, ...used.map((p) => p.value))]
    const { scale, ticks } = linearAxis(
      domain,
      [left, left + plotW],
      (v) => f.tick(v, g.unit),
      tickCountFor(plotW, 70),
    )
    const sx = (v: number) => r2(fin(scale(v), left))
    // the waves stay readable on narrow charts: the label is shortened, never the periods;
    // titles are bold, so they are measured 10% wider than regular text
    const waves =
      fromP && toP ? ` · ${f.period(fromP)} → ${f.period(toP)}` : toP ? ` · ${f.period(toP)}` : ''
    const titleRoom = (width - 8) / 1.1
    const title = `${truncateText(g.label, fs + 1, Math.max(0, titleRoom - estimateTextWidth(waves, fs + 1)))}${waves}`
    const titleY = y + fs + 2
    const top = y + titleH
    const bands = orderBands(input.bands, [...new Set(used.map((p) => p.band))])
    const rowGeoms: CohortRowGeometry[] = bands.map((band, i) => {
      const cy = r2(top + i * rowH + rowH / 2)
      const mk = (period: string | null, muted: boolean): PointGeometry | null => {
        const d = used.find((p) => p.band === band && p.period === period)
        if (!d || period === null) return null
        const hollow = Boolean(d.estimated)
        if (hollow) anyHollow = true
        const info: PointGeometry['info'] = {
          seriesKey: g.key,
          seriesLabel: g.label,
          period,
          periodLabel: f.period(period),
          value: d.value,
          valueLabel: f.value(d.value, g.unit),
          unit: g.unit,
          source: g.source ?? null,
          fieldwork: d.fieldwork ?? null,
          sampleSize: d.sampleSize ?? null,
          surveySampleSize: d.surveySampleSize ?? null,
          estimated: hollow,
          provisional: false,
          note: d.note ?? null,
          conductedBy: d.conductedBy ?? null,
          confidence: d.confidence ?? null,
          sourceUrl: d.sourceUrl ?? null,
          question: g.question ?? null,
          marginOfError: null,
          category: band,
        }
        rows.push(tableRow(info, f, L, band))
        const confidence = d.confidence === 'medium' || d.confidence === 'low' ? d.confidence : null
        if (confidence) anyUnsure = true
        return {
          ...(confidence ? { confidence } : {}),
          id: `${g.key}@${band}@${period}`,
          x: sx(d.value),
          y: cy,
          r: muted ? 4 : 5,
          color: g.color,
          shape: g.shape ?? 'circle',
          hollow,
          muted,
          info,
        }
      }
      const from = mk(fromP, true)
      const to = mk(toP, false)
      let arrow: CohortRowGeometry['arrow'] = null
      if (from && to && Math.abs(to.x - from.x) > from.r + to.r + 6) {
        const dir = Math.sign(to.x - from.x)
        const x1 = r2(from.x + dir * (from.r + 1))
        const tip = r2(to.x - dir * (to.r + 1))
        const back = r2(tip - dir * 5)
        arrow = {
          x1,
          x2: back,
          y: cy,
          head: `M${tip},${cy}L${back},${r2(cy - 3.5)}L${back},${r2(cy + 3.5)}Z`,
        }
      }
      const rowNav = [from, to].filter((p): p is PointGeometry => p !== null)
      if (rowNav.length) nav.push(rowNav)
      return {
        id: `${g.key}@${band}`,
        groupKey: g.key,
        band,
        label: truncateText(band, fs, bandLabelW),
        y: cy,
        rect: { x: 0, y: r2(top + i * rowH), width, height: rowH },
        highlighted:
          typeof options.highlightBand === 'string' || options.highlightBand == null
            ? options.highlightBand === band
            : options.highlightBand[g.key] === band,
        from,
        to,
        arrow,
      }
    })
    const axisY = top + bands.length * rowH + 4
    groups.push({
      key: g.key,
      title,
      titleY: r2(titleY),
      rect: { x: left, y: r2(top), width: r2(plotW), height: bands.length * rowH },
      rows: rowGeoms,
      axisY: r2(axisY),
      ticks: ticks.map((t) => ({ ...t, position: r2(fin(t.position, left)) })),
      fromPeriod: fromP,
      toPeriod: toP,
    })
    y = axisY + axisH + gap
  }
  const height = Math.max(fin(size.height, 0), Math.ceil(y))
  const notes = [L.bandsNote]
  if (anyHollow) notes.push(L.provisionalNote)
  if (anyUnsure) notes.push(L.confidenceKey)
  return {
    width,
    height,
    fontSize: fs,
    plot: { x: left, width: r2(plotW) },
    labelX: left - 8,
    groups,
    nav,
    legend: input.groups.map((g) => ({
      key: g.key,
      label: g.label,
      color: g.color,
      shape: g.shape ?? 'circle',
      hidden: hidden.has(g.key),
    })),
    table: {
      columns: tableColumns(L).flatMap((c, i) => (i === 0 ? [c, L.category] : [c])),
      rows,
      questions: input.groups
        .filter((g) => g.question && !hidden.has(g.key))
        .map((g) => ({ series: g.label, text: g.question as string })),
    },
    notes,
    empty: groups.length === 0,
  }
}
