/**
 * Time on a numeric "decimal year" axis. Periods map to the middle of what they cover:
 * "YYYY" → year + 0.5 (mid-year, so an annual dot sits centred on its year tick) and
 * "YYYY-MM" → year + (month − 0.5) / 12 (mid-month). Break markers and event dates use the
 * start: a break at "2020" sits at 2020.0, between the 2019 and 2020 dots.
 */

const PERIOD = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/

type Parts = [number, number | null, number | null] | null
const partsCache = new Map<string, Parts>()

// Memoised: layouts parse the same few hundred periods thousands of times.
function parts(s: string): Parts {
  const hit = partsCache.get(s)
  if (hit !== undefined) return hit
  const out = parse(s)
  if (partsCache.size > 10_000) partsCache.clear()
  partsCache.set(s, out)
  return out
}

function parse(s: string): Parts {
  const m = PERIOD.exec(s)
  if (!m) return null
  const y = Number(m[1])
  const mo = m[2] === undefined ? null : Number(m[2])
  const d = m[3] === undefined ? null : Number(m[3])
  if (mo !== null && (mo < 1 || mo > 12)) return null
  if (d !== null && (d < 1 || d > 31)) return null
  return [y, mo, d]
}

function daysInYear(y: number): number {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 366 : 365
}

/** Centre of a period ("YYYY" or "YYYY-MM") in decimal years; NaN-free: null if malformed. */
export function periodToDecimal(period: string): number | null {
  const p = parts(period)
  if (!p || p[2] !== null) return null
  const [y, mo] = p
  return mo === null ? y + 0.5 : y + (mo - 0.5) / 12
}

/** Start of a period or date ("YYYY", "YYYY-MM", "YYYY-MM-DD") in decimal years. */
export function periodStartDecimal(period: string): number | null {
  const p = parts(period)
  if (!p) return null
  const [y, mo, d] = p
  if (mo === null) return y
  if (d === null) return y + (mo - 1) / 12
  const t = Date.UTC(y, mo - 1, d)
  const day = (t - Date.UTC(y, 0, 1)) / 86_400_000
  return y + day / daysInYear(y)
}

/** Is the period monthly ("YYYY-MM")? */
export function isMonthly(period: string): boolean {
  return /^\d{4}-\d{2}$/.test(period)
}

/** Months since year 0 for "YYYY-MM"; years ×12 for "YYYY". Used to test adjacency. */
export function periodIndex(period: string): number | null {
  const p = parts(period)
  if (!p) return null
  return p[0] * 12 + ((p[1] ?? 1) - 1)
}

/** Compare two periods chronologically (by start). */
export function comparePeriods(a: string, b: string): number {
  return (periodStartDecimal(a) ?? 0) - (periodStartDecimal(b) ?? 0)
}
