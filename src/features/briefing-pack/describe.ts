/** What the pack's list says of a view: the chart's title and its filters, as plain text. */
import { cohortLabel, viewDirections } from '../../data/chart-inputs'
import type { ChartStrings } from '../../i18n/chart-strings'
import type { Translate } from '../../i18n'
import type { DashboardState } from '../../url/state'
import { chartTitle } from './chart-ids'
import { CHART_FILTERS, type PackView } from './pack'

export interface ViewDescription {
  title: string
  /** e.g. "18–29 · 2018–2025 · Koreans on Japan · Sources: Genron NPO/EAI" */
  filters: string
}

/**
 * The title and filters of `view` (whose state is `state`). `sourceLabel` names a source family
 * (the data's own label once the series list is in, else its id).
 */
export function describeView(
  view: PackView,
  state: DashboardState,
  s: ChartStrings,
  t: Translate,
  sourceLabel: (family: string) => string,
): ViewDescription {
  const own = CHART_FILTERS[view.chart]
  const parts: string[] = []
  if (own.includes('measure') && state.measure !== 'favourable')
    parts.push(s.measures[state.measure].label)
  if (own.includes('age')) parts.push(state.age === 'all' ? s.allAges : cohortLabel(state.age, s))
  parts.push(
    state.from === null && state.to === null
      ? t('pack.allYears')
      : t('pack.years', {
          from: state.from ?? t('filters.start'),
          to: state.to ?? t('filters.end'),
        }),
  )
  if (state.respondents !== 'both')
    parts.push(
      viewDirections(state.respondents)
        .map((d) => s.direction[d])
        .join(', '),
    )
  if (own.includes('sources') && state.sources.length > 0)
    parts.push(t('pack.sources', { list: state.sources.map(sourceLabel).join(', ') }))
  return { title: chartTitle(view.chart, state, s), filters: parts.join(' · ') }
}
