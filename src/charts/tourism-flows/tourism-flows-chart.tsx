/** tourism-flows chart component: annual/monthly switch, counts per direction. */
import { useCallback, useState } from 'react'
import { resolveLabels } from '../core/labels'
import type { Size } from '../core/types'
import { TimeChartShell, type CommonChartProps } from '../time-series/time-series-chart'
import {
  layoutTourismFlows,
  tourismModes,
  type TourismFlowsInput,
  type TourismMode,
} from './layout'

export interface TourismFlowsChartProps extends CommonChartProps {
  data: TourismFlowsInput
  /** Controlled mode; default uncontrolled starting at `defaultMode` ('annual'). */
  mode?: TourismMode
  defaultMode?: TourismMode
  onModeChange?: (mode: TourismMode) => void
}

export function TourismFlowsChart(props: TourismFlowsChartProps) {
  const { data, format, labels } = props
  const L = resolveLabels(labels)
  const modes = tourismModes(data)
  const [own, setOwn] = useState<TourismMode>(props.defaultMode ?? modes[0] ?? 'annual')
  const mode = props.mode ?? own
  const setMode = (m: TourismMode) => {
    if (props.mode === undefined) setOwn(m)
    props.onModeChange?.(m)
  }
  const layout = useCallback(
    (size: Size, hidden: string[], xRange: [number, number] | null) =>
      layoutTourismFlows(data, size, { mode, hidden, xRange, format, labels }),
    [data, mode, format, labels],
  )
  const modeSwitch =
    modes.length > 1 && !props.static ? (
      <div
        role="group"
        aria-label={`${L.annual} / ${L.monthly}`}
        style={{ display: 'flex', gap: 4 }}
      >
        {modes.map((m) => (
          <button
            key={m}
            type="button"
            aria-pressed={m === mode}
            onClick={() => setMode(m)}
            style={{ font: 'inherit', fontSize: '0.85em', fontWeight: m === mode ? 600 : 400 }}
          >
            {m === 'annual' ? L.annual : L.monthly}
          </button>
        ))}
      </div>
    ) : null
  return (
    <TimeChartShell
      {...props}
      layout={layout}
      controls={
        <>
          {modeSwitch}
          {props.controls}
        </>
      }
    />
  )
}
