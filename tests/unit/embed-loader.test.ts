// @vitest-environment happy-dom
/**
 * public/embed.js, the host-page loader: builds one iframe per div, accepts resize messages
 * only from its own frame, origin and chart, with a sane height, and never throws.
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

/** Gives each built iframe a stand-in window, so messages can name it as their source. */
function fakeWindows(): { iframe: HTMLIFrameElement; win: object }[] {
  return [...document.querySelectorAll('iframe')].map((iframe) => {
    const win = { name: iframe.src }
    Object.defineProperty(iframe, 'contentWindow', { value: win, configurable: true })
    return { iframe, win }
  })
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
})
