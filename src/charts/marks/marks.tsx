/**
 * Marks: the SVG primitives every chart draws with. They take geometry (already in SVG
 * coordinates) and colours (already resolved for the scheme); they compute nothing.
 */
import { memo } from 'react'
import type { MarkShape } from '../core/types'

export interface PointMarkProps {
  x: number
  y: number
  r: number
  shape: MarkShape
  color: string
  /** Hollow = estimated/provisional: background fill, coloured outline. */
  hollow?: boolean
  muted?: boolean
  /** Medium: a ring around the mark; low: the mark faded and the ring dashed. */
  confidence?: 'medium' | 'low'
  background: string
  title?: string
}

/** A dot (circle, square or diamond). Zero radius draws nothing. */
export function PointMark({
  x,
  y,
  r,
  shape,
  color,
  hollow,
  muted,
  confidence,
  background,
  title,
}: PointMarkProps) {
  if (!(r > 0)) return null
  const common = {
    fill: hollow ? background : color,
    fillOpacity: muted && !hollow ? 0.35 : confidence === 'low' && !hollow ? 0.45 : 1,
    stroke: color,
    strokeWidth: hollow ? 1.5 : 1,
  }
  const t = title ? <title>{title}</title> : null
  if (confidence) {
    // the ring says how sure the reading is, whatever the shape (see ChartLabels.confidenceKey)
    return (
      <g>
        <circle
          cx={x}
          cy={y}
          r={r * (shape === 'circle' ? 1 : 1.3) + 2.5}
          fill="none"
          stroke={color}
          strokeWidth={1}
          strokeDasharray={confidence === 'low' ? '2 2' : undefined}
        />
        <PointMark
          x={x}
          y={y}
          r={r}
          shape={shape}
          color={color}
          hollow={hollow}
          muted={muted}
          background={background}
          title={title}
        />
      </g>
    )
  }
  if (shape === 'square') {
    const s = r * 1.8
    return (
      <rect x={x - s / 2} y={y - s / 2} width={s} height={s} {...common}>
        {t}
      </rect>
    )
  }
  if (shape === 'diamond') {
    const s = r * 1.4
    return (
      <path d={`M${x},${y - s}L${x + s},${y}L${x},${y + s}L${x - s},${y}Z`} {...common}>
        {t}
      </path>
    )
  }
  return (
    <circle cx={x} cy={y} r={r} {...common}>
      {t}
    </circle>
  )
}

/** Dash patterns of lines: dotted for a long span between waves, dashed for "the people". */
const DASHES = { long: '1 4', people: '6 3' } as const

/** A line through one connected run (gaps are separate paths, never bridged). */
export function LinePath({
  d,
  color,
  width = 2,
  dash,
}: {
  d: string
  color: string
  width?: number
  dash?: keyof typeof DASHES
}) {
  if (!d) return null
  return (
    <path
      d={d}
      fill="none"
      stroke={color}
      strokeWidth={width}
      strokeLinejoin="round"
      strokeLinecap="round"
      strokeDasharray={dash ? DASHES[dash] : undefined}
    />
  )
}

/** A filled band (sampling error). */
export function BandPath({ d, color }: { d: string; color: string }) {
  if (!d) return null
  return <path d={d} fill={color} fillOpacity={0.15} stroke="none" />
}

/** A vertical rule (events, method breaks) with an optional label. Memoised (plain props). */
export const VRule = memo(function VRule(props: {
  x: number
  y0: number
  y1: number
  color: string
  dashed?: boolean
  label?: string
  labelX?: number
  labelY?: number
  anchor?: 'start' | 'end'
  fontSize: number
  halo: string
  title?: string
  /** Draw only the rule or only the label, so all labels can sit above all rules. */
  part?: 'rule' | 'label' | 'both'
}) {
  const { x, y0, y1, color, dashed, labelX, labelY, anchor, fontSize, halo, title } = props
  const part = props.part ?? 'both'
  const tip = title ? <title>{title}</title> : null
  const rule = (withTip: boolean) => (
    <line
      x1={x}
      x2={x}
      y1={y0}
      y2={y1}
      stroke={color}
      strokeWidth={1}
      strokeDasharray={dashed ? '4 3' : undefined}
    >
      {withTip ? tip : null}
    </line>
  )
  // a rule drawn on its own carries the title only when no label does (one title per event)
  if (part === 'rule') return rule(!props.label)
  const label = props.label ? (
    <text
      x={labelX ?? x}
      y={labelY ?? y0}
      textAnchor={anchor ?? 'start'}
      fontSize={fontSize}
      fill={color}
      stroke={halo}
      strokeWidth={3}
      paintOrder="stroke"
    >
      {props.label}
    </text>
  ) : null
  if (part === 'label')
    return label ? (
      <g>
        {tip}
        {label}
      </g>
    ) : null
  return (
    <g>
      {tip}
      {rule(false)}
      {label}
    </g>
  )
})
