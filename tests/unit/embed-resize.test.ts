/**
 * src/embed/resize.ts: the embed reports its height on every path that still runs in a frame
 * whose rendering Chromium has paused (off screen, cross-origin): DOM mutations, a timer, load
 * and font events, and the parent's "measure now" request. Duplicates are skipped, except for
 * that request; a taller frame never makes a taller report.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  MEASURE_MESSAGE_TYPE,
  RESIZE_FALLBACK_INTERVAL_MS,
  isMeasureRequest,
  startResizeReporter,
  type ResizeEvents,
  type ResizeMessage,
  type ResizeTarget,
} from '../../src/embed/resize'

/** Stands in for ResizeObserver and MutationObserver: records callbacks, observes nothing. */
function fakeObserver() {
  const instances: { cb: () => void; observed: unknown[]; disconnected: boolean }[] = []
  class Fake {
    readonly rec: (typeof instances)[number]
    constructor(cb: () => void) {
      this.rec = { cb, observed: [], disconnected: false }
      instances.push(this.rec)
    }
    observe(el: unknown, options?: unknown) {
      this.rec.observed.push(options ? [el, options] : el)
    }
    disconnect() {
      this.rec.disconnected = true
    }
  }
  return { Impl: Fake, instances, fire: () => instances.forEach((i) => i.cb()) }
}

function fakeWindow(): ResizeEvents & EventTarget & { document: { fonts: EventTarget } } {
  return Object.assign(new EventTarget(), { document: { fonts: new EventTarget() } })
}

function message(data: unknown, source: unknown): Event {
  const event = new Event('message')
  Object.defineProperties(event, { data: { value: data }, source: { value: source } })
  return event
}

const el = {} as Element

function setup(overrides: { height?: number } = {}) {
  const sent: ResizeMessage[] = []
  const state = { height: overrides.height ?? 612.3 }
  const target: ResizeTarget = { postMessage: (m) => sent.push(m) }
  const ro = fakeObserver()
  const mo = fakeObserver()
  const win = fakeWindow()
  const reporter = startResizeReporter('tourism-flows', {
    observe: [el],
    measure: () => state.height,
    target,
    ResizeObserverImpl: ro.Impl as unknown as typeof ResizeObserver,
    MutationObserverImpl: mo.Impl as unknown as typeof MutationObserver,
    events: win,
  })
  return { sent, state, target, ro, mo, win, reporter, heights: () => sent.map((m) => m.height) }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('startResizeReporter in a paused frame', () => {
  it('posts the first height at once, in the contract shape', () => {
    const { sent, reporter } = setup()
    expect(sent).toEqual([{ type: 'rokjp-pulse:resize', chart: 'tourism-flows', height: 613 }])
    reporter.stop()
  })

  it('measures on every DOM mutation batch (microtasks still run when rendering is paused)', () => {
    const { mo, state, heights, reporter } = setup()
    expect(mo.instances).toHaveLength(1)
    expect(mo.instances[0]!.observed).toEqual([
      [el, { subtree: true, childList: true, attributes: true, characterData: true }],
    ])
    state.height = 1600
    mo.fire()
    mo.fire() // same height: not sent again
    expect(heights()).toEqual([613, 1600])
    reporter.stop()
  })

  it('measures on a timer, for layout changes that touch no DOM', () => {
    const { state, heights, reporter } = setup()
    state.height = 2122
    vi.advanceTimersByTime(RESIZE_FALLBACK_INTERVAL_MS - 1)
    expect(heights()).toEqual([613])
    vi.advanceTimersByTime(1)
    expect(heights()).toEqual([613, 2122])
    vi.advanceTimersByTime(RESIZE_FALLBACK_INTERVAL_MS * 10)
    expect(heights()).toEqual([613, 2122])
    reporter.stop()
  })

  it('measures on load and when web fonts have loaded', () => {
    const { state, win, heights, reporter } = setup()
    state.height = 700
    win.dispatchEvent(new Event('load'))
    state.height = 720
    win.document.fonts.dispatchEvent(new Event('loadingdone'))
    expect(heights()).toEqual([613, 700, 720])
    reporter.stop()
  })

  it('answers the parent’s measure request with the current height, even unchanged', () => {
    const { target, win, heights, reporter } = setup()
    win.dispatchEvent(message({ type: MEASURE_MESSAGE_TYPE, chart: 'tourism-flows' }, target))
    win.dispatchEvent(message({ type: MEASURE_MESSAGE_TYPE, chart: 'tourism-flows' }, target))
    expect(heights()).toEqual([613, 613, 613])
    reporter.stop()
  })

  it('ignores requests from anyone but the parent, for another chart, or of another shape', () => {
    const { target, win, heights, reporter } = setup()
    const ok = { type: MEASURE_MESSAGE_TYPE, chart: 'tourism-flows' }
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom')
        },
      },
    )
    for (const event of [
      message(ok, {}), // another window
      message(ok, null),
      message({ ...ok, chart: 'age-cohorts' }, target),
      message({ ...ok, type: 'rokjp-pulse:resize' }, target),
      message({ type: 'rokjp-pulse:measure ', chart: 'tourism-flows' }, target),
      message('rokjp-pulse:measure', target),
      message([ok], target),
      message(null, target),
      message(hostile, target),
    ])
      expect(() => win.dispatchEvent(event)).not.toThrow()
    expect(heights()).toEqual([613])
    reporter.stop()
  })

  it('never grows by itself: posting a height does not change the next measurement', () => {
    // a frame whose measurement followed the viewport would grow on every message
    let frameHeight = 480
    const content = 1601.2
    const sent: number[] = []
    const reporter = startResizeReporter('favorability-trend', {
      observe: [],
      measure: () => content,
      target: {
        postMessage: (m) => {
          sent.push(m.height)
          frameHeight = m.height
        },
      },
      ResizeObserverImpl: fakeObserver().Impl as unknown as typeof ResizeObserver,
      events: fakeWindow(),
    })
    vi.advanceTimersByTime(RESIZE_FALLBACK_INTERVAL_MS * 20)
    expect(sent).toEqual([1602])
    expect(frameHeight).toBe(1602)
    reporter.stop()
  })

  it('stops everything it started', () => {
    const { ro, mo, win, state, target, heights, reporter } = setup()
    reporter.stop()
    expect(ro.instances[0]!.disconnected).toBe(true)
    expect(mo.instances[0]!.disconnected).toBe(true)
    state.height = 900
    vi.advanceTimersByTime(RESIZE_FALLBACK_INTERVAL_MS * 3)
    win.dispatchEvent(new Event('load'))
    win.dispatchEvent(message({ type: MEASURE_MESSAGE_TYPE, chart: 'tourism-flows' }, target))
    expect(heights()).toEqual([613])
    expect(vi.getTimerCount()).toBe(0)
  })

  it('starts nothing at top level', () => {
    const ro = fakeObserver()
    const mo = fakeObserver()
    const win = fakeWindow()
    const add = vi.spyOn(win, 'addEventListener')
    startResizeReporter('x', {
      observe: [el],
      measure: () => 500,
      target: null,
      ResizeObserverImpl: ro.Impl as unknown as typeof ResizeObserver,
      MutationObserverImpl: mo.Impl as unknown as typeof MutationObserver,
      events: win,
    })
    expect(ro.instances).toHaveLength(0)
    expect(mo.instances).toHaveLength(0)
    expect(add).not.toHaveBeenCalled()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('keeps working when an observer cannot be created', () => {
    const sent: number[] = []
    const Broken = function () {
      throw new Error('no')
    } as unknown as typeof MutationObserver
    const reporter = startResizeReporter('x', {
      observe: [el],
      measure: () => 500,
      target: { postMessage: (m) => sent.push(m.height) },
      ResizeObserverImpl: Broken as unknown as typeof ResizeObserver,
      MutationObserverImpl: Broken,
      events: fakeWindow(),
    })
    expect(sent).toEqual([500])
    reporter.stop()
  })
})

describe('isMeasureRequest', () => {
  it('accepts exactly the documented shape', () => {
    expect(
      isMeasureRequest({ type: 'rokjp-pulse:measure', chart: 'age-cohorts' }, 'age-cohorts'),
    ).toBe(true)
    expect(isMeasureRequest({ type: 'rokjp-pulse:measure' }, 'age-cohorts')).toBe(false)
    expect(
      isMeasureRequest({ type: 'rokjp-pulse:measure', chart: 'AGE-COHORTS' }, 'age-cohorts'),
    ).toBe(false)
    expect(isMeasureRequest(undefined, 'age-cohorts')).toBe(false)
  })
})
