/** opinion-vs-tourism chart component: two aligned panels with a shared crosshair. */
import { useCallback } from 'react'
import type { Size } from '../core/types'
import { TimeChartShell, type CommonChartProps } from '../time-series/time-series-chart'
import { layoutOpinionVsTourism, type OpinionVsTourismInput } from './layout'

export interface OpinionVsTourismChartProps extends CommonChartProps {
  data: OpinionVsTourismInput
}

export function OpinionVsTourismChart(props: OpinionVsTourismChartProps) {
  const { data, format, labels } = props
  const layout = useCallback(
    (size: Size, hidden: string[], xRange: [number, number] | null) =>
      layoutOpinionVsTourism(data, size, { hidden, xRange, format, labels }),
    [data, format, labels],
  )
  return (
    <TimeChartShell
      {...props}
      height={props.height ?? (props.compact ? 340 : 440)}
      layout={layout}
      pick="x"
    />
  )
}
