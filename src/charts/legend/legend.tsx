/**
 * Legend as toggle buttons (aria-pressed = shown). Colours come from each item, fixed by the
 * caller's declared domain, so hiding one series never changes another's colour.
 */
import { pickColor } from '../core/theme'
import type { ColorScheme, LegendItem } from '../core/types'
import { PointMark } from '../marks/marks'

export interface LegendProps {
  items: LegendItem[]
  onToggle: (key: string) => void
  label: string
  scheme?: ColorScheme
  background?: string
}

export function Legend({
  items,
  onToggle,
  label,
  scheme = 'light',
  background = '#fff',
}: LegendProps) {
  if (items.length === 0) return null
  return (
    <div
      role="group"
      aria-label={label}
      className="rjp-legend"
      style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 12px', margin: '4px 0 8px' }}
    >
      {items.map((it) => {
        const color = pickColor(it.color, scheme)
        return (
          <button
            key={it.key}
            type="button"
            aria-pressed={!it.hidden}
            data-series={it.key}
            onClick={() => onToggle(it.key)}
            style={{
              display: 'inline-flex',
              textAlign: 'left',
              alignItems: 'center',
              gap: 6,
              padding: '2px 6px',
              border: '1px solid transparent',
              borderRadius: 4,
              background: 'transparent',
              color: 'inherit',
              font: 'inherit',
              fontSize: '0.85em',
              cursor: 'pointer',
              opacity: it.hidden ? 0.5 : 1,
              textDecoration: it.hidden ? 'line-through' : 'none',
            }}
          >
            <svg width={22} height={12} aria-hidden="true" focusable="false">
              <line x1={1} x2={21} y1={6} y2={6} stroke={color} strokeWidth={2} />
              <PointMark
                x={11}
                y={6}
                r={3.5}
                shape={it.shape}
                color={color}
                hollow={it.hidden}
                background={background}
              />
            </svg>
            <span>{it.label}</span>
          </button>
        )
      })}
    </div>
  )
}
