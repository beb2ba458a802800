/** Axes and grids, derived from the ticks the layout computed from its scales. */
import type { Tick } from '../core/types'

/** Horizontal gridlines and left tick labels of a value axis. */
export function YAxis(props: {
  ticks: Tick[]
  x0: number
  x1: number
  fontSize: number
  grid: string
  fg: string
}) {
  const { ticks, x0, x1, fontSize, grid, fg } = props
  return (
    <g>
      {ticks.map((t) => (
        <g key={t.value}>
          <line x1={x0} x2={x1} y1={t.position} y2={t.position} stroke={grid} strokeWidth={1} />
          <text
            x={x0 - 6}
            y={t.position}
            dy="0.32em"
            textAnchor="end"
            fontSize={fontSize}
            fill={fg}
          >
            {t.label}
          </text>
        </g>
      ))}
    </g>
  )
}

/** Bottom axis: baseline and centred tick labels; optional vertical gridlines. */
export function XAxis(props: {
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
  return (
    <g>
      {gridTop !== undefined
        ? ticks.map((t) => (
            <line
              key={`g${t.value}`}
              x1={t.position}
              x2={t.position}
              y1={gridTop}
              y2={y}
              stroke={grid}
              strokeWidth={1}
              strokeOpacity={0.6}
            />
          ))
        : null}
      <line x1={x0} x2={x1} y1={y} y2={y} stroke={fg} strokeWidth={1} />
      {ticks.map((t) => (
        <g key={t.value}>
          <line x1={t.position} x2={t.position} y1={y} y2={y + 4} stroke={fg} />
          <text
            x={t.labelPosition ?? t.position}
            y={y + 6}
            dy="0.71em"
            textAnchor="middle"
            fontSize={fontSize}
            fill={fg}
          >
            {t.label}
          </text>
        </g>
      ))}
    </g>
  )
}
