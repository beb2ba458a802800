/**
 * Shared layout of time charts (favorability-trend, tourism-flows, opinion-vs-tourism): one
 * x scale in decimal years, one stacked panel per unit (never a shared or dual y axis), lines
 * split at gaps and method breaks (never interpolated), dots per observation, optional 95%
 * sampling-error bands, event rules with non-overlapping labels, leader-term bands.
 * Pure: no DOM. Coordinates are absolute SVG coordinates.
 */
import { line as d3line, area as d3area } from 'd3-shape'
import { createFormatters, type Formatters } from '../../domain/format'
import { layoutLabels, lanesUsed, type LabelPlacement } from '../core/annotations'
import { tableColumns, tableRow } from '../core/table'
import { resolveLabels, type ChartLabels } from '../core/labels'
import { fin, r2 } from '../core/num'
import { isMonthly, periodIndex, periodStartDecimal, periodToDecimal } from '../core/period'
import { linearAxis, safeExtent, tickCountFor, timeTicks, zeroBasedDomain } from '../core/scales'
import { samplingError95 } from '../core/stats'
import { estimateTextWidth, truncateText } from '../core/text'
import type {
  ChartUnit,
  EventDatum,
  LeaderTermDatum,
  LegendItem,
  MarkShape,
  PointGeometry,
  Rect,
  SeriesColor,
  Size,
  TableCell,
  TableData,
  Tick,
  TimePointDatum,
  TimeSeriesDatum,
} from '../core/types'

export interface TimeSeriesInput {
  series: TimeSeriesDatum[]
  events?: EventDatum[]
  leaders?: LeaderTermDatum[]
}

export interface TimeSeriesOptions {
  /** Keys of series toggled off in the legend. */
  hidden?: Iterable<string>
  /** Visible time window in decimal years [from, to]; points whose centre lies inside show. */
  xRange?: readonly [number, number] | null
  /** Panel order by unit; units present but not listed follow in order of appearance. */
  units?: ChartUnit[]
  /** Draw 95% sampling-error bands for percent points with a sample size. */
  samplingError?: boolean
  format?: Formatters
  labels?: Partial<ChartLabels>
  fontSize?: number
}

export interface LineGeometry {
  seriesKey: string
  color: SeriesColor
  d: string
  /**
   * `long`: more than {@link LONG_JOIN_MONTHS} months between two published waves (dotted);
   * `people`: the question was about the people, not the country (dashed).
   */
  dash?: 'long' | 'people'
}

/** A join between two published waves longer than this is drawn dotted and said in the notes. */
export const LONG_JOIN_MONTHS = 24

export interface WhiskerGeometry {
  seriesKey: string
  color: SeriesColor
  x: number
  y1: number
  y2: number
}

export interface RuleGeometry {
  id: string
  x: number
  y0: number
  y1: number
  label: LabelPlacement
  labelY: number
  description: string
  color: SeriesColor | null
}

export interface PanelGeometry {
  unit: ChartUnit
  title: string
  titleY: number
  /** Plot area of the panel. */
  rect: Rect
  yTicks: Tick[]
  lines: LineGeometry[]
  bands: LineGeometry[]
  whiskers: WhiskerGeometry[]
  points: PointGeometry[]
  breaks: RuleGeometry[]
  /** Short bars on the time axis where a series has no figure, with why (title). */
  gaps: GapGeometry[]
  bandLabel: { x: number; y: number; text: string } | null
}

/** A period with no figure of one series: a short bar just above the panel's axis. */
export interface GapGeometry {
  id: string
  seriesKey: string
  color: SeriesColor
  x0: number
  x1: number
  y: number
  /** "Genron NPO/EAI: no wave (2024)". */
  title: string
}

export interface LeaderBandGeometry {
  id: string
  country: 'KR' | 'JP'
  x0: number
  x1: number
  y: number
  height: number
  label: string
  fullLabel: string
  shade: 0 | 1
}

export interface TimeSeriesGeometry {
  width: number
  height: number
  fontSize: number
  /** Horizontal extent of the plots and vertical extent from first panel top to last bottom. */
  plot: Rect
  xDomain: [number, number]
  /** Whole years covered by all series (for the range control). */
  yearExtent: [number, number]
  xTicks: Tick[]
  xAxisY: number
  panels: PanelGeometry[]
  events: RuleGeometry[]
  leaders: LeaderBandGeometry[]
  leaderRows: { country: 'KR' | 'JP'; y: number; height: number }[]
  /** Visible points per visible series, in x order: keyboard navigation order. */
  nav: PointGeometry[][]
  legend: LegendItem[]
  table: TableData
  notes: string[]
  breakNotes: string[]
  empty: boolean
}

interface Obs {
  d: TimePointDatum
  value: number
  x: number
  start: number
}

const UNIT_ORDER: ChartUnit[] = ['percent', 'thermometer', 'count']

/** Finite, well-formed observations of a series in time order (first of duplicate periods). */
export function cleanObservations(points: TimePointDatum[]): Obs[] {
  const seen = new Set<string>()
  const out: Obs[] = []
  for (const d of points) {
    if (d.value === null || !Number.isFinite(d.value) || seen.has(d.period)) continue
    const x = periodToDecimal(d.period)
    const start = periodStartDecimal(d.period)
    if (x === null || start === null) continue
    seen.add(d.period)
    out.push({ d, value: d.value, x, start })
  }
  return out.sort((a, b) => a.x - b.x)
}

/**
 * Split a series' observations into connected runs. Two neighbours are connected unless a
 * method break starts between them, the first is listed in `gapAfter`, an expected period is
 * missing between them, or (monthly series) they are not consecutive months. Never
 * interpolates: a run is drawn as a line through exactly its observations.
 */
export function splitSegments(series: TimeSeriesDatum, obs: Obs[]): Obs[][] {
  const breaks = (series.breaks ?? [])
    .map((b) => periodStartDecimal(b.period))
    .filter((v): v is number => v !== null)
  const gapAfter = new Set(series.gapAfter ?? [])
  const observed = new Set(obs.map((o) => o.d.period))
  const expected = (series.expectedPeriods ?? [])
    .filter((p) => !observed.has(p))
    .map((p) => periodStartDecimal(p))
    .filter((v): v is number => v !== null)
  const segments: Obs[][] = []
  let current: Obs[] = []
  for (const o of obs) {
    const prev = current[current.length - 1]
    if (prev) {
      let connected = !gapAfter.has(prev.d.period)
      if (connected && breaks.some((s) => prev.start < s && s <= o.start)) connected = false
      if (connected && expected.some((s) => prev.start < s && s < o.start)) connected = false
      if (connected && series.granularity === 'month') {
        const a = periodIndex(prev.d.period)
        const b = periodIndex(o.d.period)
        if (!isMonthly(prev.d.period) || !isMonthly(o.d.period) || a === null || b === null)
          connected = false
        else if (b - a !== 1) connected = false
      }
      if (!connected) {
        segments.push(current)
        current = []
      }
    }
    current.push(o)
  }
  if (current.length) segments.push(current)
  return segments
}

function yDomainFor(unit: ChartUnit, values: number[]): [number, number] {
  if (unit === 'thermometer') {
    const lo = Math.min(0, ...values.filter(Number.isFinite))
    const hi = Math.max(100, ...values.filter(Number.isFinite))
    return [lo, hi]
  }
  if (unit === 'percent') return zeroBasedDomain(values, { minMax: 10, cap: 100 })
  return zeroBasedDomain(values, { minMax: 10 })
}

function yTickWidth(unit: ChartUnit, domain: [number, number], f: Formatters, fs: number) {
  let w = 0
  for (const count of [2, 4, 6, 8]) {
    const { ticks } = linearAxis(domain, [0, 1], (v) => f.tick(v, unit), count)
    for (const t of ticks) w = Math.max(w, estimateTextWidth(t.label, fs))
  }
  return w
}

function toInfo(
  s: TimeSeriesDatum,
  o: Obs,
  f: Formatters,
  moe: number | null,
): PointGeometry['info'] {
  return {
    seriesKey: s.key,
    seriesLabel: s.label,
    period: o.d.period,
    periodLabel: f.period(o.d.period),
    value: o.value,
    valueLabel: f.value(o.value, s.unit),
    unit: s.unit,
    source: s.source ?? null,
    fieldwork: o.d.fieldwork ?? null,
    sampleSize: o.d.sampleSize ?? null,
    surveySampleSize: o.d.surveySampleSize ?? null,
    estimated: Boolean(o.d.estimated),
    provisional: Boolean(o.d.provisional),
    note: o.d.note ?? null,
    conductedBy: o.d.conductedBy ?? null,
    confidence: o.d.confidence ?? null,
    sourceUrl: o.d.sourceUrl ?? null,
    question: s.question ?? null,
    marginOfError: moe,
  }
}

/** Lay out a stacked multi-panel time chart. Pure; safe for empty, single and huge inputs. */
export function layoutTimeSeries(
  input: TimeSeriesInput,
  size: Size,
  options: TimeSeriesOptions = {},
): TimeSeriesGeometry {
  const f = options.format ?? createFormatters('en')
  const L = resolveLabels(options.labels)
  const fs = options.fontSize ?? 11
  const width = Math.max(120, fin(size.width, 640))
  const heightIn = Math.max(120, fin(size.height, 360))
  const hidden = new Set(options.hidden ?? [])
  const all = input.series
  const visible = all.filter((s) => !hidden.has(s.key))
  const obsBySeries = new Map(all.map((s) => [s.key, cleanObservations(s.points)]))

  // Panels: one per unit present (hidden series keep their panel so layout stays put).
  const present: ChartUnit[] = []
  for (const s of all) if (!present.includes(s.unit)) present.push(s.unit)
  const order = options.units ?? UNIT_ORDER
  const units = [
    ...order.filter((u) => present.includes(u)),
    ...present.filter((u) => !order.includes(u)),
  ]

  // x: all series (hidden included, so toggling never shifts time), padded by half a period.
  const allX: number[] = []
  let pad = 1 / 24
  for (const s of all) {
    const obs = obsBySeries.get(s.key) ?? []
    for (const o of obs) allX.push(o.x)
    if (obs.length && s.granularity !== 'month') pad = 0.5
  }
  const fullExtent = safeExtent(allX, [2000, 2025], 0)
  const fullDomain: [number, number] =
    fullExtent[0] === fullExtent[1]
      ? [fullExtent[0] - pad, fullExtent[1] + pad]
      : [fullExtent[0] - pad, fullExtent[1] + pad]
  const yearExtent: [number, number] = [
    Math.floor(fullDomain[0] + 1e-9),
    Math.max(Math.floor(fullDomain[0] + 1e-9), Math.ceil(fullDomain[1] - 1e-9) - 1),
  ]
  let xDomain: [number, number] = fullDomain
  const xr = options.xRange
  if (xr && Number.isFinite(xr[0]) && Number.isFinite(xr[1]) && xr[1] > xr[0]) {
    xDomain = [xr[0], xr[1]]
  }
  const inRange = (x: number) => x >= xDomain[0] - 1e-9 && x <= xDomain[1] + 1e-9

  // Visible, in-range observations and their segments.
  interface Prepared {
    s: TimeSeriesDatum
    segments: Obs[][]
    moe: Map<Obs, number | null>
  }
  const prepared: Prepared[] = visible.map((s) => {
    const segs = splitSegments(s, obsBySeries.get(s.key) ?? [])
      .map((seg) => seg.filter((o) => inRange(o.x)))
      .filter((seg) => seg.length > 0)
    const moe = new Map<Obs, number | null>()
    for (const seg of segs)
      for (const o of seg)
        moe.set(
          o,
          options.samplingError && s.unit === 'percent'
            ? samplingError95(o.value, o.d.sampleSize)
            : null,
        )
    return { s, segments: segs, moe }
  })
  const empty = prepared.every((p) => p.segments.length === 0)

  const domains = new Map<ChartUnit, [number, number]>()
  for (const u of units) {
    const vals: number[] = []
    for (const p of prepared) {
      if (p.s.unit !== u) continue
      for (const seg of p.segments)
        for (const o of seg) {
          vals.push(o.value)
          const m = p.moe.get(o)
          if (m !== null && m !== undefined) vals.push(o.value + m)
        }
    }
    domains.set(u, yDomainFor(u, vals))
  }

  // Horizontal layout.
  const yLabelW = Math.max(24, ...units.map((u) => yTickWidth(u, domains.get(u) ?? [0, 1], f, fs)))
  const left = Math.ceil(yLabelW + 10)
  const right = 14
  const plotX = left
  const plotW = Math.max(40, width - left - right)
  const span = xDomain[1] - xDomain[0]
  const sx = (x: number) => r2(plotX + ((x - xDomain[0]) / span) * plotW)

  // Events: labels in lanes above the panels.
  const events = (input.events ?? [])
    .map((e, i) => ({ e, i, x: periodStartDecimal(e.date) }))
    .filter((v): v is { e: EventDatum; i: number; x: number } => v.x !== null && inRange(v.x))
  const eventLabels = layoutLabels(
    events.map(({ e, i, x }) => ({ id: `event-${i}`, x: sx(x), text: e.label })),
    {
      minX: plotX,
      maxX: plotX + plotW,
      fontSize: fs,
      // a low plot (compact embeds) or a narrow one keeps two lanes for its panels' sake
      maxLanes: width < 480 || heightIn < 300 ? 2 : 3,
      maxWidth: Math.min(200, plotW * 0.45),
    },
  )
  const laneH = fs + 3
  const eventLanes = lanesUsed(eventLabels)

  // Leader terms clipped to the domain.
  const leaderInput = (input.leaders ?? [])
    .map((t, i) => {
      const a = periodStartDecimal(t.start)
      const b = t.end === null ? xDomain[1] : periodStartDecimal(t.end)
      return { t, i, a, b }
    })
    .filter(
      (v): v is { t: LeaderTermDatum; i: number; a: number; b: number } =>
        v.a !== null && v.b !== null,
    )
    .map((v) => ({ ...v, a: Math.max(v.a, xDomain[0]), b: Math.min(v.b, xDomain[1]) }))
    .filter((v) => v.b > v.a)
  const leaderCountries = (['KR', 'JP'] as const).filter((c) =>
    leaderInput.some((v) => v.t.country === c),
  )
  const rowH = fs + 5

  // Vertical layout.
  let y = 6
  const leaderRows = leaderCountries.map((country) => {
    const row = { country, y, height: rowH }
    y += rowH + 2
    return row
  })
  if (leaderRows.length) y += 2
  const eventsTop = y
  y += eventLanes * laneH + (eventLanes ? 4 : 0)
  const titleH = fs + 8
  const gap = 14
  const xAxisH = fs + 12
  const nPanels = Math.max(1, units.length)
  const fixed = y + nPanels * titleH + (nPanels - 1) * gap + xAxisH + 4
  const panelH = Math.max(60, (heightIn - fixed) / nPanels)
  const height = Math.max(heightIn, Math.ceil(fixed + panelH * nPanels))

  const lineGen = d3line<Obs>().digits(2)
  const areaGen = d3area<Obs>().digits(2)
  const nav: PointGeometry[][] = []
  const table: TableCell[][] = []
  const breakNotes: string[] = []
  const gapNotes: string[] = []
  let anyBand = false
  let anyWithoutN = false
  let anyHollow = false
  let anyLong = false
  let anyPeople = false
  let anyUnsure = false

  const panels: PanelGeometry[] = units.map((unit, pi) => {
    const titleY = y + fs
    const top = y + titleH
    const rect: Rect = { x: plotX, y: r2(top), width: r2(plotW), height: r2(panelH) }
    y = top + panelH + gap
    const domain = domains.get(unit) ?? [0, 1]
    const { scale, ticks } = linearAxis(
      domain,
      [top + panelH, top],
      (v) => f.tick(v, unit),
      tickCountFor(panelH, 36),
    )
    const sy = (v: number) => r2(fin(scale(v), top + panelH))
    lineGen.x((o) => sx(o.x)).y((o) => sy(o.value))
    const panel: PanelGeometry = {
      unit,
      title: L.unitTitles[unit],
      titleY: r2(titleY),
      rect,
      yTicks: ticks.map((t) => ({ ...t, position: r2(fin(t.position, top)) })),
      lines: [],
      bands: [],
      whiskers: [],
      points: [],
      breaks: [],
      gaps: [],
      bandLabel: null,
    }
    const breakItems: { id: string; x: number; text: string; s: TimeSeriesDatum }[] = []
    for (const p of prepared) {
      const s = p.s
      if (s.unit !== unit) continue
      const count = p.segments.reduce((n, seg) => n + seg.length, 0)
      const spacing = count > 1 ? plotW / count : plotW
      const baseR = spacing >= 8 ? 3 : spacing >= 4 ? 1.5 : 0
      const shape: MarkShape = s.shape ?? 'circle'
      const seriesNav: PointGeometry[] = []
      for (const seg of p.segments) {
        // runs of joins: a join longer than LONG_JOIN_MONTHS is its own dotted run
        for (let i = 0; i + 1 < seg.length;) {
          const long = (seg[i + 1]!.x - seg[i]!.x) * 12 > LONG_JOIN_MONTHS
          let j = i + 1
          while (j + 1 < seg.length && (seg[j + 1]!.x - seg[j]!.x) * 12 > LONG_JOIN_MONTHS === long)
            j++
          if (long) anyLong = true
          if (s.dashed && !long) anyPeople = true
          const dash = long ? 'long' : s.dashed ? 'people' : undefined
          panel.lines.push({
            seriesKey: s.key,
            color: s.color,
            d: lineGen(seg.slice(i, j + 1)) ?? '',
            ...(dash ? { dash } : {}),
          })
          i = j
        }
        // Sampling-error band: runs of points with n inside the segment.
        let run: Obs[] = []
        const flush = () => {
          if (run.length > 1) {
            areaGen
              .x((o) => sx(o.x))
              .y0((o) => sy(Math.max(domain[0], o.value - (p.moe.get(o) ?? 0))))
              .y1((o) => sy(Math.min(domain[1], o.value + (p.moe.get(o) ?? 0))))
            panel.bands.push({ seriesKey: s.key, color: s.color, d: areaGen(run) ?? '' })
          } else if (run.length === 1) {
            const o = run[0]!
            const m = p.moe.get(o) ?? 0
            panel.whiskers.push({
              seriesKey: s.key,
              color: s.color,
              x: sx(o.x),
              y1: sy(Math.max(domain[0], o.value - m)),
              y2: sy(Math.min(domain[1], o.value + m)),
            })
          }
          if (run.length) anyBand = true
          run = []
        }
        for (const o of seg) {
          if (p.moe.get(o) !== null && p.moe.get(o) !== undefined) run.push(o)
          else {
            // a percent point the source gave no n for (often an age band): say why it has none
            if (options.samplingError && s.unit === 'percent') anyWithoutN = true
            flush()
          }
        }
        flush()
        for (const o of seg) {
          const hollow = Boolean(o.d.estimated || o.d.provisional)
          if (hollow) anyHollow = true
          const isolated = seg.length === 1
          const confidence = o.d.confidence ?? null
          if (confidence === 'medium' || confidence === 'low') anyUnsure = true
          const pt: PointGeometry = {
            id: `${s.key}@${o.d.period}`,
            x: sx(o.x),
            y: sy(o.value),
            r: hollow || isolated ? Math.max(baseR, 2.5) : baseR,
            color: s.color,
            shape,
            hollow,
            ...(confidence === 'medium' || confidence === 'low' ? { confidence } : {}),
            info: toInfo(s, o, f, p.moe.get(o) ?? null),
          }
          panel.points.push(pt)
          seriesNav.push(pt)
          table.push(tableRow(pt.info, f, L))
        }
      }
      if (seriesNav.length) nav.push(seriesNav)
      // a gap is said, never filled: a bar on the axis where the series has no figure, and why
      const lane = new Set(panel.gaps.map((x) => x.seriesKey)).size
      for (const [gi, g] of (s.gaps ?? []).entries()) {
        const a = periodStartDecimal(g.from)
        const toStart = periodStartDecimal(g.to)
        if (a === null || toStart === null) continue
        const b = toStart + (isMonthly(g.to) ? 1 / 12 : 1)
        if (b <= xDomain[0] || a >= xDomain[1]) continue
        const why = g.reason === 'noWave' ? L.gapNoWave : L.gapNotFound
        const span = g.from === g.to ? f.period(g.from) : `${f.period(g.from)}–${f.period(g.to)}`
        panel.gaps.push({
          id: `gap-${s.key}-${gi}`,
          seriesKey: s.key,
          color: s.color,
          x0: sx(Math.max(a, xDomain[0])),
          x1: sx(Math.min(b, xDomain[1])),
          // one lane per series with gaps, stacked up from the axis
          y: r2(top + panelH - 4 - 4 * lane),
          title: `${s.label}: ${why} (${span})`,
        })
        gapNotes.push(`${s.label}: ${span}, ${why}`)
      }
      for (const [bi, b] of (s.breaks ?? []).entries()) {
        const bx = periodStartDecimal(b.period)
        if (bx === null || !inRange(bx)) continue
        breakItems.push({ id: `break-${s.key}-${bi}`, x: sx(bx), text: b.label, s })
        breakNotes.push(`${s.label}: ${b.label} (${f.period(b.period)})`)
      }
    }
    const placed = layoutLabels(
      breakItems.map(({ id, x, text }) => ({ id, x, text })),
      {
        minX: plotX,
        maxX: plotX + plotW,
        fontSize: fs - 1,
        // a short panel (compact embeds) keeps one lane of labels clear of the lines; every
        // break keeps its rule, its tooltip and its line in the notes
        maxLanes: rect.height < 120 ? 1 : 2,
        maxWidth: Math.min(170, plotW * 0.45),
      },
    )
    panel.breaks = placed.map((lab) => {
      const item = breakItems.find((b) => b.id === lab.id)!
      return {
        id: lab.id,
        x: lab.x,
        y0: rect.y,
        y1: r2(rect.y + rect.height),
        label: lab,
        labelY: r2(rect.y + fs + lab.lane * laneH),
        description: lab.fullText,
        color: item.s.color,
      }
    })
    const bandText = L.samplingErrorBand
    const roomForBandLabel =
      estimateTextWidth(panel.title, fs) + estimateTextWidth(bandText, fs - 1) + 16 <= width
    // Without room beside the panel title the band is explained in the footer notes only.
    if ((panel.bands.length || panel.whiskers.length) && roomForBandLabel) {
      panel.bandLabel = {
        x: r2(plotX + plotW),
        y: r2(top - 4),
        text: bandText,
      }
    }
    void pi
    return panel
  })

  const plotTop = panels[0]?.rect.y ?? eventsTop
  const last = panels[panels.length - 1]
  const plotBottom = last ? last.rect.y + last.rect.height : plotTop + panelH
  const xAxisY = r2(plotBottom)
  const hasMonthly = all.some((s) => s.granularity === 'month')
  const xTicks = timeTicks(xDomain, [plotX, plotX + plotW], {
    yearStart: hasMonthly,
    monthly: hasMonthly,
    fontSize: fs,
    formatYear: (yr) => f.period(String(yr)),
    formatMonth: (yr, m) => f.period(`${yr}-${String(m).padStart(2, '0')}`),
  })
    .filter((t) => {
      const half = estimateTextWidth(t.label, fs) / 2
      const at = t.labelPosition ?? t.position
      return at - half >= 0 && at + half <= width
    })
    .map((t) => ({
      ...t,
      position: r2(t.position),
      ...(t.labelPosition === undefined ? {} : { labelPosition: r2(t.labelPosition) }),
    }))

  const eventGeoms: RuleGeometry[] = eventLabels.map((lab) => {
    const src = events.find((e) => `event-${e.i}` === lab.id)!
    return {
      id: lab.id,
      x: lab.x,
      y0: r2(eventsTop + lab.lane * laneH),
      y1: r2(plotBottom),
      label: lab,
      labelY: r2(eventsTop + lab.lane * laneH + fs),
      description: src.e.description ?? src.e.label,
      color: null,
    }
  })

  const shadeCounter = { KR: 0, JP: 0 }
  const leaders: LeaderBandGeometry[] = leaderInput
    .sort((p, q) => p.a - q.a)
    .map(({ t, i, a, b }) => {
      const row = leaderRows.find((r) => r.country === t.country)!
      const x0 = sx(a)
      const x1 = sx(b)
      const text = truncateText(t.label, fs - 1, x1 - x0 - 6)
      const shade = (shadeCounter[t.country]++ % 2) as 0 | 1
      return {
        id: `leader-${i}`,
        country: t.country,
        x0,
        x1,
        y: r2(row.y),
        height: rowH,
        label: [...text].length >= 3 ? text : '',
        fullLabel: t.label,
        shade,
      }
    })

  const notes: string[] = []
  if (anyBand) notes.push(L.samplingErrorNote)
  if (anyWithoutN) notes.push(L.noSampleSizeBand)
  if (anyHollow) notes.push(L.provisionalNote)
  if (anyUnsure) notes.push(L.confidenceKey)
  if (anyLong) notes.push(L.longJoinKey)
  if (anyPeople) notes.push(L.peopleKey)
  if (gapNotes.length) notes.push(`${L.gapsKey} ${gapNotes.join('; ')}.`)

  return {
    width,
    height,
    fontSize: fs,
    plot: { x: plotX, y: r2(plotTop), width: r2(plotW), height: r2(plotBottom - plotTop) },
    xDomain,
    yearExtent,
    xTicks,
    xAxisY,
    panels,
    events: eventGeoms,
    leaders,
    leaderRows: leaderRows.map((r) => ({ ...r, y: r2(r.y) })),
    nav,
    legend: all.map((s) => ({
      key: s.key,
      label: s.label,
      color: s.color,
      shape: s.shape ?? 'circle',
      hidden: hidden.has(s.key),
    })),
    table: {
      columns: tableColumns(L),
      rows: table,
      questions: visible
        .filter((v) => v.question)
        .map((v) => ({ series: v.label, text: v.question as string })),
    },
    notes,
    breakNotes,
    empty,
  }
}
