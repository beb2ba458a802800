/**
 * Scale helpers with sane domains for [] and [x]: no NaN ever reaches a scale or an attribute.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale'
import { estimateTextWidth } from './text'
import { clamp } from './num'
import type { Tick } from './types'

/** [min, max] of the finite values; `fallback` for none; a one-value extent is widened. */
export function safeExtent(
  values: Iterable<number>,
  fallback: [number, number],
  pad = 0.5,
): [number, number] {
  let lo = Infinity
  let hi = -Infinity
  for (const v of values) {
    if (!Number.isFinite(v)) continue
    if (v < lo) lo = v
    if (v > hi) hi = v
  }
  if (lo === Infinity) return fallback
  if (lo === hi) return [lo - pad, hi + pad]
  return [lo, hi]
}

/**
 * A value domain starting at zero (bars of magnitude, shares and counts read from a baseline),
 * extended to the data's max and niced. All zeros or no data → [0, `minMax`]. Negative data
 * extend the domain below zero. `cap` bounds the top (100 for percent).
 */
export function zeroBasedDomain(
  values: Iterable<number>,
  opts: { minMax?: number; cap?: number } = {},
): [number, number] {
  const { minMax = 1, cap } = opts
  let lo = 0
  let hi = 0
  for (const v of values) {
    if (!Number.isFinite(v)) continue
    if (v < lo) lo = v
    if (v > hi) hi = v
  }
  hi = Math.max(hi, minMax)
  const nice = scaleLinear().domain([lo, hi]).nice().domain() as [number, number]
  const top = cap !== undefined && nice[1] > cap && hi <= cap ? cap : nice[1]
  return [nice[0], top]
}

/** How many value ticks fit a given length (about one per 40 px, 2–8). */
export function tickCountFor(lengthPx: number, spacing = 40): number {
  return clamp(Math.floor(lengthPx / spacing), 2, 8)
}

/** A linear scale and its ticks (≤ 8), labels from `format`. */
export function linearAxis(
  domain: [number, number],
  range: [number, number],
  format: (v: number) => string,
  tickCount: number,
): { scale: ScaleLinear<number, number>; ticks: Tick[] } {
  const scale = scaleLinear().domain(domain).range(range)
  let values = scale.ticks(tickCount)
  while (values.length > 8) values = values.filter((_, i) => i % 2 === 0)
  return {
    scale,
    ticks: values.map((value) => ({ value, position: scale(value), label: format(value) })),
  }
}

/** Options for `timeTicks`. */
export interface TimeTickOptions {
  /** Label years at their start (monthly data: the tick is January) instead of centring
   * the label in the year interval (annual dots sit above their label). Ticks and gridlines
   * are always at year starts, so dated events line up with the calendar. */
  yearStart: boolean
  /** Allow month ticks when the span is short. */
  monthly: boolean
  fontSize: number
  formatYear: (year: number) => string
  formatMonth: (year: number, month: number) => string
}

const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100]
const MONTH_STEPS = [1, 2, 3, 6]

/**
 * Ticks for a decimal-year domain mapped to [x0, x1]: yearly (or monthly for short spans)
 * at a step where labels never overlap and there are at most 8.
 */
export function timeTicks(
  domain: [number, number],
  range: [number, number],
  opts: TimeTickOptions,
): Tick[] {
  const [d0, d1] = domain
  const width = Math.abs(range[1] - range[0])
  const span = d1 - d0
  if (!(span > 0) || !(width > 0)) return []
  const px = (v: number) => range[0] + ((v - d0) / span) * (range[1] - range[0])
  const gap = 10
  const fits = (ticks: Tick[]) => {
    if (ticks.length > 8) return false
    for (let i = 1; i < ticks.length; i++) {
      const a = ticks[i - 1]!
      const b = ticks[i]!
      const half =
        (estimateTextWidth(a.label, opts.fontSize) + estimateTextWidth(b.label, opts.fontSize)) / 2
      const pa = a.labelPosition ?? a.position
      const pb = b.labelPosition ?? b.position
      if (pb - pa < half + gap) return false
    }
    return true
  }
  if (opts.monthly && span <= 3) {
    for (const step of MONTH_STEPS) {
      const ticks: Tick[] = []
      const first = Math.ceil(d0 * 12 - 1e-9)
      for (let m = first; m / 12 <= d1 + 1e-9; m++) {
        if (m % step !== 0) continue
        const year = Math.floor(m / 12)
        const month = (m % 12) + 1
        ticks.push({ value: m / 12, position: px(m / 12), label: opts.formatMonth(year, month) })
      }
      if (ticks.length >= 2 && fits(ticks)) return ticks
    }
  }
  const offset = opts.yearStart ? 0 : 0.5
  for (const step of YEAR_STEPS) {
    const ticks: Tick[] = []
    for (let y = Math.ceil(d0 - offset - 1e-9); y + offset <= d1 + 1e-9; y++) {
      if (y % step !== 0) continue
      ticks.push({
        value: y,
        position: px(Math.max(d0, y)),
        label: opts.formatYear(y),
        ...(offset ? { labelPosition: px(y + offset) } : {}),
      })
    }
    if (fits(ticks)) return ticks
  }
  return []
}
