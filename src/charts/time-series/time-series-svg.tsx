/**
 * Draws a TimeSeriesGeometry as SVG. No state, no hooks: the same component renders in the
 * browser, in snapshot tests and in Node export (pass a concrete theme there).
 */
import { memo, type PointerEvent } from 'react'
import { verticalRules, XAxis, YAxis } from '../axes/axes'
import { CSS_THEME, pickColor, type ChartTheme } from '../core/theme'
import type { ColorScheme, PointGeometry } from '../core/types'
import { BandPath, LinePath, PointMark, VRule } from '../marks/marks'
import type { TimeSeriesGeometry } from './layout'

export interface TimeSeriesSvgProps {
  geometry: TimeSeriesGeometry
  title: string
  description?: string
  scheme?: ColorScheme
  theme?: ChartTheme
  active?: PointGeometry | null
  /** Points sharing the active x (shared crosshair). */
  highlighted?: PointGeometry[]
  /** Draw the crosshair across all panels (shared x) or only the active point's panel. */
  crosshair?: 'point' | 'x'
  noDataLabel?: string
  /** Inside an interactive wrapper that carries the accessible name. */
  decorative?: boolean
  onPointerMove?: (e: PointerEvent<SVGSVGElement>) => void
  onPointerLeave?: () => void
}

export function TimeSeriesSvg(props: TimeSeriesSvgProps) {
  const {
    geometry: g,
    title,
    description,
    scheme = 'light',
    theme = CSS_THEME,
    active = null,
    highlighted = [],
    crosshair = 'point',
    noDataLabel,
    decorative,
    onPointerMove,
    onPointerLeave,
  } = props
  const fs = g.fontSize
  const x0 = g.plot.x
  const x1 = g.plot.x + g.plot.width
  const activePanel = active ? g.panels.find((p) => p.points.includes(active)) : undefined
  const rings = active ? (crosshair === 'x' ? highlighted : [active]) : []
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={g.width}
      height={g.height}
      viewBox={`0 0 ${g.width} ${g.height}`}
      role={decorative ? undefined : 'img'}
      aria-hidden={decorative ? true : undefined}
      fontFamily={theme.font}
      style={{ display: 'block', maxWidth: '100%', height: 'auto', touchAction: 'pan-y' }}
      onPointerMove={onPointerMove}
      onPointerLeave={onPointerLeave}
    >
      {decorative ? null : <title>{title}</title>}
      {decorative || !description ? null : <desc>{description}</desc>}
      {g.leaderRows.map((row) => (
        <text
          key={row.country}
          x={x0 - 6}
          y={row.y + row.height / 2}
          dy="0.32em"
          textAnchor="end"
          fontSize={fs - 1}
          fill={theme.muted}
        >
          {row.country}
        </text>
      ))}
      {g.leaders.map((l) => (
        <g key={l.id}>
          <title>{l.fullLabel}</title>
          <rect
            x={l.x0}
            y={l.y}
            width={Math.max(0, l.x1 - l.x0)}
            height={l.height}
            fill={theme.band}
            fillOpacity={l.shade === 0 ? 1 : 0.45}
            stroke={theme.bg}
            strokeWidth={1}
          />
          {l.label ? (
            <text x={l.x0 + 3} y={l.y + l.height / 2} dy="0.32em" fontSize={fs - 1} fill={theme.fg}>
              {l.label}
            </text>
          ) : null}
        </g>
      ))}
      {g.panels.map((p) => (
        <g key={p.unit}>
          <PanelMarks
            panel={p}
            xTicks={g.xTicks}
            xAxisY={g.xAxisY}
            x0={x0}
            x1={x1}
            fs={fs}
            scheme={scheme}
            theme={theme}
          />
          {active && (crosshair === 'x' || activePanel === p) ? (
            <line
              x1={active.x}
              x2={active.x}
              y1={p.rect.y}
              y2={p.rect.y + p.rect.height}
              stroke={theme.fg}
              strokeOpacity={0.6}
              strokeWidth={1}
            />
          ) : null}
        </g>
      ))}
      {/* every event rule first, then every label, so no later rule crosses a label */}
      {g.events.map((e) => (
        <VRule
          key={e.id}
          part="rule"
          x={e.x}
          y0={e.y0}
          y1={e.y1}
          color={theme.muted}
          label={e.label.hidden ? undefined : e.label.text}
          labelX={e.label.textX}
          labelY={e.labelY}
          anchor={e.label.anchor}
          fontSize={fs}
          halo={theme.bg}
          title={e.description}
        />
      ))}
      {g.events.map((e) => (
        <VRule
          key={`${e.id}-label`}
          part="label"
          x={e.x}
          y0={e.y0}
          y1={e.y1}
          color={theme.muted}
          label={e.label.hidden ? undefined : e.label.text}
          labelX={e.label.textX}
          labelY={e.labelY}
          anchor={e.label.anchor}
          fontSize={fs}
          halo={theme.bg}
          title={e.description}
        />
      ))}
      <XAxis
        ticks={g.xTicks}
        y={g.xAxisY}
        x0={x0}
        x1={x1}
        fontSize={fs}
        fg={theme.muted}
        grid={theme.grid}
      />
      {g.empty && noDataLabel ? (
        <text
          x={x0 + g.plot.width / 2}
          y={g.plot.y + g.plot.height / 2}
          textAnchor="middle"
          fontSize={fs + 2}
          fill={theme.muted}
        >
          {noDataLabel}
        </text>
      ) : null}
      {rings.map((pt) => (
        <circle
          key={`ring-${pt.id}`}
          cx={pt.x}
          cy={pt.y}
          r={Math.max(pt.r, 3) + 3}
          fill="none"
          stroke={theme.fg}
          strokeWidth={2}
        />
      ))}
    </svg>
  )
}

interface PanelMarksProps {
  panel: TimeSeriesGeometry['panels'][number]
  xTicks: TimeSeriesGeometry['xTicks']
  xAxisY: number
  x0: number
  x1: number
  fs: number
  scheme: ColorScheme
  theme: ChartTheme
}

/**
 * Everything in a panel that does not depend on the active point. Memoised: moving the
 * pointer re-renders only the crosshair and rings, not thousands of marks (see
 * docs/benchmarks.md, stress tooltip). Same elements in the same order as inline.
 */
const PanelMarks = memo(function PanelMarks({
  panel: p,
  xTicks,
  xAxisY,
  x0,
  x1,
  fs,
  scheme,
  theme,
}: PanelMarksProps) {
  const c = (col: { light: string; dark: string }) => pickColor(col, scheme)
  return (
    <>
      <text x={0} y={p.titleY} fontSize={fs} fontWeight={600} fill={theme.muted}>
        {p.title}
      </text>
      {p.bandLabel ? (
        <text
          x={p.bandLabel.x}
          y={p.bandLabel.y}
          textAnchor="end"
          fontSize={fs - 1}
          fill={theme.muted}
        >
          {p.bandLabel.text}
        </text>
      ) : null}
      <YAxis ticks={p.yTicks} x0={x0} x1={x1} fontSize={fs} grid={theme.grid} fg={theme.muted} />
      {xTicks.length > 0 ? (
        <path
          d={verticalRules(
            xTicks.map((t) => t.position),
            p.rect.y,
            p.rect.y + p.rect.height,
          )}
          fill="none"
          stroke={theme.grid}
          strokeOpacity={0.5}
        />
      ) : null}
      {p.rect.y + p.rect.height < xAxisY ? (
        <line
          x1={x0}
          x2={x1}
          y1={p.rect.y + p.rect.height}
          y2={p.rect.y + p.rect.height}
          stroke={theme.muted}
        />
      ) : null}
      {p.bands.map((b, i) => (
        <BandPath key={`b${b.seriesKey}${i}`} d={b.d} color={c(b.color)} />
      ))}
      {p.whiskers.map((w, i) => (
        <line
          key={`w${w.seriesKey}${i}`}
          x1={w.x}
          x2={w.x}
          y1={w.y1}
          y2={w.y2}
          stroke={c(w.color)}
          strokeOpacity={0.5}
          strokeWidth={3}
        />
      ))}
      {p.lines.map((l, i) => (
        <LinePath key={`l${l.seriesKey}${i}`} d={l.d} color={c(l.color)} dash={l.dash} />
      ))}
      {p.points.map((pt) => (
        <PointMark
          key={pt.id}
          x={pt.x}
          y={pt.y}
          r={pt.r}
          shape={pt.shape}
          color={c(pt.color)}
          hollow={pt.hollow}
          confidence={pt.confidence}
          background={theme.bg}
        />
      ))}
      {p.gaps.map((g) => (
        <rect
          key={g.id}
          x={g.x0}
          y={g.y}
          width={Math.max(2, g.x1 - g.x0)}
          height={3}
          fill={c(g.color)}
          fillOpacity={0.55}
        >
          <title>{g.title}</title>
        </rect>
      ))}
      {p.breaks.map((b) => (
        <VRule
          key={b.id}
          x={b.x}
          y0={b.y0}
          y1={b.y1}
          color={b.color ? c(b.color) : theme.fg}
          dashed
          label={b.label.hidden ? undefined : b.label.text}
          labelX={b.label.textX}
          labelY={b.labelY}
          anchor={b.label.anchor}
          fontSize={fs - 1}
          halo={theme.bg}
          title={b.description}
        />
      ))}
    </>
  )
})
