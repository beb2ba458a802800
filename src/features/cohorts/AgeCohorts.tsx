/**
 * age-cohorts: each source's published age bands side by side, latest wave against the one
 * before, with the selected cohort's band(s) highlighted. Bands are never merged across sources.
 */
import { useCallback, useMemo, useState } from 'react'
import { AgeCohortsChart } from '../../charts/age-cohorts/age-cohorts-chart'
import { fileBaseName } from '../../charts/export/file-name'
import { CANONICAL_BAND_ORDER } from '../../domain/age-bands'
import { createFormatters } from '../../domain/format'
import { cohortLabel as cohortLabelOf, cohortRefs, cohortView } from '../../data/chart-inputs'
import type { SeriesProfile } from '../../data/series-profile'
import { selectionData, useSeriesData } from '../../data/use-series-data'
import { useLocale } from '../../i18n/context'
import { ChartSlot } from '../../ui/ChartSlot'
import { SourceLinks } from '../../ui/source-links'
import type { FeatureChartProps } from '../../ui/feature-props'
import { useColorScheme } from '../../ui/use-color-scheme'

export const COHORTS_CHART_ID = 'age-cohorts'

/** Bands a wave needs to show the generation gap (a one-band wave says nothing about it). */
const MIN_BANDS_FOR_GAP = 3

/**
 * Sources in the order a compact embed offers them: newest wave with at least
 * {@link MIN_BANDS_FOR_GAP} bands first, then the rest by their newest wave (ties keep
 * catalogue order).
 */
function pickerOrder<G extends { points: readonly { period: string; band: string }[] }>(
  groups: readonly G[],
): G[] {
  const rank = (g: G): [string, string] => {
    const bands = new Map<string, Set<string>>()
    for (const p of g.points) bands.set(p.period, (bands.get(p.period) ?? new Set()).add(p.band))
    let full = ''
    let any = ''
    for (const [period, set] of bands) {
      if (period > any) any = period
      if (set.size >= MIN_BANDS_FOR_GAP && period > full) full = period
    }
    return [full, any]
  }
  const ranks = new Map(groups.map((g) => [g, rank(g)]))
  const cmp = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0)
  return [...groups].sort((a, b) => {
    const [fa, aa] = ranks.get(a)!
    const [fb, ab] = ranks.get(b)!
    return cmp(fa, fb) || cmp(aa, ab)
  })
}

export function AgeCohorts({
  state,
  isStatic,
  headingLevel = 2,
  methodsPage,
  compact = false,
}: FeatureChartProps) {
  const { lang, charts: s } = useLocale()
  const format = createFormatters(lang)
  const scheme = useColorScheme(state.theme)
  const select = useCallback(
    (profiles: readonly SeriesProfile[]) =>
      cohortRefs(profiles, { respondents: state.respondents, sources: state.sources }),
    [state.respondents, state.sources],
  )
  const data = useSeriesData(lang, select)
  const cohortLabel = cohortLabelOf(state.age, s)

  const view = useMemo(
    () => cohortView(data.inputs, { age: state.age, from: state.from, to: state.to }, s),
    [data.inputs, state.age, state.from, state.to, s],
  )

  // compact (embeds): one source at a time, picked from a list (pickerOrder)
  const [picked, setPicked] = useState<string | null>(null)
  const order = useMemo(() => pickerOrder(view.groups), [view.groups])
  const one = compact && !isStatic && order.length > 1
  const shownGroup = order.find((g) => g.key === picked) ?? order[0]
  const groups = one && shownGroup ? [shownGroup] : view.groups
  // credit the sources drawn: the shown one alone when a compact embed shows one
  const sources = one && shownGroup?.source ? [shownGroup.source] : view.sources
  const picker = one ? (
    <label className="chart-switch">
      <span>{s.sourceSwitch}</span>{' '}
      <select value={shownGroup?.key} onChange={(e) => setPicked(e.target.value)}>
        {order.map((g) => (
          <option key={g.key} value={g.key}>
            {g.label}
          </option>
        ))}
      </select>
    </label>
  ) : undefined
  const title = s.titles[COHORTS_CHART_ID]
  return (
    <ChartSlot title={title} data={selectionData(data)}>
      {() =>
        view.groups.length === 0 ? (
          <div className="chart-empty">
            <p className="chart-slot__title">{title}</p>
            <p className="empty-state">{s.labels.noData}</p>
          </div>
        ) : (
          <AgeCohortsChart
            compact={compact}
            picker={picker}
            title={title}
            subtitle={
              state.age === 'all'
                ? s.subtitles[COHORTS_CHART_ID]
                : `${s.subtitles[COHORTS_CHART_ID]} · ${cohortLabel}`
            }
            source={<SourceLinks names={sources} page={methodsPage} />}
            notes={view.notes}
            data={{ groups, bands: [...CANONICAL_BAND_ORDER] }}
            highlightBand={view.highlight}
            format={format}
            labels={s.labels}
            scheme={scheme}
            static={isStatic}
            headingLevel={headingLevel}
            download={{
              source: sources.join('; '),
              chartId: COHORTS_CHART_ID,
              fileBase: fileBaseName(COHORTS_CHART_ID, { ...state, lang }),
            }}
          />
        )
      }
    </ChartSlot>
  )
}
