/**
 * Which feature draws each embed chart. Loaded on demand, so an embed downloads the code of its
 * own chart only (the budget is for one chart, not four).
 */
import type { ComponentType } from 'react'
import type { FeatureChartProps } from '../ui/feature-props'
import type { EmbedChartId } from './params'

export type EmbedChartComponent = ComponentType<FeatureChartProps>

export const EMBED_CHART_LOADERS: Record<EmbedChartId, () => Promise<EmbedChartComponent>> = {
  'favorability-trend': () =>
    import('../features/favorability/FavorabilityTrend').then((m) => m.FavorabilityTrend),
  'age-cohorts': () => import('../features/cohorts/AgeCohorts').then((m) => m.AgeCohorts),
  'tourism-flows': () => import('../features/tourism/TourismFlows').then((m) => m.TourismFlows),
  'opinion-vs-tourism': () =>
    import('../features/opinion-tourism/OpinionVsTourism').then((m) => m.OpinionVsTourism),
}
