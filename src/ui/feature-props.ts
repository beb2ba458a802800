import type { DashboardState } from '../url/state'

/** What every chart feature takes: the view state and a way to change it. */
export interface FeatureChartProps {
  state: DashboardState
  /** Called when the chart itself changes the view (brush, legend); omitted in static embeds. */
  onStateChange?: (next: Partial<DashboardState>) => void
  /** No interaction (static embeds, print). */
  isStatic?: boolean
  headingLevel?: 2 | 3
  /**
   * The page whose "Sources and methodology" the source names link to: unset on the dashboard
   * (the same page), the dashboard's URL in an embed (opened in a new tab).
   */
  methodsPage?: string
  /**
   * Compact (embeds, by default): fits about one screen. A lower plot, notes one click away,
   * and a chart with parts shows one part at a time with a switch (direction, source).
   */
  compact?: boolean
}

/** The chart range from the URL's years, or null when neither bound is set. */
export function rangeFromState(
  state: DashboardState,
  dataYears: readonly number[],
): [number, number] | null {
  if (state.from === null && state.to === null) return null
  const min = dataYears.length ? Math.min(...dataYears) : (state.from ?? state.to ?? 2000)
  const max = dataYears.length ? Math.max(...dataYears) : (state.to ?? state.from ?? 2025)
  return [state.from ?? min, state.to ?? max]
}

/** The range control's years written back to the view (whole years; null clears). */
export function onYearsChange(
  onStateChange: FeatureChartProps['onStateChange'],
): (range: [number, number] | null) => void {
  return (r) =>
    onStateChange?.({ from: r ? Math.round(r[0]) : null, to: r ? Math.round(r[1]) : null })
}
