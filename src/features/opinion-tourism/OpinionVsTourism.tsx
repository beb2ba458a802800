/**
 * opinion-vs-tourism: a sentiment series above and the matching visitor flow below, on one
 * shared time axis (two aligned panels, never a dual y-axis).
 */
import { useMemo } from 'react'
import { OpinionVsTourismChart } from '../../charts/opinion-vs-tourism/opinion-vs-tourism-chart'
import {
  FAVORABILITY_SERIES,
  OPINION_VS_TOURISM,
  TOURISM_SERIES,
  type ChartSeriesRef,
  type Direction,
} from '../../domain/chart-series'
import { createFormatters } from '../../domain/format'
import { DIRECTION_COLORS } from '../../domain/palette'
import { selectTimeSeries, toEventData } from '../../data/transforms'
import { useAnnotations, useSeriesData } from '../../data/use-series-data'
import { useLocale } from '../../i18n/context'
import { CHART_STRINGS } from '../../i18n/charts'
import { ChartSlot } from '../../ui/ChartSlot'
import { rangeFromState, type FeatureChartProps } from '../../ui/feature-props'
import { useColorScheme } from '../../ui/use-color-scheme'

export const OPINION_TOURISM_CHART_ID = 'opinion-vs-tourism'

const ALL_REFS: readonly ChartSeriesRef[] = [...FAVORABILITY_SERIES, ...TOURISM_SERIES.annual]

function refsFor(directions: readonly Direction[]): {
  opinion: ChartSeriesRef[]
  tourism: ChartSeriesRef[]
} {
  const pick = (id: string) => ALL_REFS.find((r) => r.id === id)
  const opinion: ChartSeriesRef[] = []
  const tourism: ChartSeriesRef[] = []
  for (const d of directions) {
    const o = pick(OPINION_VS_TOURISM[d].opinionId)
    const t = pick(OPINION_VS_TOURISM[d].tourismId)
    if (o) opinion.push(o)
    if (t) tourism.push(t)
  }
  return { opinion, tourism }
}

export function OpinionVsTourism({
  state,
  onStateChange,
  isStatic,
  headingLevel = 2,
}: FeatureChartProps) {
  const { lang } = useLocale()
  const s = CHART_STRINGS[lang]
  const format = createFormatters(lang)
  const scheme = useColorScheme(state.theme)
  const groups = useMemo(
    () =>
      refsFor(
        state.respondents === 'both'
          ? ['KR-JP', 'JP-KR']
          : state.respondents === 'KR'
            ? ['KR-JP']
            : ['JP-KR'],
      ),
    [state.respondents],
  )
  const refs = useMemo(() => [...groups.opinion, ...groups.tourism], [groups])
  const data = useSeriesData(refs)
  const annotations = useAnnotations()

  const view = useMemo(() => {
    // Colour means direction here (Koreans→Japan, Japanese→Korea) in both panels, so the eye
    // pairs each opinion line with its travel line; the panel says which is which.
    const directionOf = new Map(refs.map((r) => [r.id, r.direction]))
    const isOpinion = new Set(groups.opinion.map((r) => r.id))
    const lines = (opinionPanel: boolean) =>
      selectTimeSeries(
        data.inputs.filter((i) => isOpinion.has(i.ref.id) === opinionPanel),
        'all',
        (k) => s.breaks[k],
      ).lines.map((l) => {
        const direction = directionOf.get(l.datum.key) ?? 'KR-JP'
        return {
          ...l.datum,
          color: DIRECTION_COLORS[direction],
          label: opinionPanel ? `${s.direction[direction]}: ${l.datum.label}` : l.datum.label,
        }
      })
    const opinion = lines(true)
    const tourism = lines(false)
    const years = [...opinion, ...tourism].flatMap((d) =>
      d.points.map((p) => Number(p.period.slice(0, 4))),
    )
    const sources = [...new Set(data.inputs.map((i) => i.meta.sourceOrg))]
    return { opinion, tourism, years, sources }
  }, [data.inputs, groups, refs, s])

  const title = s.titles[OPINION_TOURISM_CHART_ID]
  return (
    <ChartSlot
      title={title}
      status={data.status}
      error={data.error}
      onRetry={data.retry}
      failed={data.failed.map((f) => f.ref.label)}
    >
      {() => (
        <OpinionVsTourismChart
          title={title}
          subtitle={s.subtitles[OPINION_TOURISM_CHART_ID]}
          source={view.sources.join('; ')}
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
          range={rangeFromState(state, view.years)}
          onRangeChange={(r) =>
            onStateChange?.({ from: r ? Math.round(r[0]) : null, to: r ? Math.round(r[1]) : null })
          }
        />
      )}
    </ChartSlot>
  )
}
