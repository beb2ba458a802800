/**
 * favorability-trend: lines by source, one stacked panel per unit (percent above thermometer,
 * never a shared axis), a dot per wave, gaps and method breaks split the line, events and
 * leader terms on the shared time axis, optional 95% sampling-error bands.
 */
import {
  layoutTimeSeries,
  type TimeSeriesGeometry,
  type TimeSeriesInput,
  type TimeSeriesOptions,
} from '../time-series/layout'

export type FavorabilityTrendInput = TimeSeriesInput
export type FavorabilityTrendOptions = Omit<TimeSeriesOptions, 'units'>
export type FavorabilityTrendGeometry = TimeSeriesGeometry

/** Pure layout of the favorability trend. */
export function layoutFavorabilityTrend(
  input: FavorabilityTrendInput,
  size: { width: number; height: number },
  options: FavorabilityTrendOptions = {},
): FavorabilityTrendGeometry {
  return layoutTimeSeries(input, size, { ...options, units: ['percent', 'thermometer'] })
}
