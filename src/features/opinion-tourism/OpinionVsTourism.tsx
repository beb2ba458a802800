/**
 * opinion-vs-tourism: a sentiment series above and the matching visitor flow below, on one
 * shared time axis (two aligned panels, never a dual y-axis).
 */
import { useCallback, useMemo } from 'react'
import { OpinionVsTourismChart } from '../../charts/opinion-vs-tourism/opinion-vs-tourism-chart'
import { fileBaseName } from '../../charts/export/file-name'
import { createFormatters } from '../../domain/format'
import { opinionTourismRefs, opinionTourismView } from '../../data/chart-inputs'
import { toEventData } from '../../data/transforms'
import type { SeriesProfile } from '../../data/series-profile'
import { useAnnotations, useSeriesData } from '../../data/use-series-data'
import { useLocale } from '../../i18n/context'
import { ChartSlot } from '../../ui/ChartSlot'
import { SourceLinks } from '../../ui/source-links'
import { onYearsChange, rangeFromState, type FeatureChartProps } from '../../ui/feature-props'
import { useColorScheme } from '../../ui/use-color-scheme'

export const OPINION_TOURISM_CHART_ID = 'opinion-vs-tourism'

export function OpinionVsTourism({
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
  const select = useCallback(
    (profiles: readonly SeriesProfile[]) => {
      const groups = opinionTourismRefs(profiles, { respondents: state.respondents })
      return [...groups.opinion, ...groups.tourism]
    },
    [state.respondents],
  )
  const data = useSeriesData(lang, select)
  const annotations = useAnnotations()

  const view = useMemo(
    () =>
      opinionTourismView(
        data.inputs,
        opinionTourismRefs(data.profiles, { respondents: state.respondents }),
        s,
      ),
    [data.inputs, data.profiles, state.respondents, s],
  )

  const title = s.titles[OPINION_TOURISM_CHART_ID]
  return (
    <ChartSlot title={title} data={data}>
      {() => (
        <OpinionVsTourismChart
          compact={compact}
          title={title}
          subtitle={s.subtitles[OPINION_TOURISM_CHART_ID]}
          source={<SourceLinks names={view.sources} page={methodsPage} />}
          data={{
            opinion: view.opinion,
            tourism: view.tourism,
            events: toEventData(annotations.events),
          }}
          format={format}
          labels={s.labels}
          scheme={scheme}
          static={isStatic}
          headingLevel={headingLevel}
          download={{
            source: view.sources.join('; '),
            chartId: OPINION_TOURISM_CHART_ID,
            fileBase: fileBaseName(OPINION_TOURISM_CHART_ID, {
              from: state.from,
              to: state.to,
              respondents: state.respondents,
              lang,
            }),
          }}
          range={rangeFromState(state, view.years)}
          onRangeChange={onYearsChange(onStateChange)}
        />
      )}
    </ChartSlot>
  )
}
