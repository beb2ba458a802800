/** The embed's query string and its resize reporter (pure parts of src/embed). */
import { describe, expect, it } from 'vitest'
import { DEFAULT_STATE } from '../../src/url/state'
import { parseEmbedParams } from '../../src/embed/params'
import { startResizeReporter, type ResizeMessage } from '../../src/embed/resize'

describe('parseEmbedParams', () => {
  it('reads the chart id and the dashboard parameters', () => {
    const p = parseEmbedParams('?chart=tourism-flows&from=2018&to=2025&lang=ko&theme=dark')
    expect(p.chart).toBe('tourism-flows')
    expect(p.state).toMatchObject({ from: 2018, to: 2025, lang: 'ko', theme: 'dark' })
    expect(p.ignored).toEqual([])
    expect(p.isStatic).toBe(false)
  })

  it('falls back to the default for a bad parameter and reports it', () => {
    const p = parseEmbedParams('chart=tourism-flows&age=banana')
    expect(p.chart).toBe('tourism-flows')
    expect(p.state.age).toBe(DEFAULT_STATE.age)
    expect(p.ignored).toEqual([{ name: 'age', value: 'banana' }])
  })

  it('knows unknown and missing chart ids', () => {
    expect(parseEmbedParams('chart=nope')).toMatchObject({ chart: null, requestedChart: 'nope' })
    expect(parseEmbedParams('')).toMatchObject({ chart: null, requestedChart: '' })
    expect(parseEmbedParams('chart=%20Age-Cohorts%20').chart).toBe('age-cohorts')
  })

  it('reads static=1 (and reports a value it does not understand)', () => {
    expect(parseEmbedParams('chart=age-cohorts&static=1').isStatic).toBe(true)
    expect(parseEmbedParams('chart=age-cohorts&static').isStatic).toBe(true)
    expect(parseEmbedParams('chart=age-cohorts&static=0').isStatic).toBe(false)
    const odd = parseEmbedParams('chart=age-cohorts&static=maybe')
    expect(odd.isStatic).toBe(false)
    expect(odd.ignored).toEqual([{ name: 'static', value: 'maybe' }])
  })

  it('is compact unless full=1 asks for the dashboard view (and reports a value it does not understand)', () => {
    expect(parseEmbedParams('chart=age-cohorts').full).toBe(false)
    expect(parseEmbedParams('chart=age-cohorts&full=1').full).toBe(true)
    expect(parseEmbedParams('chart=age-cohorts&full=true').full).toBe(true)
    expect(parseEmbedParams('chart=age-cohorts&full=0').full).toBe(false)
    const odd = parseEmbedParams('chart=age-cohorts&full=all&static=1')
    expect(odd.full).toBe(false)
    expect(odd.isStatic).toBe(true)
    expect(odd.ignored).toEqual([{ name: 'full', value: 'all' }])
  })
})

describe('startResizeReporter', () => {
  class FakeObserver {
    static last: FakeObserver | null = null
    constructor(readonly cb: () => void) {
      FakeObserver.last = this
    }
    observe() {}
    disconnect() {}
  }

  it('posts integer heights to the parent, skipping duplicates', () => {
    const sent: ResizeMessage[] = []
    let height = 431.2
    startResizeReporter('age-cohorts', {
      observe: [],
      measure: () => height,
      target: { postMessage: (m) => sent.push(m) },
      ResizeObserverImpl: FakeObserver as unknown as typeof ResizeObserver,
    })
    expect(sent).toEqual([{ type: 'rokjp-pulse:resize', chart: 'age-cohorts', height: 432 }])
    FakeObserver.last!.cb()
    expect(sent).toHaveLength(1)
    height = 610
    FakeObserver.last!.cb()
    expect(sent.at(-1)).toEqual({ type: 'rokjp-pulse:resize', chart: 'age-cohorts', height: 610 })
    expect(sent.every((m) => Number.isInteger(m.height))).toBe(true)
  })

  it('posts nothing at top level or for a zero height, and survives a throwing parent', () => {
    expect(() =>
      startResizeReporter('x', { observe: [], measure: () => 500, target: null }),
    ).not.toThrow()
    const sent: unknown[] = []
    startResizeReporter('x', {
      observe: [],
      measure: () => 0,
      target: { postMessage: (m) => sent.push(m) },
    })
    expect(sent).toEqual([])
    expect(() =>
      startResizeReporter('x', {
        observe: [],
        measure: () => 500,
        target: {
          postMessage: () => {
            throw new Error('detached')
          },
        },
      }),
    ).not.toThrow()
  })

  it('reads the data version a published embed is pinned to, and reports a bad one', () => {
    expect(parseEmbedParams('?chart=age-cohorts&asOf=2026-03-01').asOf).toBe('2026-03-01')
    expect(parseEmbedParams('?chart=age-cohorts').asOf).toBeNull()
    for (const bad of ['2026-02-30', 'yesterday', '2026-3-1']) {
      const p = parseEmbedParams(`?chart=age-cohorts&asOf=${bad}`)
      expect(p.asOf).toBeNull()
      expect(p.ignored).toContainEqual({ name: 'asOf', value: bad })
      expect(p.chart).toBe('age-cohorts')
    }
  })
})
