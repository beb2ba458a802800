/**
 * The vocabulary of what a series measures, and how to read it from API v1 fields when a server
 * sends no extension saying so. Charts choose series by these kinds, never by series id
 * (ARCHITECTURE.md principle 13), so a series the app has never seen still lands in a chart.
 *
 * The derivations are deliberately plain keyword rules over the contract's `measure` and `unit`
 * (docs/api.md lists them); a server that knows better sends the extensions `topic`,
 * `measureGroup` and `cadence`, which always win.
 */

/** What a series is about. */
export const TOPICS = ['opinion', 'tourism'] as const
export type Topic = (typeof TOPICS)[number]

/**
 * Question families of opinion measures (the trend chart's measure selector) and kinds of travel
 * measures. `flow` is a count of trips in a period, `cumulative` a running total since January,
 * `share` a percentage of travellers; `other` is drawn in no chart but listed in "All series".
 */
export const MEASURE_GROUPS = [
  'favourable',
  'unfavourable',
  'relations',
  'trust',
  'flow',
  'cumulative',
  'share',
  'other',
] as const
export type MeasureGroup = (typeof MEASURE_GROUPS)[number]

/** The opinion measure groups the trend chart offers, in selector order. */
export const OPINION_MEASURES = ['favourable', 'unfavourable', 'relations', 'trust'] as const
export type OpinionMeasure = (typeof OPINION_MEASURES)[number]

/**
 * How often a series is fielded, which decides what counts as a missing wave: an annual survey
 * with no wave for a year is a gap; an irregular one is joined across at most
 * {@link MAX_JOIN_MONTHS}.irregular months. Month-level series are joined month to month.
 */
export const CADENCES = ['annual', 'quarterly', 'monthly', 'irregular'] as const
export type Cadence = (typeof CADENCES)[number]

/** Longest distance in months between two consecutive published waves drawn as one line. */
export const MAX_JOIN_MONTHS: Readonly<Record<Cadence, number>> = {
  annual: 18,
  quarterly: 5,
  monthly: 1.5,
  irregular: 48,
}

/** The API's units (mirrors `unit` in API v1). */
export type MeasureUnit = 'percent' | 'thermometer' | 'count'

const TRAVEL = /visit|arriv|depart|entrant|travel|touris|trip|passeng/i
const CUMULATIVE = /jan_to|year_to_date|ytd|cumulat/i
const NEGATIVE = /(^|[^a-z])(bad|dislike|unfavou?r|no_affinity|not_|negative|cold|hostil)/i
const DISTRUST = /distrust|mistrust|no_trust/i
const RELATIONS = /relation/i
const TRUST = /trust/i
const POSITIVE = /good|like|affinit|favou?r|positive|warm|affection|friendl|thermomet|close/i

/** Opinion or tourism, from the measure and unit: counts and travel words are tourism. */
export function deriveTopic(measure: string, unit: MeasureUnit): Topic {
  return unit === 'count' || TRAVEL.test(measure) ? 'tourism' : 'opinion'
}

/**
 * The measure group, from the measure name, unit and topic. Opinion: "relations are bad" and
 * distrust are `other` (the relations and trust views show the positive share); negative words
 * make `unfavourable`; positive words, or a 0–100 thermometer, make `favourable`. Tourism:
 * percentages are `share`, running totals `cumulative`, other counts `flow`.
 */
export function deriveMeasureGroup(measure: string, unit: MeasureUnit, topic: Topic): MeasureGroup {
  if (topic === 'tourism') {
    if (unit === 'percent') return 'share'
    if (unit !== 'count') return 'other'
    return CUMULATIVE.test(measure) ? 'cumulative' : 'flow'
  }
  if (RELATIONS.test(measure)) return NEGATIVE.test(measure) ? 'other' : 'relations'
  if (DISTRUST.test(measure)) return 'other'
  if (NEGATIVE.test(measure)) return 'unfavourable'
  if (TRUST.test(measure)) return 'trust'
  if (POSITIVE.test(measure) || unit === 'thermometer') return 'favourable'
  return 'other'
}

/**
 * The wording family of a favourability question, named in legends so that polls asking
 * different things ("like" against "good impression" against a 0–100 feeling) are told apart.
 */
export const QUESTION_FAMILIES = [
  'goodImpression',
  'like',
  'affinity',
  'favourable',
  'affection',
  'thermometer',
  'positive',
] as const
export type QuestionFamily = (typeof QUESTION_FAMILIES)[number]

/** The wording family of a favourable measure, or null when the words say nothing known. */
export function questionFamilyOf(measure: string, unit: MeasureUnit): QuestionFamily | null {
  if (unit === 'thermometer' || /thermomet|score/i.test(measure)) return 'thermometer'
  if (/good_?impression/i.test(measure)) return 'goodImpression'
  if (/positive/i.test(measure)) return 'positive'
  if (/affection|friendl/i.test(measure)) return 'affection'
  if (/affinit/i.test(measure)) return 'affinity'
  if (/favou?r/i.test(measure)) return 'favourable'
  if (/like/i.test(measure)) return 'like'
  return null
}

/** Whether a measure asks about the people rather than the country ("like Japanese people"). */
export function isPeopleMeasure(measure: string): boolean {
  return /people|persons|koreans|japanese|nationals/i.test(measure)
}

/** Months from the start of year 0 to the middle of a `YYYY` (mid-year) or `YYYY-MM` period. */
export function periodMonths(period: string): number {
  const y = Number(period.slice(0, 4))
  return period.length === 4 ? y * 12 + 6 : y * 12 + Number(period.slice(5, 7)) - 0.5
}

/**
 * The cadence of a series from its published periods, for a server that does not say: the
 * median distance between consecutive waves. Up to 1.5 months is monthly, up to 4 quarterly, up
 * to 13 annual; longer, or fewer than three waves, is irregular (joined across up to four years).
 */
export function deriveCadence(periods: readonly string[]): Cadence {
  const months = [...new Set(periods)].map(periodMonths).sort((a, b) => a - b)
  if (months.length < 3) return 'irregular'
  const gaps = months.slice(1).map((m, i) => m - (months[i] as number))
  gaps.sort((a, b) => a - b)
  const median = gaps[Math.floor((gaps.length - 1) / 2)] as number
  if (median <= 1.5) return 'monthly'
  if (median <= 4) return 'quarterly'
  if (median <= 13) return 'annual'
  return 'irregular'
}
