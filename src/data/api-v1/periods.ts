/**
 * Period arithmetic for the `from`/`to` filters. A period (`YYYY` or `YYYY-MM`) covers a span
 * of months: a year covers January to December. An observation is kept when its span overlaps
 * the requested one, so `from=2015` keeps `2015-01` and `2015`, and `to=2015` keeps `2015-12`.
 */
import { periodSchema } from '../schemas'

/** Months since year 0 of a period's first and last month. */
export interface MonthSpan {
  first: number
  last: number
}

/** The month span of a valid period, or null when `value` is not `YYYY` or `YYYY-MM`. */
export function periodSpan(value: string): MonthSpan | null {
  if (!periodSchema.safeParse(value).success) return null
  const year = Number(value.slice(0, 4))
  if (value.length === 4) return { first: year * 12, last: year * 12 + 11 }
  const month = year * 12 + Number(value.slice(5, 7)) - 1
  return { first: month, last: month }
}

/** True when two spans share at least one month. */
export function spansOverlap(a: MonthSpan, b: MonthSpan): boolean {
  return a.first <= b.last && b.first <= a.last
}
