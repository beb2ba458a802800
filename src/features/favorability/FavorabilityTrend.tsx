/**
 * favorability-trend: each survey's headline favourability series over time, by direction,
 * for the selected cohort. Percent and thermometer series sit in separate panels.
 */
import { useCallback, useMemo, useState } from 'react'
import { FavorabilityTrendChart } from '../../charts/favorability-trend/favorability-trend-chart'
import { fileBaseName } from '../../charts/export/file-name'
import { createFormatters } from '../../domain/format'
import {
  cohortLabel as cohortLabelOf,
  favorabilityFacets,
  favorabilityRefs,
} from '../../data/chart-inputs'
import { toEventData, toLeaderData } from '../../data/transforms'
import type { SeriesProfile } from '../../data/series-profile'
import { selectionData, useAnnotations, useSeriesData } from '../../data/use-series-data'
import { useLocale } from '../../i18n/context'
import { fill, type ChartStrings } from '../../i18n/chart-strings'
import './reading-notes.css'
import { ChartSlot } from '../../ui/ChartSlot'
import { SourceLinks } from '../../ui/source-links'
import { DeferOffscreen } from '../../ui/DeferOffscreen'
import { onYearsChange, rangeFromState, type FeatureChartProps } from '../../ui/feature-props'
import { useColorScheme } from '../../ui/use-color-scheme'

export const FAVORABILITY_CHART_ID = 'favorability-trend'
/** Compact plot height: two panels (percent, thermometer) under up to two event lanes. */
const FAVORABILITY_COMPACT_HEIGHT = 270

export function FavorabilityTrend({
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
  const [samplingError, setSamplingError] = useState(false)
  const [showLeaders, setShowLeaders] = useState(false)
  const [shown, setShown] = useState<'KR-JP' | 'JP-KR'>(
    state.respondents === 'JP' ? 'JP-KR' : 'KR-JP',
  )

  const select = useCallback(
    (profiles: readonly SeriesProfile[]) =>
      favorabilityRefs(profiles, {
        respondents: state.respondents,
        sources: state.sources,
        measure: state.measure,
      }),
    [state.measure, state.respondents, state.sources],
  )
  const data = useSeriesData(lang, select)
  const annotations = useAnnotations()
  const cohortLabel = cohortLabelOf(state.age, s)

  const views = useMemo(
    () => favorabilityFacets(data.inputs, { age: state.age, respondents: state.respondents }, s),
    [data.inputs, state.age, state.respondents, s],
  )

  const title = s.measures[state.measure].title
  // compact (embeds): one direction at a time, with a switch, so the chart fits a screen
  const switched = compact && !isStatic && views.length > 1
  const H = headingLevel === 2 ? 'h2' : 'h3'
  const options = isStatic ? null : (
    <div className="chart-options">
      <label>
        <input
          type="checkbox"
          checked={samplingError}
          onChange={(e) => setSamplingError(e.target.checked)}
        />{' '}
        {s.samplingToggle}
      </label>
      {/* leaders' terms are an extension: offered only when the service has them */}
      {annotations.leaders.length > 0 ? (
        <label>
          <input
            type="checkbox"
            checked={showLeaders}
            onChange={(e) => setShowLeaders(e.target.checked)}
          />{' '}
          {s.leadersToggle}
        </label>
      ) : null}
    </div>
  )
  return (
    <div className="chart-group" data-chart={FAVORABILITY_CHART_ID} data-age={state.age}>
      <H className="chart-group__title">{title}</H>
      <p className="chart-group__subtitle">
        {s.measures[state.measure].subtitle}
        {state.age === 'all' ? null : ` · ${cohortLabel}`}
      </p>
      {/* compact embeds leave the exploring toggles to full=1 and the dashboard */}
      {compact ? null : options}
      <ChartSlot
        title={title}
        data={selectionData(data)}
        failedLabel={(ref) =>
          ref.direction ? `${ref.label} (${s.direction[ref.direction]})` : ref.label
        }
      >
        {() => (
          <div className={switched ? 'chart-facets chart-facets--switched' : 'chart-facets'}>
            {switched ? (
              <div className="chart-switch" role="group" aria-label={title}>
                {views.map((v) => (
                  <button
                    key={v.direction}
                    type="button"
                    className="button button--quiet"
                    aria-pressed={shown === v.direction}
                    onClick={() => setShown(v.direction)}
                  >
                    {s.direction[v.direction]}
                  </button>
                ))}
              </div>
            ) : null}
            {(switched ? views.filter((v) => v.direction === shown) : views).map((v) => (
              // each facet on its own: the one scrolled out of view updates just after
              <DeferOffscreen key={v.direction}>
                {v.series.length === 0 ? (
                  <div className="chart-empty">
                    <p className="chart-slot__title">{s.direction[v.direction]}</p>
                    <p className="empty-state">
                      {data.inputs.some((i) => i.ref.direction === v.direction)
                        ? fill(s.noneForCohort, { cohort: cohortLabel })
                        : s.noneForSources}
                    </p>
                  </div>
                ) : (
                  <FavorabilityTrendChart
                    compact={compact}
                    height={compact ? FAVORABILITY_COMPACT_HEIGHT : undefined}
                    title={s.direction[v.direction]}
                    source={
                      <SourceLinks
                        names={v.sources}
                        labels={compact ? v.sourceLabels : undefined}
                        page={methodsPage}
                      />
                    }
                    notes={v.notes}
                    data={{
                      series: v.series,
                      events: toEventData(annotations.events),
                      leaders: showLeaders ? toLeaderData(annotations.leaders) : [],
                    }}
                    samplingError={samplingError}
                    format={format}
                    labels={s.labels}
                    scheme={scheme}
                    static={isStatic}
                    headingLevel={headingLevel === 2 ? 3 : 4}
                    download={{
                      source: v.sources.join('; '),
                      chartId: FAVORABILITY_CHART_ID,
                      fileBase: fileBaseName(FAVORABILITY_CHART_ID, {
                        ...state,
                        lang,
                        variant: v.direction,
                      }),
                      title,
                      subtitle: [
                        s.direction[v.direction],
                        s.measures[state.measure].subtitle,
                        state.age === 'all' ? null : cohortLabel,
                      ]
                        .filter(Boolean)
                        .join(' · '),
                    }}
                    range={rangeFromState(state, v.years)}
                    onRangeChange={onYearsChange(onStateChange)}
                  />
                )}
              </DeferOffscreen>
            ))}
          </div>
        )}
      </ChartSlot>
      {/* compact embeds link to the dashboard, where these notes are one click away */}
      {isStatic || compact || data.status !== 'success' ? null : <ReadingNotes s={s} />}
    </div>
  )
}

/** Why polls differ, and the terms the charts use: one click away, under the chart. */
function ReadingNotes({ s }: { s: ChartStrings }) {
  return (
    <div className="reading-notes">
      <details>
        <summary>{s.whyPollsDiffer.summary}</summary>
        <ul>
          {s.whyPollsDiffer.points.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </details>
      <details>
        <summary>{s.glossary.summary}</summary>
        <dl>
          {s.glossary.terms.map((g) => (
            <div key={g.term}>
              <dt>{g.term}</dt>
              <dd>{g.text}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  )
}
