/** Numeric guards: geometry never carries NaN or ±Infinity. */

/** `v` if finite, else `fallback`. */
export function fin(v: number, fallback = 0): number {
  return Number.isFinite(v) ? v : fallback
}

/** Round to 2 decimals (stable snapshots, smaller SVG), NaN-safe. */
export function r2(v: number): number {
  return Math.round(fin(v) * 100) / 100
}

/** Clamp `v` into [lo, hi]. */
export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, fin(v, lo)))
}
