/**
 * Interactive shell shared by the time charts: caption frame, legend toggles, focusable
 * surface with keyboard navigation, tooltip, range control, table. The chart-specific part is
 * the `layout` callback.
 */
import { useId, useMemo, useState, type ReactNode } from 'react'
import { createFormatters, type Formatters } from '../../domain/format'
import { RangeControl, yearsToRange } from '../brush/range-control'
import { resolveLabels, type ChartLabels } from '../core/labels'
import { CSS_THEME, type ChartTheme } from '../core/theme'
import type { ColorScheme, PointGeometry, Size, TimeSeriesDatum } from '../core/types'
import { useChartNavigation, type PickMode } from '../core/use-chart-navigation'
import { useChartSize } from '../core/use-chart-size'
import { InteractivePlot } from '../core/chart-surface'
import { DownloadMenu } from '../export/download-menu'
import { fileName } from '../export/file-name'
import type { ChartDownloadOptions, ExportRequest } from '../export/types'
import { ChartFrame } from '../frame/chart-frame'
import { Legend } from '../legend/legend'
import { Tooltip } from '../tooltip/tooltip'
import type { TimeSeriesGeometry } from './layout'
import { TimeSeriesSvg } from './time-series-svg'

/** Props every chart component accepts. */
export interface CommonChartProps {
  title: string
  subtitle?: string
  /** Source line for the footer. */
  source?: ReactNode
  notes?: string[]
  /** Accessible description; default: a summary of series and years. */
  description?: string
  labels?: Partial<ChartLabels>
  format?: Formatters
  scheme?: ColorScheme
  theme?: ChartTheme
  /** Plot height in px (panels share it). Default 360. */
  height?: number
  /** Width before the container is measured (SSR, tests). Default 640. */
  fallbackWidth?: number
  /** Controlled hidden series keys; with `onHiddenChange`. */
  hidden?: string[]
  defaultHidden?: string[]
  onHiddenChange?: (hidden: string[]) => void
  /** Controlled year range [from, to] (inclusive) or null for all. */
  range?: [number, number] | null
  onRangeChange?: (range: [number, number] | null) => void
  /** No interaction: no legend buttons, range, tooltip or focus (static embeds). */
  static?: boolean
  headingLevel?: 2 | 3 | 4
  /** Extra controls (checkboxes, switches) shown above the plot, beside the legend. */
  controls?: ReactNode
  /** Chart id, file name and caption text for the Download menu (hidden when `static`). */
  download?: ChartDownloadOptions
  /** Compact (embeds): a lower plot, notes and method breaks one click away. */
  compact?: boolean
}

/** Plot height of a compact (embedded) time chart, panels included. */
export const COMPACT_HEIGHT = 230

/** Title, subtitle, source line and link of the exported image, from the chart's props. */
export function exportCaption(props: CommonChartProps, notes: string[]): ExportRequest['caption'] {
  const d = props.download ?? {}
  return {
    title: d.title ?? props.title,
    subtitle: d.subtitle ?? props.subtitle ?? null,
    source: d.source ?? (typeof props.source === 'string' ? props.source : null),
    notes,
    methodBreaks: [],
    link: d.link ?? (typeof window === 'undefined' ? null : window.location.href),
  }
}

/** File name (without extension) of a chart's downloads. */
export function exportFileBase(props: CommonChartProps): string {
  const d = props.download ?? {}
  return d.fileBase ?? fileName(d.chartId ?? 'chart').replace(/\.svg$/, '')
}

/** Hidden-series state, controlled or not. */
export function useHidden(props: CommonChartProps): [string[], (key: string) => void] {
  const [own, setOwn] = useState<string[]>(props.defaultHidden ?? [])
  const hidden = props.hidden ?? own
  const toggle = (key: string) => {
    const next = hidden.includes(key) ? hidden.filter((k) => k !== key) : [...hidden, key]
    if (props.hidden === undefined) setOwn(next)
    props.onHiddenChange?.(next)
  }
  return [hidden, toggle]
}

/** Year-range state, controlled or not. */
export function useRange(
  props: CommonChartProps,
): [[number, number] | null, (r: [number, number] | null) => void] {
  const [own, setOwn] = useState<[number, number] | null>(null)
  const range = props.range !== undefined ? props.range : own
  const set = (r: [number, number] | null) => {
    if (props.range === undefined) setOwn(r)
    props.onRangeChange?.(r)
  }
  return [range, set]
}

/** A short plain-text summary of what a time chart shows. */
export function summarize(g: TimeSeriesGeometry, f: Formatters): string {
  const names = g.legend.filter((l) => !l.hidden).map((l) => l.label)
  const xs = g.nav.flat().map((p) => p.info.period)
  const sorted = [...xs].sort()
  const span =
    sorted.length > 0 ? `${f.period(sorted[0]!)}–${f.period(sorted[sorted.length - 1]!)}` : ''
  return [names.join(', '), span].filter(Boolean).join('; ')
}

export interface TimeChartShellProps extends CommonChartProps {
  layout: (size: Size, hidden: string[], xRange: [number, number] | null) => TimeSeriesGeometry
  pick?: PickMode
  /** The chart's input (passed through by the chart components): the CSV's source fields. */
  data?: { series?: TimeSeriesDatum[]; opinion?: TimeSeriesDatum[]; tourism?: TimeSeriesDatum[] }
}

export function TimeChartShell(props: TimeChartShellProps) {
  const L = useMemo(() => resolveLabels(props.labels), [props.labels])
  const f = props.format ?? createFormatters('en')
  const theme = props.theme ?? CSS_THEME
  const scheme = props.scheme ?? 'light'
  const { ref, width } = useChartSize<HTMLDivElement>(props.fallbackWidth ?? 640)
  const [hidden, toggle] = useHidden(props)
  const [range, setRange] = useRange(props)
  const { layout } = props
  const height = props.height ?? (props.compact ? COMPACT_HEIGHT : 360)
  const geometry = useMemo(
    () => layout({ width, height }, hidden, yearsToRange(range)),
    [layout, width, height, hidden, range],
  )
  const pickMode = props.pick ?? 'point'
  const navState = useChartNavigation(geometry.nav, pickMode)
  const active = props.static ? null : navState.active
  const highlighted: PointGeometry[] = useMemo(() => {
    if (!active) return []
    if (pickMode !== 'x') return [active]
    const out: PointGeometry[] = []
    for (const s of geometry.nav)
      for (const p of s) if (Math.abs(p.x - active.x) <= 0.5) out.push(p)
    return out
  }, [active, geometry.nav, pickMode])
  const descId = useId()
  const tipId = useId()
  // memoised: it walks and sorts every point, and pointer moves re-render the shell
  const summary = useMemo(() => summarize(geometry, f), [geometry, f])
  const description = props.description ?? summary
  const notes = [...(props.notes ?? []), ...geometry.notes]

  const svg = (
    <TimeSeriesSvg
      geometry={geometry}
      title={props.title}
      description={description}
      scheme={scheme}
      theme={theme}
      active={active}
      highlighted={highlighted}
      crosshair={pickMode === 'x' ? 'x' : 'point'}
      noDataLabel={L.noData}
      decorative={!props.static}
      onPointerMove={props.static ? undefined : navState.onPointerMove}
      onPointerLeave={props.static ? undefined : navState.onPointerLeave}
    />
  )
  return (
    <ChartFrame
      title={props.title}
      subtitle={props.subtitle}
      source={props.source}
      notes={notes}
      methodBreaks={geometry.breakNotes}
      table={geometry.table}
      labels={L}
      headingLevel={props.headingLevel}
      collapseNotes={props.compact}
      actions={
        props.static ? null : (
          <DownloadMenu
            labels={L}
            fileBase={exportFileBase(props)}
            prepare={() => ({
              kind: 'time',
              chartId: props.download?.chartId ?? 'chart',
              geometry,
              series: [
                ...(props.data?.series ?? []),
                ...(props.data?.opinion ?? []),
                ...(props.data?.tourism ?? []),
              ],
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
        <>
          {props.controls}
          {props.static ? null : (
            <Legend
              items={geometry.legend}
              onToggle={toggle}
              label={L.legend}
              scheme={scheme}
              background={theme.bg}
            />
          )}
        </>
      }
      below={
        // compact embeds keep the URL's years but not the slider: the plot is the point
        props.static || props.compact ? null : (
          <RangeControl extent={geometry.yearExtent} value={range} onChange={setRange} labels={L} />
        )
      }
    >
      <InteractivePlot
        plotRef={ref}
        isStatic={props.static}
        label={props.title}
        describedBy={descId}
        description={`${description}. ${L.keyboardHint}`}
        onKeyDown={navState.onKeyDown}
        onBlur={() => navState.setActiveId(null)}
        tooltip={
          <Tooltip
            id={tipId}
            points={highlighted}
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
