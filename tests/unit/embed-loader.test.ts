// @vitest-environment happy-dom
/**
 * public/embed.js, the host-page loader: builds one iframe per div (and adopts plain iframes of
 * its own embed.html), accepts resize messages only from its own frame, origin and chart, with a
 * sane height, asks a frame to measure again when it loads, comes into view or the page is
 * resized, and never throws.
 */
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const LOADER = readFileSync('public/embed.js', 'utf8')
const APP = 'https://pulse.example.org'

function runLoader(src = `${APP}/embed.js`): void {
  const script = document.createElement('script')
  script.setAttribute('src', src)
  Object.defineProperty(document, 'currentScript', { value: script, configurable: true })
  try {
    new Function(LOADER)()
  } finally {
    Object.defineProperty(document, 'currentScript', { value: null, configurable: true })
  }
}

interface FakeWindow {
  name: string
  postMessage: ReturnType<typeof vi.fn>
}

/**
 * Gives each iframe a stand-in window, so messages can name it as their source and requests to
 * it are recorded; its document is out of reach (null), as for a frame showing another origin.
 */
function fakeWindows(): { iframe: HTMLIFrameElement; win: FakeWindow }[] {
  return [...document.querySelectorAll('iframe')].map((iframe) => {
    const win = { name: iframe.src, postMessage: vi.fn() }
    Object.defineProperty(iframe, 'contentWindow', { value: win, configurable: true })
    Object.defineProperty(iframe, 'contentDocument', { value: null, configurable: true })
    return { iframe, win }
  })
}

/** An IntersectionObserver stand-in whose callback the test calls. */
class FakeIO {
  static last: FakeIO | null = null
  observed: Element[] = []
  constructor(readonly cb: (entries: Partial<IntersectionObserverEntry>[]) => void) {
    FakeIO.last = this
  }
  observe(el: Element) {
    this.observed.push(el)
  }
  disconnect() {}
}

function post(data: unknown, source: object | null, origin = APP): void {
  const event = new MessageEvent('message', { data, origin })
  Object.defineProperty(event, 'source', { value: source })
  window.dispatchEvent(event)
}

function addDiv(attrs: Record<string, string>): HTMLDivElement {
  const div = document.createElement('div')
  for (const [k, v] of Object.entries(attrs)) div.setAttribute(k, v)
  document.body.append(div)
  return div
}

beforeEach(() => {
  // happy-dom reports each iframe it does not load (page loading is off in tests) as an error
  vi.spyOn(console, 'error').mockImplementation(() => {})
  delete (window as unknown as Record<string, unknown>).__rokjpPulseEmbed
  const a = addDiv({ id: 'a', 'data-rokjp-chart': 'tourism-flows', 'data-from': '2018' })
  a.setAttribute('data-to', '2025')
  a.append(document.createElement('noscript'))
  addDiv({
    id: 'b',
    'data-rokjp-chart': 'Age-Cohorts',
    'data-lang': 'ko',
    'data-age': '18-29',
    'data-static': '',
  })
})
afterEach(() => {
  document.body.replaceChildren()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('embed.js loader', () => {
  it('turns each div into a lazy, sandboxed iframe of the embed URL on the script origin', () => {
    runLoader()
    const frames = document.querySelectorAll('iframe')
    expect(frames).toHaveLength(2)
    const [a, b] = [...frames]
    const srcA = new URL(a!.src)
    expect(srcA.origin).toBe(APP)
    expect(srcA.pathname).toBe('/embed.html')
    expect(Object.fromEntries(srcA.searchParams)).toEqual({
      chart: 'tourism-flows',
      from: '2018',
      to: '2025',
    })
    expect(Object.fromEntries(new URL(b!.src).searchParams)).toEqual({
      chart: 'age-cohorts',
      age: '18-29',
      lang: 'ko',
      static: '1',
    })
    expect(a!.title).toBe('ROK–Japan Pulse: tourism-flows')
    expect(a!.getAttribute('loading')).toBe('lazy')
    expect(a!.getAttribute('sandbox')).toBe(
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    )
    expect(a!.getAttribute('referrerpolicy')).toBeTruthy()
    expect(a!.style.width).toBe('100%')
    expect(document.querySelector('#a noscript')).toBeNull()
  })

  it('resolves the embed next to the script (a base path is kept)', () => {
    runLoader(`${APP}/pulse/embed.js?v=2`)
    expect(new URL(document.querySelector('iframe')!.src).pathname).toBe('/pulse/embed.html')
  })

  it('URL-encodes attribute values', () => {
    document.body.replaceChildren()
    addDiv({ 'data-rokjp-chart': 'tourism-flows', 'data-sources': 'a&b=c' })
    runLoader()
    const src = document.querySelector('iframe')!.src
    expect(src).toContain('sources=a%26b%3Dc')
    expect(new URL(src).searchParams.get('sources')).toBe('a&b=c')
  })

  it('is idempotent when loaded twice, and picks up divs added later', () => {
    runLoader()
    runLoader()
    expect(document.querySelectorAll('iframe')).toHaveLength(2)
    const late = document.createElement('div')
    late.setAttribute('data-rokjp-chart', 'opinion-vs-tourism')
    document.body.append(late)
    runLoader()
    expect(document.querySelectorAll('iframe')).toHaveLength(3)
  })

  it('sizes each iframe from its own valid resize messages only', () => {
    runLoader()
    const [a, b] = fakeWindows()
    const initialB = b!.iframe.style.height
    post({ type: 'rokjp-pulse:resize', chart: 'tourism-flows', height: 612.4 }, a!.win)
    expect(a!.iframe.style.height).toBe('613px')
    expect(b!.iframe.style.height).toBe(initialB)
    post({ type: 'rokjp-pulse:resize', chart: 'age-cohorts', height: 900 }, b!.win)
    expect(b!.iframe.style.height).toBe('900px')
    expect(a!.iframe.style.height).toBe('613px')
  })

  it('ignores messages from other sources, origins, charts and of bad shape', () => {
    runLoader()
    const [a] = fakeWindows()
    const before = a!.iframe.style.height
    const ok = { type: 'rokjp-pulse:resize', chart: 'tourism-flows', height: 700 }
    post(ok, {}) // another window
    post(ok, null)
    post(ok, a!.win, 'https://evil.example')
    post(ok, a!.win, 'http://pulse.example.org')
    post({ ...ok, chart: 'age-cohorts' }, a!.win)
    post({ ...ok, type: 'rokjp-pulse:resize ' }, a!.win)
    for (const height of [49, 10_001, Number.NaN, Infinity, '700', null, -5])
      post({ ...ok, height }, a!.win)
    post('rokjp-pulse:resize', a!.win)
    post([ok], a!.win)
    expect(a!.iframe.style.height).toBe(before)
  })

  it('never throws into the host page on garbage', () => {
    runLoader()
    const [a] = fakeWindows()
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom')
        },
      },
    )
    expect(() => post(hostile, a!.win)).not.toThrow()
    expect(() => post(undefined, a!.win)).not.toThrow()
    expect(() => post(Symbol('x'), a!.win)).not.toThrow()
    expect(() => runLoader('not a url')).not.toThrow()
    expect(() => runLoader('')).not.toThrow()
  })
  it('passes data-as-of on as asOf and data-full as full=1', () => {
    document.body.replaceChildren()
    addDiv({ 'data-rokjp-chart': 'tourism-flows', 'data-as-of': '2025-11-30', 'data-full': '' })
    runLoader()
    const params = new URL(document.querySelector('iframe')!.src).searchParams
    expect(params.get('asOf')).toBe('2025-11-30')
    expect(params.get('full')).toBe('1')
  })

  it('sizes a plain iframe of its own embed.html, and no other iframe', () => {
    document.body.replaceChildren()
    const plain = (src: string) => {
      const f = document.createElement('iframe')
      f.src = src
      f.setAttribute('height', '640')
      document.body.append(f)
      return f
    }
    const mine = plain(`${APP}/embed.html?chart=%20Opinion-vs-Tourism&from=2018`)
    plain('https://other.example/embed.html?chart=opinion-vs-tourism')
    plain(`${APP}/pulse/embed.html?chart=opinion-vs-tourism`)
    plain(`${APP}/index.html?chart=opinion-vs-tourism`)
    runLoader()
    expect(document.querySelectorAll('[data-rokjp-loaded]')).toHaveLength(1)
    const wins = fakeWindows()
    const ok = { type: 'rokjp-pulse:resize', chart: 'opinion-vs-tourism', height: 1014 }
    for (const { win } of wins.slice(1)) post(ok, win)
    for (const { iframe } of wins.slice(1)) expect(iframe.style.height).toBe('')
    post({ ...ok, chart: 'tourism-flows' }, wins[0]!.win)
    expect(mine.style.height).toBe('')
    post(ok, wins[0]!.win)
    expect(mine.style.height).toBe('1014px')
  })

  it('does not adopt the iframes it built, however often it scans', () => {
    runLoader()
    runLoader()
    const state = (window as unknown as { __rokjpPulseEmbed: { frames: unknown[] } })
      .__rokjpPulseEmbed
    expect(state.frames).toHaveLength(2)
  })

  it('asks a frame to measure when it loads, comes near the viewport, or the page resizes', () => {
    vi.useFakeTimers()
    vi.stubGlobal('IntersectionObserver', FakeIO)
    runLoader()
    const [a, b] = fakeWindows()
    const measureA = [{ type: 'rokjp-pulse:measure', chart: 'tourism-flows' }, APP]
    const measureB = [{ type: 'rokjp-pulse:measure', chart: 'age-cohorts' }, APP]
    expect(FakeIO.last!.observed).toEqual([a!.iframe, b!.iframe])

    a!.iframe.dispatchEvent(new Event('load'))
    expect(a!.win.postMessage.mock.calls).toEqual([measureA])
    expect(b!.win.postMessage).not.toHaveBeenCalled()

    FakeIO.last!.cb([
      { isIntersecting: false, target: a!.iframe },
      { isIntersecting: true, target: b!.iframe },
    ])
    expect(a!.win.postMessage).toHaveBeenCalledTimes(1)
    expect(b!.win.postMessage.mock.calls).toEqual([measureB])

    window.dispatchEvent(new Event('resize'))
    window.dispatchEvent(new Event('resize'))
    expect(a!.win.postMessage).toHaveBeenCalledTimes(1) // debounced
    vi.advanceTimersByTime(250)
    expect(a!.win.postMessage.mock.calls).toEqual([measureA, measureA])
    expect(b!.win.postMessage.mock.calls).toEqual([measureB, measureB])
  })

  it('never asks a frame that does not show the embed yet, nor answers a resize with a request', () => {
    runLoader()
    const [a] = fakeWindows()
    // still the initial about:blank (same origin as the host, so its document is readable)
    Object.defineProperty(a!.iframe, 'contentDocument', {
      value: { URL: 'about:blank' },
      configurable: true,
    })
    a!.iframe.dispatchEvent(new Event('load'))
    Object.defineProperty(a!.iframe, 'contentDocument', {
      value: { URL: 'https://host.example/article' },
      configurable: true,
    })
    a!.iframe.dispatchEvent(new Event('load'))
    expect(a!.win.postMessage).not.toHaveBeenCalled()
    Object.defineProperty(a!.iframe, 'contentDocument', { value: null, configurable: true })
    post({ type: 'rokjp-pulse:resize', chart: 'tourism-flows', height: 700 }, a!.win)
    expect(a!.iframe.style.height).toBe('700px')
    expect(a!.win.postMessage).not.toHaveBeenCalled() // no ping-pong
  })

  it('survives a frame whose window throws', () => {
    runLoader()
    const [a] = fakeWindows()
    a!.win.postMessage.mockImplementation(() => {
      throw new Error('detached')
    })
    expect(() => a!.iframe.dispatchEvent(new Event('load'))).not.toThrow()
  })
})
