/**
 * Scale helpers with sane domains for [] and [x]: no NaN ever reaches a scale or an attribute.
 *
 * The linear scale is d3-scale's `scaleLinear` for numbers, written out on d3-array's tick
 * arithmetic (`ticks`, `tickIncrement`) with the same formulas, so it gives the same ticks,
 * nice domains and positions. d3-scale itself would bring d3-interpolate, d3-color and
 * d3-format (colour and string interpolation, number formats we do through Intl): about
 * 8 kB gzip of the embed's 60 kB budget for nothing the charts use.
 */
import { tickIncrement, ticks as arrayTicks } from 'd3-array'
import { estimateTextWidth } from './text'
import { clamp } from './num'
import type { Tick } from './types'

/** A numeric linear scale: domain → range, with d3's ticks. */
export interface LinearScale {
  (value: number): number
  /** Round values within the domain, about `count` of them (d3-array `ticks`). */
  ticks(count?: number): number[]
}

/** `scaleLinear().domain(domain).range(range)` of d3-scale, for numbers (no clamping). */
export function scaleLinear(domain: [number, number], range: [number, number]): LinearScale {
  let [d0, d1] = domain
  let [r0, r1] = range
  // d3 normalises over an ascending domain, swapping the range with it
  if (d1 < d0) {
    ;[d0, d1] = [d1, d0]
    ;[r0, r1] = [r1, r0]
  }
  const span = d1 - d0
  const scale = ((x: number) => {
    const t = span ? (x - d0) / span : Number.isNaN(span) ? NaN : 0.5
    return r0 * (1 - t) + r1 * t
  }) as LinearScale
  scale.ticks = (count = 10) => arrayTicks(domain[0], domain[1], count)
  return scale
}

/** d3-scale's `linear.nice(count)`: the domain extended to round tick steps. */
export function niceDomain(domain: [number, number], count = 10): [number, number] {
  const d: [number, number] = [domain[0], domain[1]]
  let i0 = 0
  let i1 = 1
  let start = d[0]
  let stop = d[1]
  if (stop < start) {
    ;[start, stop] = [stop, start]
    ;[i0, i1] = [i1, i0]
  }
  let prestep: number | undefined
  for (let iter = 0; iter < 10; iter++) {
    const step = tickIncrement(start, stop, count)
    if (step === prestep) {
      d[i0] = start
      d[i1] = stop
      return d
    } else if (step > 0) {
      start = Math.floor(start / step) * step
      stop = Math.ceil(stop / step) * step
    } else if (step < 0) {
      start = Math.ceil(start * step) / step
      stop = Math.floor(stop * step) / step
    } else break
    prestep = step
  }
  return d
}

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
  const nice = niceDomain([lo, hi])
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
): { scale: LinearScale; ticks: Tick[] } {
  const scale = scaleLinear(domain, range)
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
