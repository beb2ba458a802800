/**
 * Axes and grids, derived from the ticks the layout computed from its scales. Gridlines and
 * tick marks of an axis are one `<path>` each and labels plain `<text>`s: the same pixels as a
 * line per tick, with a third of the elements to create, diff, lay out and paint on a filter
 * change. Memoised: the props are plain values and tick lists.
 */
import { memo } from 'react'
import { r2 } from '../core/num'
import type { Tick } from '../core/types'

/** `d` of vertical segments at each x from y0 to y1 (one subpath per tick). */
export function verticalRules(xs: readonly number[], y0: number, y1: number): string {
  return xs.map((x) => `M${r2(x)},${r2(y0)}V${r2(y1)}`).join('')
}

/** `d` of horizontal segments at each y from x0 to x1. */
export function horizontalRules(ys: readonly number[], x0: number, x1: number): string {
  return ys.map((y) => `M${r2(x0)},${r2(y)}H${r2(x1)}`).join('')
}

/** Horizontal gridlines and left tick labels of a value axis. */
export const YAxis = memo(function YAxis(props: {
  ticks: Tick[]
  x0: number
  x1: number
  fontSize: number
  grid: string
  fg: string
}) {
  const { ticks, x0, x1, fontSize, grid, fg } = props
  if (ticks.length === 0) return null
  return (
    <g>
      <path
        d={horizontalRules(
          ticks.map((t) => t.position),
          x0,
          x1,
        )}
        fill="none"
        stroke={grid}
        strokeWidth={1}
      />
      {ticks.map((t) => (
        <text
          key={t.value}
          x={x0 - 6}
          y={t.position}
          dy="0.32em"
          textAnchor="end"
          fontSize={fontSize}
          fill={fg}
        >
          {t.label}
        </text>
      ))}
    </g>
  )
})

/** Bottom axis: baseline and centred tick labels; optional vertical gridlines. */
export const XAxis = memo(function XAxis(props: {
  ticks: Tick[]
  y: number
  x0: number
  x1: number
  fontSize: number
  fg: string
  grid: string
  gridTop?: number
}) {
  const { ticks, y, x0, x1, fontSize, fg, grid, gridTop } = props
  const xs = ticks.map((t) => t.position)
  return (
    <g>
      {gridTop !== undefined && xs.length > 0 ? (
        <path
          d={verticalRules(xs, gridTop, y)}
          fill="none"
          stroke={grid}
          strokeWidth={1}
          strokeOpacity={0.6}
        />
      ) : null}
      <line x1={x0} x2={x1} y1={y} y2={y} stroke={fg} strokeWidth={1} />
      {xs.length > 0 ? (
        <path d={verticalRules(xs, y, y + 4)} fill="none" stroke={fg} strokeWidth={1} />
      ) : null}
      {ticks.map((t) => (
        <text
          key={t.value}
          x={t.labelPosition ?? t.position}
          y={y + 6}
          dy="0.71em"
          textAnchor="middle"
          fontSize={fontSize}
          fill={fg}
        >
          {t.label}
        </text>
      ))}
    </g>
  )
})
