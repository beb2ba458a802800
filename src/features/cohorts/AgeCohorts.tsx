/**
 * age-cohorts: each source's published age bands side by side, latest wave against the one
 * before, with the selected cohort's band(s) highlighted. Bands are never merged across sources.
 */
import { useMemo } from 'react'
import { AgeCohortsChart } from '../../charts/age-cohorts/age-cohorts-chart'
import { CANONICAL_BAND_ORDER, COHORTS, bandsForCohort } from '../../domain/age-bands'
import { COHORT_SERIES } from '../../domain/chart-series'
import { createFormatters } from '../../domain/format'
import { toCohortGroups } from '../../data/transforms'
import { useSeriesData } from '../../data/use-series-data'
import { useLocale } from '../../i18n/context'
import { CHART_STRINGS, fill } from '../../i18n/charts'
import { ChartSlot } from '../../ui/ChartSlot'
import type { FeatureChartProps } from '../../ui/feature-props'
import { useColorScheme } from '../../ui/use-color-scheme'

export const COHORTS_CHART_ID = 'age-cohorts'

export function AgeCohorts({ state, isStatic, headingLevel = 2 }: FeatureChartProps) {
  const { lang } = useLocale()
  const s = CHART_STRINGS[lang]
  const format = createFormatters(lang)
  const scheme = useColorScheme(state.theme)
  const refs = useMemo(
    () =>
      COHORT_SERIES.filter(
        (r) =>
          (state.respondents === 'both' || r.direction.startsWith(state.respondents)) &&
          (state.sources.length === 0 || state.sources.includes(r.family)),
      ),
    [state.respondents, state.sources],
  )
  const data = useSeriesData(refs)
  const cohortLabel = COHORTS.find((c) => c.id === state.age)?.label ?? state.age

  const view = useMemo(() => {
    const inRange = data.inputs.map((i) => ({
      ...i,
      rows: i.rows.filter((r) => {
        const y = Number(r.period.slice(0, 4))
        return (state.from === null || y >= state.from) && (state.to === null || y <= state.to)
      }),
    }))
    const groups = toCohortGroups(inRange)
    const bands = [...new Set(groups.flatMap((g) => g.points.map((p) => p.band)))]
    const highlight =
      state.age === 'all' ? null : (bandsForCohort(state.age, bands)[0]?.band ?? null)
    const notes: string[] = []
    if (state.age !== 'all') {
      const without = groups.filter(
        (g) =>
          bandsForCohort(
            state.age,
            g.points.map((p) => p.band),
          ).length === 0,
      )
      if (without.length)
        notes.push(
          fill(s.missingForCohort, {
            cohort: cohortLabel,
            sources: without.map((g) => g.label).join('; '),
          }),
        )
    }
    const sources = [...new Set(data.inputs.map((i) => i.meta.sourceOrg))]
    return { groups, highlight, notes, sources }
  }, [data.inputs, state.age, state.from, state.to, s, cohortLabel])

  const title = s.titles[COHORTS_CHART_ID]
  return (
    <ChartSlot
      title={title}
      status={data.status}
      error={data.error}
      onRetry={data.retry}
      failed={data.failed.map((f) => f.ref.label)}
    >
      {() =>
        view.groups.length === 0 ? (
          <div className="chart-empty">
            <p className="chart-slot__title">{title}</p>
            <p className="empty-state">{s.labels.noData}</p>
          </div>
        ) : (
          <AgeCohortsChart
            title={title}
            subtitle={
              state.age === 'all'
                ? s.subtitles[COHORTS_CHART_ID]
                : `${s.subtitles[COHORTS_CHART_ID]} · ${cohortLabel}`
            }
            source={view.sources.join('; ')}
            notes={view.notes}
            data={{ groups: view.groups, bands: [...CANONICAL_BAND_ORDER] }}
            highlightBand={view.highlight}
            format={format}
            labels={s.labels}
            scheme={scheme}
            static={isStatic}
            headingLevel={headingLevel}
          />
        )
      }
    </ChartSlot>
  )
}
