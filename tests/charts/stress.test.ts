import { describe, expect, it } from 'vitest'
import { layoutFavorabilityTrend } from '../../src/charts/favorability-trend/layout'
import { stressSeries } from '../fixtures/charts/stress'
import { findNonFinite } from './helpers'

describe('stress: 12 series × 720 monthly points', () => {
  it('is deterministic', () => {
    expect(stressSeries()).toEqual(stressSeries())
  })

  it('lays out without NaN, within the plot', () => {
    const series = stressSeries()
    const timings: Record<string, number> = {}
    let g = layoutFavorabilityTrend({ series }, { width: 1024, height: 600 })
    for (const width of [320, 640, 1024, 1600]) {
      const t0 = performance.now()
      g = layoutFavorabilityTrend({ series }, { width, height: 600 }, { samplingError: true })
      timings[`${width}px`] = Math.round((performance.now() - t0) * 10) / 10
      expect(g.nav.flat().length).toBe(
        series.reduce((n, s) => n + s.points.filter((p) => p.value !== null).length, 0),
      )
      for (const p of g.nav.flat()) {
        expect(p.x).toBeGreaterThanOrEqual(g.plot.x - 0.01)
        expect(p.x).toBeLessThanOrEqual(g.plot.x + g.plot.width + 0.01)
      }
    }
    console.log('stress layout ms (12×720, sampling error on):', JSON.stringify(timings))
    expect(findNonFinite(g)).toEqual([])
    expect(g.xTicks.length).toBeLessThanOrEqual(8)
  })
})
