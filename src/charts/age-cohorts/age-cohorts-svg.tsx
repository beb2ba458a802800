/** Draws an AgeCohortsGeometry as SVG (stateless; browser, tests and export). */
import { memo, type PointerEvent } from 'react'
import { CSS_THEME, pickColor, type ChartTheme } from '../core/theme'
import type { ColorScheme, PointGeometry } from '../core/types'
import { PointMark } from '../marks/marks'
import type { AgeCohortsGeometry } from './layout'

export interface AgeCohortsSvgProps {
  geometry: AgeCohortsGeometry
  title: string
  description?: string
  scheme?: ColorScheme
  theme?: ChartTheme
  active?: PointGeometry | null
  noDataLabel?: string
  decorative?: boolean
  onPointerMove?: (e: PointerEvent<SVGSVGElement>) => void
  onPointerLeave?: () => void
}

export function AgeCohortsSvg(props: AgeCohortsSvgProps) {
  const {
    geometry: g,
    title,
    description,
    scheme = 'light',
    theme = CSS_THEME,
    active = null,
  } = props
  const fs = g.fontSize
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={g.width}
      height={g.height}
      viewBox={`0 0 ${g.width} ${g.height}`}
      role={props.decorative ? undefined : 'img'}
      aria-hidden={props.decorative ? true : undefined}
      fontFamily={theme.font}
      style={{ display: 'block', maxWidth: '100%', height: 'auto', touchAction: 'pan-y' }}
      onPointerMove={props.onPointerMove}
      onPointerLeave={props.onPointerLeave}
    >
      {props.decorative ? null : <title>{title}</title>}
      {props.decorative || !description ? null : <desc>{description}</desc>}
      {g.groups.map((grp) => (
        <GroupMarks
          key={grp.key}
          grp={grp}
          labelX={g.labelX}
          fs={fs}
          scheme={scheme}
          theme={theme}
        />
      ))}
      {g.empty && props.noDataLabel ? (
        <text
          x={g.width / 2}
          y={g.height / 2}
          textAnchor="middle"
          fontSize={fs + 2}
          fill={theme.muted}
        >
          {props.noDataLabel}
        </text>
      ) : null}
      {active ? (
        <circle
          cx={active.x}
          cy={active.y}
          r={active.r + 3}
          fill="none"
          stroke={theme.fg}
          strokeWidth={2}
        />
      ) : null}
    </svg>
  )
}

interface GroupMarksProps {
  grp: AgeCohortsGeometry['groups'][number]
  labelX: number
  fs: number
  scheme: ColorScheme
  theme: ChartTheme
}

/** One source's rows. Memoised: a pointer move (new active point) re-renders no group. */
const GroupMarks = memo(function GroupMarks({ grp, labelX, fs, scheme, theme }: GroupMarksProps) {
  return (
    <g>
      <text x={0} y={grp.titleY} fontSize={fs + 1} fontWeight={600} fill={theme.fg}>
        {grp.title}
      </text>
      {grp.rows.map((row) =>
        row.highlighted ? (
          <rect
            key={`h${row.id}`}
            x={row.rect.x}
            y={row.rect.y}
            width={row.rect.width}
            height={row.rect.height}
            fill={theme.highlight}
          />
        ) : null,
      )}
      {grp.ticks.map((t) => (
        <g key={t.value}>
          <line
            x1={t.position}
            x2={t.position}
            y1={grp.rect.y}
            y2={grp.axisY}
            stroke={theme.grid}
            strokeOpacity={0.7}
          />
          <text
            x={t.position}
            y={grp.axisY + 4}
            dy="0.71em"
            textAnchor="middle"
            fontSize={fs}
            fill={theme.muted}
          >
            {t.label}
          </text>
        </g>
      ))}
      {grp.rows.map((row) => {
        const color = pickColor(
          row.to?.color ?? row.from?.color ?? { light: '#666', dark: '#999' },
          scheme,
        )
        return (
          <g key={row.id}>
            <text
              x={labelX}
              y={row.y}
              dy="0.32em"
              textAnchor="end"
              fontSize={fs}
              fontWeight={row.highlighted ? 700 : 400}
              fill={theme.fg}
            >
              {row.label}
            </text>
            <line
              x1={grp.rect.x}
              x2={grp.rect.x + grp.rect.width}
              y1={row.y}
              y2={row.y}
              stroke={theme.grid}
              strokeOpacity={0.5}
              strokeDasharray="1 3"
            />
            {row.arrow ? (
              <g>
                <line
                  x1={row.arrow.x1}
                  x2={row.arrow.x2}
                  y1={row.arrow.y}
                  y2={row.arrow.y}
                  stroke={color}
                  strokeWidth={1.5}
                />
                <path d={row.arrow.head} fill={color} />
              </g>
            ) : null}
            {[row.from, row.to].map((p) =>
              p ? (
                <PointMark
                  key={p.id}
                  x={p.x}
                  y={p.y}
                  r={p.r}
                  shape={p.shape}
                  color={pickColor(p.color, scheme)}
                  hollow={p.hollow}
                  muted={p.muted}
                  confidence={p.confidence}
                  background={theme.bg}
                />
              ) : null,
            )}
          </g>
        )
      })}
    </g>
  )
})
