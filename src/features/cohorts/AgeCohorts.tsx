/**
 * age-cohorts: each source's published age bands side by side, latest wave against the one
 * before, with the selected cohort's band(s) highlighted. Bands are never merged across sources.
 */
import { useCallback, useMemo } from 'react'
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

export function AgeCohorts({ state, isStatic, headingLevel = 2, methodsPage }: FeatureChartProps) {
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
            title={title}
            subtitle={
              state.age === 'all'
                ? s.subtitles[COHORTS_CHART_ID]
                : `${s.subtitles[COHORTS_CHART_ID]} · ${cohortLabel}`
            }
            source={<SourceLinks names={view.sources} page={methodsPage} />}
            notes={view.notes}
            data={{ groups: view.groups, bands: [...CANONICAL_BAND_ORDER] }}
            highlightBand={view.highlight}
            format={format}
            labels={s.labels}
            scheme={scheme}
            static={isStatic}
            headingLevel={headingLevel}
            download={{
              source: view.sources.join('; '),
              chartId: COHORTS_CHART_ID,
              fileBase: fileBaseName(COHORTS_CHART_ID, { ...state, lang }),
            }}
          />
        )
      }
    </ChartSlot>
  )
}
