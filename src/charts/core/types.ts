/**
 * The chart kit's vocabulary. Charts take `*Datum` (already transformed, no survey knowledge)
 * and a `Size`, and their pure `layout*` functions return `*Geometry` (absolute SVG
 * coordinates, path strings, ticks, labels). Components only draw geometry.
 */
import type { ValueUnit } from '../../domain/format'

/** Outer size of a chart's SVG in CSS pixels. */
export interface Size {
  width: number
  height: number
}

/** Space around the plot area. */
export interface Margin {
  top: number
  right: number
  bottom: number
  left: number
}

/** An axis-aligned rectangle in SVG coordinates. */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export type ChartUnit = ValueUnit

/** Colour for light and dark backgrounds; the caller decides (see src/domain/palette.ts). */
export interface SeriesColor {
  light: string
  dark: string
}

export type ColorScheme = 'light' | 'dark'

/** Marker shapes; a second channel beside colour. */
export type MarkShape = 'circle' | 'square' | 'diamond'

/** One observation on a time axis. `period` is "YYYY" or "YYYY-MM". */
export interface TimePointDatum {
  period: string
  /** null or non-finite values are dropped and leave a gap, never a zero. */
  value: number | null
  /** Derived rather than published as such: drawn hollow. */
  estimated?: boolean
  /** Provisional figure (e.g. latest tourism months): drawn hollow, flagged. */
  provisional?: boolean
  sampleSize?: number | null
  /** The whole survey's n, for an age band whose own n was not published (never the band's). */
  surveySampleSize?: number | null
  fieldwork?: string | null
  note?: string | null
  /** The page the value was read from (carried to CSV export). */
  sourceUrl?: string | null
  /** How sure the reading is, as the dataset records it (carried to CSV export). */
  confidence?: 'high' | 'medium' | 'low' | null
  /** Who ran this wave (credited per wave, never per family). */
  conductedBy?: string | null
  /** The published age band of the value, e.g. "all" or "18-29" (carried to CSV export). */
  ageGroup?: string | null
}

/** A method break: the line is split at `period` and a dashed marker carries `label`. */
export interface BreakDatum {
  period: string
  label: string
}

/** One line on a time chart. */
export interface TimeSeriesDatum {
  key: string
  label: string
  unit: ChartUnit
  granularity: 'wave' | 'year' | 'month'
  color: SeriesColor
  shape?: MarkShape
  /** Source line shown in the tooltip, e.g. "Genron NPO / EAI". */
  source?: string | null
  /** The question as published (or a marked paraphrase), shown with every point. */
  question?: string | null
  /** Drawn dashed: a question about the people rather than the country, told apart. */
  dashed?: boolean
  /** Periods with no figure, and why (no wave fielded, or its figure not found). */
  gaps?: { from: string; to: string; reason: 'noWave' | 'notFound' }[]
  points: TimePointDatum[]
  breaks?: BreakDatum[]
  /** Periods after which the line must not continue (explicit gaps). */
  gapAfter?: string[]
  /** Periods at which a value was expected (e.g. every fielded wave). A missing one between
   * two observations is a gap. Without it, wave/year series connect consecutive observations
   * and month series connect only consecutive months. */
  expectedPeriods?: string[]
}

/** A dated event: a vertical rule with a label. `date` is YYYY-MM-DD, YYYY-MM or YYYY. */
export interface EventDatum {
  date: string
  label: string
  description?: string
}

/** A leader's term of office: a shaded band. `start`/`end` are YYYY-MM-DD; null = ongoing. */
export interface LeaderTermDatum {
  country: 'KR' | 'JP'
  label: string
  start: string
  end: string | null
}

/** One dot of the age-cohort chart. */
export interface CohortPointDatum {
  band: string
  period: string
  value: number | null
  sampleSize?: number | null
  /** The whole survey's n, for an age band whose own n was not published (never the band's). */
  surveySampleSize?: number | null
  fieldwork?: string | null
  estimated?: boolean
  note?: string | null
  /** The page the value was read from (carried to CSV export). */
  sourceUrl?: string | null
  /** How sure the reading is, as the dataset records it (carried to CSV export). */
  confidence?: 'high' | 'medium' | 'low' | null
  /** Who ran this wave. */
  conductedBy?: string | null
}

/** One source on the age-cohort chart: its own group, never merged with others. */
export interface CohortGroupDatum {
  key: string
  label: string
  unit: ChartUnit
  color: SeriesColor
  shape?: MarkShape
  source?: string | null
  /** The question as published (or a marked paraphrase). */
  question?: string | null
  points: CohortPointDatum[]
}

/** What a tooltip (and the table) says about one plotted value. */
export interface PointInfo {
  seriesKey: string
  seriesLabel: string
  period: string
  periodLabel: string
  value: number
  valueLabel: string
  unit: ChartUnit
  source: string | null
  fieldwork: string | null
  sampleSize: number | null
  /** The whole survey's n where the band's own was not published; never used for error bands. */
  surveySampleSize?: number | null
  estimated: boolean
  provisional: boolean
  note: string | null
  /** Who ran this wave, as credited. */
  conductedBy?: string | null
  /** How sure the reading is: low and medium are shown on the mark and said in the tooltip. */
  confidence?: 'high' | 'medium' | 'low' | null
  /** The page the value was read from. */
  sourceUrl?: string | null
  /** The question as published (or a marked paraphrase). */
  question?: string | null
  /** 95% sampling-error half-width in percentage points, when computed. */
  marginOfError: number | null
  /** Extra row label (age band on the cohort chart). */
  category?: string
}

/** A plotted point: position, look and what it stands for. */
export interface PointGeometry {
  id: string
  x: number
  y: number
  r: number
  color: SeriesColor
  shape: MarkShape
  hollow: boolean
  /** De-emphasised (the earlier wave on the cohort chart). */
  muted?: boolean
  /** Medium or low confidence, shown on the mark (a ring; low is also faded). */
  confidence?: 'medium' | 'low'
  info: PointInfo
}

/** A tick on an axis, with its position in SVG coordinates. */
export interface Tick {
  value: number
  position: number
  label: string
  /** Where the label is centred when it differs from the tick (a year labelled mid-year). */
  labelPosition?: number
}

/** A legend entry; `hidden` reflects the toggle state. */
export interface LegendItem {
  key: string
  label: string
  color: SeriesColor
  shape: MarkShape
  hidden: boolean
}

/** A table cell: text, or a link to the page a figure was read from (http(s) only). */
export type TableCell = string | { text: string; href: string }

/** Exactly the rows a chart plots, for the "Show table" view. */
export interface TableData {
  columns: string[]
  rows: TableCell[][]
  /** The question behind each series in the table, as published or marked paraphrase. */
  questions?: { series: string; text: string }[]
}
