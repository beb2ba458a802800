/**
 * Age bands: the labels sources publish, their one canonical order, and the harmonised cohorts
 * of the dashboard's cohort filter. Pure data and functions; imports nothing.
 *
 * Sources publish different bands ("18-29", "20s", "19-29", "21-30", "60+", ...). They are never
 * merged in the data: a cohort filter selects the published bands that serve a cohort and says
 * whether each one matches it exactly or only approximately (and why).
 */

/** Ids of the harmonised cohorts, in display order. */
export const COHORT_IDS = ['all', '18-29', '30-39', '40-49', '50-59', '60-69', '70+'] as const

/** A harmonised cohort id. */
export type CohortId = (typeof COHORT_IDS)[number]

/** A harmonised cohort with its English label. */
export interface Cohort {
  id: CohortId
  label: string
}

/** The cohorts of the filter, in display order, with English labels. */
export const COHORTS: readonly Cohort[] = [
  { id: 'all', label: 'All ages' },
  { id: '18-29', label: '18–29' },
  { id: '30-39', label: '30s' },
  { id: '40-49', label: '40s' },
  { id: '50-59', label: '50s' },
  { id: '60-69', label: '60s' },
  { id: '70+', label: '70+' },
]

/**
 * Every published band label seen in the data (plus a few obvious aliases), in one canonical
 * order: "all" first, then by lower age bound, then by upper bound. Used to sort observations,
 * legends and tables so hiding a band never reshuffles the others.
 */
export const CANONICAL_BAND_ORDER: readonly string[] = [
  'all',
  'under20',
  '0-20',
  '0-30',
  '16-20',
  '16-25',
  '18-19',
  '18-24',
  '18-29',
  '18-39',
  '19-29',
  '20s',
  '20-29',
  '20-39',
  '21-25',
  '21-30',
  '25-29',
  '30s',
  '30-39',
  '30-34',
  '31-40',
  '35-39',
  '40s',
  '40-49',
  '40-59',
  '41-50',
  '50s',
  '50-59',
  '51-60',
  '60s',
  '60-69',
  '60+',
  '61+',
  '70+',
]

const ORDER_INDEX = new Map(CANONICAL_BAND_ORDER.map((band, i) => [band, i]))

/** Position of a published band in the canonical order, or undefined for an unknown band. */
export function bandOrder(band: string): number | undefined {
  return ORDER_INDEX.get(band)
}

/** True when the band has a place in the canonical order. */
export function isKnownBand(band: string): boolean {
  return ORDER_INDEX.has(band)
}

/**
 * Comparator for published bands: canonical order first; unknown bands after all known ones,
 * alphabetically, so sorting never throws and stays deterministic.
 */
export function compareBands(a: string, b: string): number {
  const ia = ORDER_INDEX.get(a)
  const ib = ORDER_INDEX.get(b)
  if (ia !== undefined && ib !== undefined) return ia - ib
  if (ia !== undefined) return -1
  if (ib !== undefined) return 1
  return a < b ? -1 : a > b ? 1 : 0
}

/** How a published band serves a cohort. `reason` explains an approximate match. */
export interface CohortMatch {
  cohort: CohortId
  exact: boolean
  reason: string | null
}

const exact = (cohort: CohortId): CohortMatch[] => [{ cohort, exact: true, reason: null }]
const approx = (cohort: CohortId, reason: string): CohortMatch => ({
  cohort,
  exact: false,
  reason,
})

/**
 * Published band → cohort(s). Bands absent here serve no cohort on purpose: they straddle
 * two or more cohorts too unevenly ("18-39", "40-59", "20-39") or include children or
 * under-18s ("under20", "0-20", "0-30", "16-20", "16-25"), so no cohort line should use them.
 */
const BAND_COHORTS: Readonly<Record<string, CohortMatch[]>> = {
  all: exact('all'),
  '18-29': exact('18-29'),
  '19-29': [approx('18-29', '19–29: excludes 18-year-olds')],
  '20s': [approx('18-29', '20–29: excludes 18–19')],
  '20-29': [approx('18-29', '20–29: excludes 18–19')],
  '21-30': [approx('18-29', '21–30: excludes 18–20, includes 30-year-olds')],
  '18-19': [approx('18-29', '18–19 only: a sub-group of 18–29')],
  '18-24': [approx('18-29', '18–24 only: a sub-group of 18–29')],
  '21-25': [approx('18-29', '21–25 only: a sub-group of 18–29')],
  '25-29': [approx('18-29', '25–29 only: a sub-group of 18–29')],
  '30s': exact('30-39'),
  '30-39': exact('30-39'),
  '30-34': [approx('30-39', '30–34 only: a sub-group of the 30s')],
  '35-39': [approx('30-39', '35–39 only: a sub-group of the 30s')],
  '31-40': [approx('30-39', '31–40: excludes 30-year-olds, includes 40-year-olds')],
  '40s': exact('40-49'),
  '40-49': exact('40-49'),
  '41-50': [approx('40-49', '41–50: excludes 40-year-olds, includes 50-year-olds')],
  '50s': exact('50-59'),
  '50-59': exact('50-59'),
  '51-60': [approx('50-59', '51–60: excludes 50-year-olds, includes 60-year-olds')],
  '60s': exact('60-69'),
  '60-69': exact('60-69'),
  '60+': [
    approx('60-69', '60 and over: spans the 60s and 70+'),
    approx('70+', '60 and over: spans the 60s and 70+'),
  ],
  '70+': exact('70+'),
}

/** The cohort(s) a published band serves; empty when it serves none. */
export function cohortOf(band: string): CohortMatch[] {
  return BAND_COHORTS[band] ?? []
}

/** A published band selected for a cohort. */
export interface BandForCohort {
  band: string
  exact: boolean
  reason: string | null
}

/**
 * The published bands (of those given) that serve a cohort: exact matches first, then
 * approximate ones, each group in canonical band order.
 */
export function bandsForCohort(
  cohort: CohortId,
  publishedBands: readonly string[],
): BandForCohort[] {
  const out: BandForCohort[] = []
  for (const band of new Set(publishedBands)) {
    const match = cohortOf(band).find((m) => m.cohort === cohort)
    if (match) out.push({ band, exact: match.exact, reason: match.reason })
  }
  return out.sort((a, b) => (a.exact === b.exact ? compareBands(a.band, b.band) : a.exact ? -1 : 1))
}

/** True when the string is one of the cohort ids. */
export function isCohortId(value: string): value is CohortId {
  return (COHORT_IDS as readonly string[]).includes(value)
}
