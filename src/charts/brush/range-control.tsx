/**
 * Time range control: two native range inputs (keyboard accessible by default) choosing the
 * first and last year shown. The chart turns [from, to] into xRange [from, to + 1].
 */
import { useId } from 'react'
import type { ChartLabels } from '../core/labels'

export interface RangeControlProps {
  /** Whole years available. */
  extent: [number, number]
  /** Selected years, or null for all. */
  value: [number, number] | null
  onChange: (value: [number, number] | null) => void
  labels: ChartLabels
}

export function RangeControl({ extent, value, onChange, labels }: RangeControlProps) {
  const id = useId()
  const [min, max] = extent
  if (!(max > min)) return null
  const [from, to] = value ?? extent
  return (
    <div
      role="group"
      aria-label={labels.range}
      className="rjp-range"
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        gap: 8,
        fontSize: '0.85em',
      }}
    >
      <label htmlFor={`${id}-from`}>
        {labels.rangeFrom} <span>{from}</span>
      </label>
      <input
        id={`${id}-from`}
        type="range"
        min={min}
        max={max}
        step={1}
        value={from}
        onChange={(e) => {
          const v = Number(e.currentTarget.value)
          onChange([Math.min(v, to), to])
        }}
      />
      <label htmlFor={`${id}-to`}>
        {labels.rangeTo} <span>{to}</span>
      </label>
      <input
        id={`${id}-to`}
        type="range"
        min={min}
        max={max}
        step={1}
        value={to}
        onChange={(e) => {
          const v = Number(e.currentTarget.value)
          onChange([from, Math.max(v, from)])
        }}
      />
      {value ? (
        <button type="button" onClick={() => onChange(null)} style={{ font: 'inherit' }}>
          {labels.resetRange}
        </button>
      ) : null}
    </div>
  )
}

/** Years selected → decimal-year window for a layout. */
export function yearsToRange(value: [number, number] | null): [number, number] | null {
  return value ? [value[0], value[1] + 1] : null
}
