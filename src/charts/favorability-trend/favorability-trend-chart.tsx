/** favorability-trend chart component: caption frame + interactive time panels. */
import { useCallback } from 'react'
import type { Size } from '../core/types'
import { TimeChartShell, type CommonChartProps } from '../time-series/time-series-chart'
import { layoutFavorabilityTrend, type FavorabilityTrendInput } from './layout'

export interface FavorabilityTrendChartProps extends CommonChartProps {
  data: FavorabilityTrendInput
  /** Show 95% sampling-error bands for percent points with n. */
  samplingError?: boolean
}

export function FavorabilityTrendChart(props: FavorabilityTrendChartProps) {
  const { data, samplingError, format, labels } = props
  const layout = useCallback(
    (size: Size, hidden: string[], xRange: [number, number] | null) =>
      layoutFavorabilityTrend(data, size, { hidden, xRange, samplingError, format, labels }),
    [data, samplingError, format, labels],
  )
  return <TimeChartShell {...props} layout={layout} />
}
