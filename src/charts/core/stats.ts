/**
 * Half-width of the 95% sampling-error interval of a percentage from a simple random sample:
 * 1.96 · √(p(1−p)/n), in percentage points. It ignores design effects, weighting and
 * non-sampling error, which is why charts label it "95% sampling error only".
 * Returns null when it cannot be computed (no n, n ≤ 0, p outside 0–100).
 */
export function samplingError95(percent: number, n: number | null | undefined): number | null {
  if (n === null || n === undefined || !(n > 0) || !Number.isFinite(n)) return null
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) return null
  const p = percent / 100
  return 1.96 * Math.sqrt((p * (1 - p)) / n) * 100
}
