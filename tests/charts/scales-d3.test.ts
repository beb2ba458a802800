/**
 * The kit's linear scale stands in for d3-scale's `scaleLinear` (which would bring
 * d3-interpolate, d3-color and d3-format into the 60 kB embed). It must give the same
 * positions, ticks and nice domains, so every chart draws exactly as it did with d3-scale.
 * d3-scale stays a dev dependency for this comparison only.
 */
import { scaleLinear as d3Linear } from 'd3-scale'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { linearAxis, niceDomain, scaleLinear, zeroBasedDomain } from '../../src/charts/core/scales'

const value = fc.oneof(
  fc.double({ min: -1e9, max: 1e9, noNaN: true }),
  fc.integer({ min: -100, max: 100 }),
  fc.constantFrom(0, 0.1, 1, 100, 1e-7),
)

describe('scaleLinear (d3-scale compatible)', () => {
  it('maps values like d3-scale, ascending, descending and degenerate domains', () => {
    fc.assert(
      fc.property(value, value, value, value, value, (d0, d1, r0, r1, x) => {
        const ours = scaleLinear([d0, d1], [r0, r1])
        const theirs = d3Linear().domain([d0, d1]).range([r0, r1])
        expect(ours(x)).toBe(theirs(x))
        expect(ours(d0)).toBe(theirs(d0))
      }),
      { numRuns: 2000 },
    )
  })

  it('gives d3-scale’s ticks for any count (and fails where it fails)', () => {
    const outcome = (f: () => number[]) => {
      try {
        return f()
      } catch (e) {
        return `throws ${(e as Error).name}`
      }
    }
    fc.assert(
      fc.property(value, value, fc.integer({ min: 0, max: 20 }), (d0, d1, count) => {
        expect(outcome(() => scaleLinear([d0, d1], [0, 1]).ticks(count))).toEqual(
          outcome(() => d3Linear().domain([d0, d1]).ticks(count)),
        )
      }),
      { numRuns: 2000 },
    )
  })

  it('nices a domain exactly as d3-scale’s linear.nice()', () => {
    fc.assert(
      fc.property(value, value, (d0, d1) => {
        expect(niceDomain([d0, d1])).toEqual(d3Linear().domain([d0, d1]).nice().domain())
      }),
      { numRuns: 2000 },
    )
  })

  it('keeps the charts’ axes: a percent domain and its ticks', () => {
    expect(zeroBasedDomain([12.3, 52.4], { minMax: 10, cap: 100 })).toEqual([0, 55])
    expect(zeroBasedDomain([97], { minMax: 10, cap: 100 })).toEqual([0, 100])
    const { ticks } = linearAxis([0, 60], [300, 0], (v) => `${v}%`, 4)
    expect(ticks.map((t) => [t.label, Math.round(t.position * 100) / 100])).toEqual([
      ['0%', 300],
      ['20%', 200],
      ['40%', 100],
      ['60%', 0],
    ])
  })
})
