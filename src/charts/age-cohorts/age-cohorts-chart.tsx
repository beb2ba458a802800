/** age-cohorts chart component: dot plot per source with earlier → later arrows. */
import { useId, useMemo, type ReactNode } from 'react'
import { createFormatters } from '../../domain/format'
import { resolveLabels } from '../core/labels'
import { CSS_THEME } from '../core/theme'
import { useChartNavigation } from '../core/use-chart-navigation'
import { useChartSize } from '../core/use-chart-size'
import { InteractivePlot } from '../core/chart-surface'
import { ChartFrame } from '../frame/chart-frame'
import { Legend } from '../legend/legend'
import { Tooltip } from '../tooltip/tooltip'
import { DownloadMenu } from '../export/download-menu'
import {
  exportCaption,
  exportFileBase,
  useHidden,
  type CommonChartProps,
} from '../time-series/time-series-chart'
import { AgeCohortsSvg } from './age-cohorts-svg'
import { layoutAgeCohorts, type AgeCohortsInput } from './layout'

export interface AgeCohortsChartProps extends Omit<CommonChartProps, 'range' | 'onRangeChange'> {
  data: AgeCohortsInput
  /** The selected band, highlighted in every group, or the band to highlight per group key. */
  highlightBand?: string | null | Readonly<Record<string, string>>
  fromPeriod?: string | null
  toPeriod?: string | null
  /**
   * In place of the legend: a compact embed's one-source picker (one group drawn, so a legend
   * of one entry would only repeat it).
   */
  picker?: ReactNode
}

export function AgeCohortsChart(props: AgeCohortsChartProps) {
  const { data, highlightBand, fromPeriod, toPeriod, format, labels } = props
  const L = useMemo(() => resolveLabels(labels), [labels])
  const f = format ?? createFormatters('en')
  const theme = props.theme ?? CSS_THEME
  const scheme = props.scheme ?? 'light'
  const { ref, width } = useChartSize<HTMLDivElement>(props.fallbackWidth ?? 640)
  const [hidden, toggle] = useHidden(props)
  const height = props.height ?? 0
  const geometry = useMemo(
    () =>
      layoutAgeCohorts(
        data,
        { width, height },
        {
          hidden,
          highlightBand,
          fromPeriod,
          toPeriod,
          format,
          labels,
        },
      ),
    [data, width, height, hidden, highlightBand, fromPeriod, toPeriod, format, labels],
  )
  const nav = useChartNavigation(geometry.nav, 'point')
  const active = props.static ? null : nav.active
  const descId = useId()
  const description = props.description ?? geometry.groups.map((g) => g.title).join('; ')
  const svg = (
    <AgeCohortsSvg
      geometry={geometry}
      title={props.title}
      description={description}
      scheme={scheme}
      theme={theme}
      active={active}
      noDataLabel={L.noData}
      decorative={!props.static}
      onPointerMove={props.static ? undefined : nav.onPointerMove}
      onPointerLeave={props.static ? undefined : nav.onPointerLeave}
    />
  )
  return (
    <ChartFrame
      title={props.title}
      subtitle={props.subtitle}
      source={props.source}
      notes={[...(props.notes ?? []), ...geometry.notes]}
      collapseNotes={props.compact}
      table={geometry.table}
      labels={L}
      headingLevel={props.headingLevel}
      actions={
        props.static ? null : (
          <DownloadMenu
            labels={L}
            fileBase={exportFileBase(props)}
            prepare={() => ({
              kind: 'cohorts',
              chartId: props.download?.chartId ?? 'chart',
              geometry,
              groups: data.groups,
              caption: exportCaption(props, props.notes ?? []),
              scheme,
              lang: f.lang,
              labels: L,
              description,
            })}
          />
        )
      }
      controls={
        props.static ? null : props.picker ? (
          props.picker
        ) : (
          <Legend
            items={geometry.legend}
            onToggle={toggle}
            label={L.legend}
            scheme={scheme}
            background={theme.bg}
          />
        )
      }
    >
      <InteractivePlot
        plotRef={ref}
        isStatic={props.static}
        label={props.title}
        describedBy={descId}
        description={`${description}. ${L.keyboardHint}`}
        onKeyDown={nav.onKeyDown}
        onBlur={() => nav.setActiveId(null)}
        tooltip={
          <Tooltip
            points={active ? [active] : []}
            x={active?.x ?? 0}
            y={active?.y ?? 0}
            containerWidth={geometry.width}
            labels={L}
            format={f}
          />
        }
      >
        {svg}
      </InteractivePlot>
    </ChartFrame>
  )
}
