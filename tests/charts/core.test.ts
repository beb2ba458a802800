import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { layoutLabels } from '../../src/charts/core/annotations'
import { periodIndex, periodStartDecimal, periodToDecimal } from '../../src/charts/core/period'
import { safeExtent, timeTicks, zeroBasedDomain } from '../../src/charts/core/scales'
import { samplingError95 } from '../../src/charts/core/stats'
import { estimateTextWidth, truncateText } from '../../src/charts/core/text'

describe('period → decimal year', () => {
  it('puts years mid-year and months mid-month', () => {
    expect(periodToDecimal('2019')).toBe(2019.5)
    expect(periodToDecimal('2019-01')).toBeCloseTo(2019 + 0.5 / 12)
    expect(periodToDecimal('2019-12')).toBeCloseTo(2019 + 11.5 / 12)
    expect(periodToDecimal('2019-13')).toBeNull()
    expect(periodToDecimal('x')).toBeNull()
  })
  it('starts of periods and dates', () => {
    expect(periodStartDecimal('2020')).toBe(2020)
    expect(periodStartDecimal('2020-04')).toBeCloseTo(2020.25)
    expect(periodStartDecimal('2019-07-02')).toBeCloseTo(2019 + 182 / 365)
    expect(periodIndex('2020-02')! - periodIndex('2020-01')!).toBe(1)
  })
})

describe('domains', () => {
  it('are sane for [] and [x]', () => {
    expect(safeExtent([], [0, 1])).toEqual([0, 1])
    expect(safeExtent([5], [0, 1])).toEqual([4.5, 5.5])
    expect(safeExtent([Number.NaN, 3, Infinity], [0, 1])).toEqual([2.5, 3.5])
    expect(zeroBasedDomain([])).toEqual([0, 1])
    expect(zeroBasedDomain([0, 0, 0])).toEqual([0, 1])
    expect(zeroBasedDomain([42], { minMax: 10, cap: 100 })).toEqual([0, 45])
    expect(zeroBasedDomain([99], { minMax: 10, cap: 100 })).toEqual([0, 100])
    expect(zeroBasedDomain([9_459_600])).toEqual([0, 10_000_000])
    expect(zeroBasedDomain([-5, 10])).toEqual([-6, 10])
  })
})

describe('timeTicks', () => {
  const opts = {
    yearStart: false,
    monthly: false,
    fontSize: 11,
    formatYear: (y: number) => String(y),
    formatMonth: (y: number, m: number) => `${m}/${y}`,
  }
  it.each([320, 480, 640, 1024, 1600])('never overlap and stay ≤ 8 at %ipx', (w) => {
    for (const domain of [
      [1990, 2025],
      [2013, 2024],
      [2019, 2020],
      [1965, 2025],
    ] as [number, number][]) {
      const ticks = timeTicks(domain, [40, w - 14], opts)
      expect(ticks.length).toBeLessThanOrEqual(8)
      for (let i = 1; i < ticks.length; i++) {
        const a = ticks[i - 1]!
        const b = ticks[i]!
        const need = (estimateTextWidth(a.label, 11) + estimateTextWidth(b.label, 11)) / 2
        expect(b.position - a.position).toBeGreaterThanOrEqual(need)
      }
    }
  })
  it('uses months for short monthly spans', () => {
    const ticks = timeTicks([2019, 2020], [0, 600], { ...opts, monthly: true, yearStart: true })
    expect(ticks.some((t) => t.label.includes('/'))).toBe(true)
  })
  it('returns no ticks for a degenerate domain', () => {
    expect(timeTicks([2019, 2019], [0, 600], opts)).toEqual([])
  })
})

describe('samplingError95', () => {
  it('is 1.96·√(p(1−p)/n) in points', () => {
    expect(samplingError95(50, 1000)).toBeCloseTo(3.099, 3)
    expect(samplingError95(20, 400)).toBeCloseTo(1.96 * Math.sqrt(0.16 / 400) * 100, 9)
    expect(samplingError95(0, 1000)).toBe(0)
  })
  it('is null without a usable n or p', () => {
    expect(samplingError95(50, null)).toBeNull()
    expect(samplingError95(50, 0)).toBeNull()
    expect(samplingError95(120, 1000)).toBeNull()
    expect(samplingError95(Number.NaN, 1000)).toBeNull()
  })
})

describe('text', () => {
  it('truncates with an ellipsis to fit', () => {
    const t = truncateText('A very long annotation label', 11, 60)
    expect(t.endsWith('…')).toBe(true)
    expect(estimateTextWidth(t, 11)).toBeLessThanOrEqual(60)
    expect(truncateText('short', 11, 200)).toBe('short')
    expect(estimateTextWidth('한국', 10)).toBe(20)
  })
})

describe('layoutLabels', () => {
  it('puts close labels in different lanes', () => {
    const out = layoutLabels(
      [
        { id: 'a', x: 100, text: 'Export controls' },
        { id: 'b', x: 110, text: 'Whitelist removal' },
      ],
      { minX: 0, maxX: 600, fontSize: 11, maxLanes: 3, maxWidth: 200 },
    )
    expect(out.map((p) => p.lane)).toEqual([0, 1])
  })
  it('flips labels near the right edge', () => {
    const [p] = layoutLabels([{ id: 'a', x: 590, text: 'Summit' }], {
      minX: 0,
      maxX: 600,
      fontSize: 11,
      maxLanes: 3,
      maxWidth: 200,
    })
    expect(p!.anchor).toBe('end')
    expect(p!.x1).toBeLessThanOrEqual(600)
  })
  it('never overlaps visible labels in a lane (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.double({ min: 0, max: 800, noNaN: true }),
            text: fc.string({ minLength: 1, maxLength: 40 }),
          }),
          { maxLength: 40 },
        ),
        fc.integer({ min: 200, max: 1600 }),
        fc.integer({ min: 1, max: 4 }),
        (items, width, maxLanes) => {
          const placed = layoutLabels(
            items.map((it, i) => ({ id: String(i), x: (it.x / 800) * width, text: it.text })),
            { minX: 0, maxX: width, fontSize: 11, maxLanes, maxWidth: 180 },
          )
          const visible = placed.filter((p) => !p.hidden)
          for (const p of visible) {
            expect(p.lane).toBeLessThan(maxLanes)
            expect(p.x0).toBeGreaterThanOrEqual(-1e-9)
            expect(p.x1).toBeLessThanOrEqual(width + 1e-9)
          }
          for (let i = 0; i < visible.length; i++)
            for (let j = i + 1; j < visible.length; j++) {
              const a = visible[i]!
              const b = visible[j]!
              if (a.lane !== b.lane) continue
              expect(a.x1 <= b.x0 || b.x1 <= a.x0).toBe(true)
            }
        },
      ),
      { numRuns: 300, seed: 7 },
    )
  })
})
