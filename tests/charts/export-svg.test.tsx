/**
 * Exported SVG documents: parsed back as XML, self-contained (no CSS variables), captioned
 * (title, source, notes, method breaks, link), escaped, wrapped, in every language.
 */
import { describe, expect, it } from 'vitest'
import { layoutAgeCohorts } from '../../src/charts/age-cohorts/layout'
import { layoutFavorabilityTrend } from '../../src/charts/favorability-trend/layout'
import { layoutTourismFlows } from '../../src/charts/tourism-flows/layout'
import {
  escapeXml,
  exportFontStack,
  fileName,
  renderChartDocument,
  renderChartSvg,
  wrapText,
  type ExportCaption,
} from '../../src/charts/export'
import { estimateTextWidth } from '../../src/charts/core/text'
import { createFormatters } from '../../src/domain/format'
import { CHART_STRINGS } from '../../src/i18n/charts'
import {
  cohortBands,
  cohortGroups,
  tourismSeries,
  trendEvents,
  trendSeries,
} from '../fixtures/charts/cases'

/** Minimal XML well-formedness: every element closed in order, attributes quoted. */
export function assertWellFormed(xml: string): void {
  const stack: string[] = []
  const body = xml.replace(/<\?xml[^>]*\?>/, '')
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g
  let last = 0
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    const between = body.slice(last, m.index)
    expect(between, `stray markup before <${m[2]}>`).not.toMatch(/[<>]/)
    expect(between, 'unescaped &').not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/i)
    last = tag.lastIndex
    if (m[1]) expect(stack.pop(), `closing </${m[2]}>`).toBe(m[2])
    else if (!m[4]) stack.push(m[2]!)
  }
  expect(body.slice(last).trim()).toBe('')
  expect(stack).toEqual([])
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
  expect(doc.documentElement.nodeName.toLowerCase()).toBe('svg')
  return doc
}

const caption: ExportCaption = {
  title: 'How Koreans & Japanese see each other <draft>',
  subtitle: 'Share with a "positive" view, by survey',
  source: 'Genron NPO; Gallup Korea',
  notes: ['Two waves, one note, with a comma.'],
  methodBreaks: [],
  link: 'http://localhost:5173/?age=18-29&from=2018&to=2025',
}

function trendPlot(lang: 'en' | 'ko' | 'ja' = 'en', width = 920, height = 360) {
  return layoutFavorabilityTrend(
    { series: trendSeries, events: trendEvents },
    { width, height },
    { format: createFormatters(lang), labels: CHART_STRINGS[lang].labels },
  )
}

describe('renderChartSvg', () => {
  it('is a well-formed, self-contained, captioned SVG document', () => {
    const svg = renderChartSvg({
      plots: [{ kind: 'time', geometry: trendPlot() }],
      caption,
      theme: 'light',
      lang: 'en',
    })
    assertWellFormed(svg)
    expect(svg).not.toMatch(/NaN|Infinity|undefined|var\(--/)
    expect(svg).not.toMatch(/class=|style=/)
    const doc = parse(svg)
    const root = doc.documentElement
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg')
    const width = Number(root.getAttribute('width'))
    const height = Number(root.getAttribute('height'))
    expect(width).toBeGreaterThan(900)
    expect(height).toBeGreaterThan(360)
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`)
    expect(root.getAttribute('font-family')).toContain('Noto Sans CJK KR')
    // the document's own <title> (first child), escaped and read back intact
    expect(root.querySelector('title')?.textContent).toBe(caption.title)
    expect(root.querySelector('desc')?.textContent).toContain('"positive"')
    const texts = [...root.querySelectorAll('text')].map((t) => t.textContent ?? '')
    expect(texts).toContain('Source: Genron NPO; Gallup Korea')
    expect(texts.join(' ')).toContain('Two waves, one note, with a comma.')
    // geometry notes and method breaks of the plot are merged into the footer
    expect(texts.join(' ')).toContain('Hollow points are provisional or estimated figures.')
    expect(texts).toContain('Method breaks:')
    expect(texts.some((t) => t.includes('Online panel from 2020'))).toBe(true)
    expect(texts.some((t) => t.startsWith('View in ROK–Japan Pulse: http://localhost:5173/'))).toBe(
      true,
    )
    // legend: one entry per visible series
    for (const s of trendSeries) expect(texts).toContain(s.label)
  })

  it('draws the same geometry as the chart (no second copy)', () => {
    const g = trendPlot()
    const svg = renderChartSvg({
      plots: [{ kind: 'time', geometry: g }],
      caption,
      theme: 'light',
      lang: 'en',
    })
    for (const line of g.panels.flatMap((p) => p.lines)) expect(svg).toContain(`d="${line.d}"`)
  })

  it('leaves hidden series out of the legend and the plot', () => {
    const g = layoutFavorabilityTrend(
      { series: trendSeries },
      { width: 600, height: 300 },
      {
        hidden: ['b'],
      },
    )
    const svg = renderChartSvg({
      plots: [{ kind: 'time', geometry: g }],
      caption,
      theme: 'light',
      lang: 'en',
    })
    expect(svg).not.toContain('>Source B<')
    expect(svg).toContain('>Source A<')
  })

  it('uses concrete dark colours in the dark theme', () => {
    const svg = renderChartSvg({
      plots: [{ kind: 'time', geometry: trendPlot() }],
      caption,
      theme: 'dark',
      lang: 'en',
    })
    expect(svg).toContain('fill="#121417"')
    expect(svg).toContain(trendSeries[0]!.color.dark)
    expect(svg).not.toContain('var(--')
  })

  it('lays out to a requested size when given a layout function', () => {
    const { svg, width, height } = renderChartDocument({
      plots: (size) => [
        {
          kind: 'time',
          geometry: layoutTourismFlows({ series: tourismSeries }, size, { mode: 'annual' }),
        },
      ],
      caption: { title: 'Visitors', source: 'JNTO; KTO' },
      size: { width: 960, height: 540 },
      theme: 'light',
      lang: 'en',
    })
    expect(width).toBe(960)
    expect(height).toBe(540)
    assertWellFormed(svg)
  })

  it('renders the age-cohort chart with its caption', () => {
    const g = layoutAgeCohorts(
      { groups: cohortGroups, bands: cohortBands },
      { width: 600, height: 0 },
    )
    const svg = renderChartSvg({
      plots: [{ kind: 'cohorts', geometry: g }],
      caption: { title: 'By age', source: 'Synthetic' },
      theme: 'light',
      lang: 'en',
    })
    assertWellFormed(svg)
    expect(parse(svg).documentElement.querySelector('title')?.textContent).toBe('By age')
    expect(svg).toContain('Age bands as each source published them')
    expect(svg).not.toMatch(/NaN|var\(--/)
  })

  it('carries Korean and Japanese text, with the language-first CJK font', () => {
    for (const lang of ['ko', 'ja'] as const) {
      const s = CHART_STRINGS[lang]
      const svg = renderChartSvg({
        plots: [{ kind: 'time', geometry: trendPlot(lang) }],
        caption: { title: s.titles['favorability-trend'], source: 'Genron NPO' },
        theme: 'light',
        lang,
        labels: s.labels,
      })
      assertWellFormed(svg)
      const root = parse(svg).documentElement
      expect(root.querySelector('title')?.textContent).toBe(s.titles['favorability-trend'])
      expect(svg).toContain(`${s.labels.source}: Genron NPO`)
      expect(svg).toContain(`xml:lang="${lang}"`)
      const font = root.getAttribute('font-family') ?? ''
      expect(font.indexOf(lang === 'ja' ? 'CJK JP' : 'CJK KR')).toBeLessThan(
        font.indexOf(lang === 'ja' ? 'CJK KR' : 'CJK JP'),
      )
    }
    expect(
      renderChartSvg({
        plots: [{ kind: 'time', geometry: trendPlot('ko') }],
        caption: { title: CHART_STRINGS.ko.titles['tourism-flows'] },
        theme: 'light',
        lang: 'ko',
      }),
    ).toContain('한일 간 방문객')
  })

  it('wraps long caption text to the width', () => {
    const long = Array.from({ length: 40 }, (_, i) => `note${i}`).join(' ')
    const { svg, width } = renderChartDocument({
      plots: [{ kind: 'time', geometry: trendPlot('en', 400, 300) }],
      caption: { title: 'T', notes: [long], link: `http://x/${'a'.repeat(200)}` },
      theme: 'light',
      lang: 'en',
    })
    const texts = [...parse(svg).documentElement.querySelectorAll('text')]
    let checked = 0
    for (const t of texts) {
      const x = Number(t.getAttribute('x'))
      if (t.getAttribute('text-anchor') || !t.parentElement || t.parentElement.nodeName !== 'svg')
        continue
      const w = estimateTextWidth(t.textContent ?? '', Number(t.getAttribute('font-size')))
      expect(x + w, t.textContent ?? '').toBeLessThanOrEqual(width)
      checked++
    }
    expect(checked).toBeGreaterThan(5)
  })
})

describe('text helpers', () => {
  it('escapes the five XML characters', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f')
  })

  it('wraps Latin at spaces, Korean at spaces, Japanese anywhere but before 、。', () => {
    expect(wrapText('one two three four', 10, 60)).toEqual(['one two', 'three four'])
    const ko = wrapText('연령대는 각 출처가 공표한 그대로이며, 출처끼리 합치지 않습니다.', 12, 120)
    expect(ko.length).toBeGreaterThan(1)
    expect(ko.join(' ')).toBe('연령대는 각 출처가 공표한 그대로이며, 출처끼리 합치지 않습니다.')
    const ja = wrapText('年齢層は各出典が公表したとおりで、出典をまたいで統合しません。', 12, 100)
    expect(ja.length).toBeGreaterThan(1)
    expect(ja.join('')).toBe('年齢層は各出典が公表したとおりで、出典をまたいで統合しません。')
    for (const line of ja) expect(line).not.toMatch(/^[、。]/)
    expect(wrapText('x'.repeat(50), 10, 60).every((l) => l.length <= 10)).toBe(true)
  })

  it('names the font stack with Noto first', () => {
    expect(exportFontStack('en').startsWith("'Noto Sans', 'Noto Sans CJK KR'")).toBe(true)
    expect(exportFontStack('ja')).toMatch(/Noto Sans CJK JP.*Noto Sans CJK KR.*sans-serif$/)
  })

  it('builds descriptive file names', () => {
    expect(fileName('favorability-trend', { age: '18-29', from: 2018, to: 2025, lang: 'en' })).toBe(
      'rokjp-pulse_favorability-trend_age-18-29_2018-2025.svg',
    )
    expect(fileName('age-cohorts', { age: '70+', lang: 'ko' }, 'png')).toBe(
      'rokjp-pulse_age-cohorts_age-70plus_ko.png',
    )
    expect(
      fileName('tourism-flows', { from: 2018, respondents: 'KR', variant: 'monthly' }, 'csv'),
    ).toBe('rokjp-pulse_tourism-flows_monthly_2018-latest_kr-respondents.csv')
  })
})
