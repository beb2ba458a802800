/**
 * tourism-flows: Koreans visiting Japan (JNTO) and Japanese visiting Korea (KTO), annual and
 * monthly, so the 2019 boycott months and the 2020 collapse show. Counts only: no opinion here.
 */
import { useCallback, useMemo, useState } from 'react'
import { TourismFlowsChart } from '../../charts/tourism-flows/tourism-flows-chart'
import type { TourismMode } from '../../charts/tourism-flows/layout'
import { fileBaseName } from '../../charts/export/file-name'
import { createFormatters } from '../../domain/format'
import { tourismRefs, tourismView } from '../../data/chart-inputs'
import { toEventData } from '../../data/transforms'
import type { SeriesProfile } from '../../data/series-profile'
import { useAnnotations, useSeriesData } from '../../data/use-series-data'
import { useLocale } from '../../i18n/context'
import { ChartSlot } from '../../ui/ChartSlot'
import { SourceLinks } from '../../ui/source-links'
import { onYearsChange, rangeFromState, type FeatureChartProps } from '../../ui/feature-props'
import { useColorScheme } from '../../ui/use-color-scheme'

export const TOURISM_CHART_ID = 'tourism-flows'

export function TourismFlows({
  state,
  onStateChange,
  isStatic,
  headingLevel = 2,
  methodsPage,
  compact = false,
}: FeatureChartProps) {
  const { lang, charts: s } = useLocale()
  const format = createFormatters(lang)
  const scheme = useColorScheme(state.theme)
  const [mode, setMode] = useState<TourismMode>('annual')
  const select = useCallback(
    (profiles: readonly SeriesProfile[]) =>
      tourismRefs(profiles, { respondents: state.respondents }),
    [state.respondents],
  )
  const data = useSeriesData(lang, select)
  const annotations = useAnnotations()

  // Visitor counts are published for all ages only; the cohort filter does not apply here.
  const view = useMemo(() => tourismView(data.inputs, s), [data.inputs, s])

  const title = s.titles[TOURISM_CHART_ID]
  return (
    <ChartSlot title={title} data={data}>
      {() => (
        <TourismFlowsChart
          compact={compact}
          title={title}
          subtitle={s.subtitles[TOURISM_CHART_ID]}
          source={<SourceLinks names={view.sources} page={methodsPage} />}
          notes={view.notes}
          data={{ series: view.series, events: toEventData(annotations.events) }}
          mode={mode}
          onModeChange={setMode}
          format={format}
          labels={s.labels}
          scheme={scheme}
          static={isStatic}
          headingLevel={headingLevel}
          download={{
            source: view.sources.join('; '),
            chartId: TOURISM_CHART_ID,
            fileBase: fileBaseName(TOURISM_CHART_ID, {
              from: state.from,
              to: state.to,
              respondents: state.respondents,
              lang,
              variant: mode === 'monthly' ? 'monthly' : null,
            }),
          }}
          range={rangeFromState(state, view.years)}
          onRangeChange={onYearsChange(onStateChange)}
        />
      )}
    </ChartSlot>
  )
}
