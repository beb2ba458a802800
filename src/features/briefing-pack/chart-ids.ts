/** The charts a view (and a slide) can show, in page order (CONTRACT.md). Small: the page loads it. */
import type { ChartStrings } from '../../i18n/chart-strings'
import type { DashboardState } from '../../url/state'

export const CHART_IDS = [
  'favorability-trend',
  'age-cohorts',
  'tourism-flows',
  'opinion-vs-tourism',
] as const
export type ChartId = (typeof CHART_IDS)[number]

/** Whether `id` names one of {@link CHART_IDS}. */
export function isChartId(id: unknown): id is ChartId {
  return typeof id === 'string' && (CHART_IDS as readonly string[]).includes(id)
}

/** The chart's title in the reader's language (the trend chart's follows its measure). */
export function chartTitle(
  chart: ChartId,
  state: Pick<DashboardState, 'measure'>,
  s: ChartStrings,
): string {
  return chart === 'favorability-trend' ? s.measures[state.measure].title : s.titles[chart]
}
