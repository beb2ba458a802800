import { describe, expect, it } from 'vitest'
import { escapeHtml, shareSnippets } from '../../src/app/share-snippets'
import { DEFAULT_STATE, parseDashboardState } from '../../src/url/state'

const BASE = 'https://pulse.example.org/dash/?age=30-39'

describe('share snippets', () => {
  it('carry the current filters into the link, the iframe and the loader', () => {
    const state = {
      ...DEFAULT_STATE,
      age: '18-29' as const,
      from: 2018,
      to: 2025,
      lang: 'ko' as const,
    }
    const s = shareSnippets(BASE, 'tourism-flows', state, 'Visitors')
    expect(s.link).toBe(
      'https://pulse.example.org/dash/?age=18-29&from=2018&to=2025&lang=ko#tourism-flows',
    )
    const embed = new URL(s.embedUrl)
    expect(embed.pathname).toBe('/dash/embed.html')
    expect(parseDashboardState(embed.search).state).toMatchObject({
      age: '18-29',
      from: 2018,
      to: 2025,
      lang: 'ko',
    })
    expect(embed.searchParams.get('chart')).toBe('tourism-flows')
    expect(s.iframe).toContain(
      'src="https://pulse.example.org/dash/embed.html?chart=tourism-flows&amp;age=18-29',
    )
    expect(s.iframe).toContain('title="ROK–Japan Pulse: Visitors"')
    expect(s.loader).toContain(
      'data-rokjp-chart="tourism-flows" data-age="18-29" data-from="2018" data-to="2025" data-respondents="both" data-measure="favourable" data-lang="ko" data-theme="auto"',
    )
    expect(s.loader).toContain(
      '<script async src="https://pulse.example.org/dash/embed.js"></script>',
    )
    expect(s.loader).toContain('src="https://pulse.example.org/dash/static/tourism-flows.png"')
  })

  it('pins an embed: every view parameter written out, defaults too, and the data version', () => {
    const s = shareSnippets(BASE, 'age-cohorts', DEFAULT_STATE, 'Cohorts', '2026-12-04')
    const embed = new URL(s.embedUrl).searchParams
    // a default changing later must not change a published embed
    expect(Object.fromEntries(embed)).toEqual({
      chart: 'age-cohorts',
      age: 'all',
      respondents: 'both',
      measure: 'favourable',
      lang: 'en',
      theme: 'auto',
      asOf: '2026-12-04',
    })
    expect(s.loader.split('\n')[0]).toBe(
      '<div data-rokjp-chart="age-cohorts" data-age="all" data-respondents="both" data-measure="favourable" data-lang="en" data-theme="auto" data-as-of="2026-12-04">',
    )
    // the link to the dashboard stays short: it is the reader's live view, not a published one
    expect(s.link).toBe('https://pulse.example.org/dash/#age-cohorts')
    // without a known data version nothing is pinned
    expect(
      new URL(shareSnippets(BASE, 'age-cohorts', DEFAULT_STATE, 'C').embedUrl).searchParams.has(
        'asOf',
      ),
    ).toBe(false)
  })

  it('are compact by default; full asks for the dashboard view in the iframe and the loader', () => {
    const compact = shareSnippets(BASE, 'tourism-flows', DEFAULT_STATE, 'Visitors')
    expect(new URL(compact.embedUrl).searchParams.has('full')).toBe(false)
    expect(compact.loader).not.toContain('data-full')
    const full = shareSnippets(BASE, 'tourism-flows', DEFAULT_STATE, 'Visitors', null, {
      full: true,
    })
    expect(new URL(full.embedUrl).searchParams.get('full')).toBe('1')
    expect(full.loader.split('\n')[0]).toContain('data-full="1"')
    // a plain iframe cannot resize itself: the full view gets the taller frame
    const height = (iframe: string) => Number(/ height="(\d+)"/.exec(iframe)?.[1])
    expect(height(full.iframe)).toBeGreaterThan(height(compact.iframe))
    expect(full.link).toBe(compact.link)
  })

  it('escapes anything that could break out of an attribute', () => {
    expect(escapeHtml(`"><script>alert('x')</script>&`)).toBe(
      '&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;',
    )
    const s = shareSnippets(BASE, 'tourism-flows', DEFAULT_STATE, '"><img src=x onerror=alert(1)>')
    expect(s.iframe).not.toContain('"><img')
    expect(s.loader).not.toContain('<img src=x')
  })
})
