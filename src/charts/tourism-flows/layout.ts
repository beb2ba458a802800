/**
 * tourism-flows: visitor counts over time per direction (KR→JP, JP→KR), in annual or monthly
 * mode. Counts read from a zero baseline; ticks are compact (8.8M, 882만); provisional points
 * are hollow and noted.
 */
import type { EventDatum, Size, TimeSeriesDatum } from '../core/types'
import {
  layoutTimeSeries,
  type TimeSeriesGeometry,
  type TimeSeriesOptions,
} from '../time-series/layout'

export type TourismMode = 'annual' | 'monthly'

export interface TourismFlowsInput {
  /** Annual (granularity year/wave) and monthly series together; the mode picks. */
  series: TimeSeriesDatum[]
  events?: EventDatum[]
}

export interface TourismFlowsOptions extends Omit<TimeSeriesOptions, 'units' | 'samplingError'> {
  mode?: TourismMode
}

export type TourismFlowsGeometry = TimeSeriesGeometry & { mode: TourismMode }

/** Which modes have data. */
export function tourismModes(input: TourismFlowsInput): TourismMode[] {
  const modes: TourismMode[] = []
  if (input.series.some((s) => s.granularity !== 'month')) modes.push('annual')
  if (input.series.some((s) => s.granularity === 'month')) modes.push('monthly')
  return modes
}

/** Pure layout of the tourism flows chart. */
export function layoutTourismFlows(
  input: TourismFlowsInput,
  size: Size,
  options: TourismFlowsOptions = {},
): TourismFlowsGeometry {
  const mode = options.mode ?? 'annual'
  const series = input.series.filter((s) =>
    mode === 'monthly' ? s.granularity === 'month' : s.granularity !== 'month',
  )
  return {
    ...layoutTimeSeries({ series, events: input.events }, size, { ...options, units: ['count'] }),
    mode,
  }
}
