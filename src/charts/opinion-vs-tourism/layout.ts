/**
 * opinion-vs-tourism: sentiment on top, visitors below, two aligned panels sharing one x scale
 * (not a dual axis). The component adds a shared crosshair: a year hovered in one panel is
 * highlighted in both.
 */
import type {
  EventDatum,
  LeaderTermDatum,
  PointGeometry,
  Size,
  TimeSeriesDatum,
} from '../core/types'
import {
  layoutTimeSeries,
  type TimeSeriesGeometry,
  type TimeSeriesOptions,
} from '../time-series/layout'

export interface OpinionVsTourismInput {
  opinion: TimeSeriesDatum[]
  tourism: TimeSeriesDatum[]
  events?: EventDatum[]
  leaders?: LeaderTermDatum[]
}

export type OpinionVsTourismOptions = Omit<TimeSeriesOptions, 'units'>
export type OpinionVsTourismGeometry = TimeSeriesGeometry

/** Pure layout of the two aligned panels. */
export function layoutOpinionVsTourism(
  input: OpinionVsTourismInput,
  size: Size,
  options: OpinionVsTourismOptions = {},
): OpinionVsTourismGeometry {
  const opinion = input.opinion.filter((s) => s.unit !== 'count')
  const tourism = input.tourism.filter((s) => s.unit === 'count')
  return layoutTimeSeries(
    { series: [...opinion, ...tourism], events: input.events, leaders: input.leaders },
    size,
    { ...options, units: ['percent', 'thermometer', 'count'] },
  )
}

/** Points of every visible series at the same x as `x` (same period centre): the crosshair. */
export function pointsAtX(nav: PointGeometry[][], x: number, tolerance = 0.5): PointGeometry[] {
  const out: PointGeometry[] = []
  for (const series of nav) for (const p of series) if (Math.abs(p.x - x) <= tolerance) out.push(p)
  return out
}
