import { describe, expect, it } from 'vitest'
import { layoutFavorabilityTrend } from '../../src/charts/favorability-trend/layout'
import { layoutOpinionVsTourism, pointsAtX } from '../../src/charts/opinion-vs-tourism/layout'
import { layoutTourismFlows, tourismModes } from '../../src/charts/tourism-flows/layout'
import { estimateTextWidth } from '../../src/charts/core/text'
import { createFormatters } from '../../src/domain/format'
import {
  series,
  tourismEvents,
  tourismSeries,
  trendEvents,
  trendLeaders,
  trendSeries,
} from '../fixtures/charts/cases'
import { findNonFinite, moveCount } from './helpers'

const SIZE = { width: 640, height: 360 }
const NARROW = { width: 320, height: 360 }

describe('layoutFavorabilityTrend', () => {
  it('handles empty input', () => {
    const g = layoutFavorabilityTrend({ series: [] }, SIZE)
    expect(g.empty).toBe(true)
    expect(g.nav).toEqual([])
    expect(g.table.rows).toEqual([])
    expect(findNonFinite(g)).toEqual([])
  })

  it('handles series with no valid points', () => {
    const g = layoutFavorabilityTrend(
      {
        series: [
          series('a', [
            ['2019', null],
            ['bad', 3],
            ['2020', Number.NaN],
          ]),
        ],
      },
      SIZE,
    )
    expect(g.empty).toBe(true)
    expect(g.panels).toHaveLength(1)
    expect(findNonFinite(g)).toEqual([])
  })

  it('handles a single point: a dot, no line, sane domain', () => {
    const g = layoutFavorabilityTrend({ series: [series('a', [['2019', 40]])] }, SIZE)
    const p = g.panels[0]!
    expect(p.lines).toEqual([])
    expect(p.points).toHaveLength(1)
    expect(p.points[0]!.r).toBeGreaterThan(0)
    expect(g.xDomain).toEqual([2019, 2020])
    expect(p.points[0]!.x).toBeCloseTo(g.plot.x + g.plot.width / 2)
    expect(findNonFinite(g)).toEqual([])
  })

  it('handles all zeros: a flat line on the baseline', () => {
    const g = layoutFavorabilityTrend(
      {
        series: [
          series('a', [
            ['2019', 0],
            ['2020', 0],
            ['2021', 0],
          ]),
        ],
      },
      SIZE,
    )
    const p = g.panels[0]!
    const bottom = p.rect.y + p.rect.height
    expect(p.points.every((pt) => Math.abs(pt.y - bottom) < 0.01)).toBe(true)
    expect(p.yTicks[0]!.value).toBe(0)
    expect(findNonFinite(g)).toEqual([])
  })

  it('never bridges a gap: gapAfter, missing expected wave, break', () => {
    const g = layoutFavorabilityTrend({ series: trendSeries }, SIZE)
    const percent = g.panels.find((p) => p.unit === 'percent')!
    const a = percent.lines.filter((l) => l.seriesKey === 'a')
    // 2013–2017 | 2019 (break at 2020) | 2020–2023
    expect(a).toHaveLength(2)
    expect(a.every((l) => moveCount(l.d) === 1)).toBe(true)
    const aPoints = percent.points.filter((p) => p.info.seriesKey === 'a')
    expect(aPoints).toHaveLength(10)
    // The isolated 2019 point is drawn as a dot.
    expect(aPoints.find((p) => p.info.period === '2019')!.r).toBeGreaterThan(0)
    // Series b: biennial, all expected waves present → one line.
    expect(percent.lines.filter((l) => l.seriesKey === 'b')).toHaveLength(1)
  })

  it('splits at a missing expected wave', () => {
    const s = series(
      'b',
      [
        ['2013', 60],
        ['2017', 50],
        ['2019', 45],
      ],
      {
        expectedPeriods: ['2013', '2015', '2017', '2019'],
      },
    )
    const g = layoutFavorabilityTrend({ series: [s] }, SIZE)
    expect(g.panels[0]!.lines).toHaveLength(1) // only 2017–2019 connect
    // without expected waves the line joins across, and the four-year join is drawn dotted
    const s2 = { ...s, expectedPeriods: undefined }
    const lines = layoutFavorabilityTrend({ series: [s2] }, SIZE).panels[0]!.lines
    expect(lines.map((l) => l.dash)).toEqual(['long', undefined])
    for (const l of lines) expect(moveCount(l.d)).toBe(1)
  })

  it('dots every join longer than two years and says so in the notes, never a shorter one', () => {
    const s = series('b', [
      ['2013', 60],
      ['2015', 55],
      ['2019', 45],
      ['2020', 44],
    ])
    const g = layoutFavorabilityTrend({ series: [s] }, SIZE)
    expect(g.panels[0]!.lines.map((l) => l.dash ?? 'solid')).toEqual(['solid', 'long', 'solid'])
    expect(g.notes.some((n) => n.startsWith('Dotted lines join'))).toBe(true)
    const close = series('c', [
      ['2013', 60],
      ['2015', 55],
    ])
    const h = layoutFavorabilityTrend({ series: [close] }, SIZE)
    expect(h.panels[0]!.lines.map((l) => l.dash)).toEqual([undefined])
    expect(h.notes.some((n) => n.startsWith('Dotted lines join'))).toBe(false)
  })

  it('dashes a line about the people, and keys it in the notes', () => {
    const s = series('p', [
      ['2019', 40],
      ['2020', 45],
    ])
    const g = layoutFavorabilityTrend({ series: [{ ...s, dashed: true }] }, SIZE)
    expect(g.panels[0]!.lines.map((l) => l.dash)).toEqual(['people'])
    expect(g.notes.some((n) => n.startsWith('Dashed lines'))).toBe(true)
  })

  it('rings medium- and low-confidence points and keys them in the notes', () => {
    const s = series('q', [
      ['2019', 40],
      ['2020', 45],
      ['2021', 47],
    ])
    s.points = s.points.map((p, i) => ({
      ...p,
      confidence: (['high', 'medium', 'low'] as const)[i],
    }))
    const g = layoutFavorabilityTrend({ series: [s] }, SIZE)
    expect(g.panels[0]!.points.map((p) => p.confidence)).toEqual([undefined, 'medium', 'low'])
    expect(g.notes.some((n) => n.startsWith('Ringed points'))).toBe(true)
    const sure = { ...s, points: s.points.map((p) => ({ ...p, confidence: 'high' as const })) }
    expect(
      layoutFavorabilityTrend({ series: [sure] }, SIZE).notes.some((n) =>
        n.startsWith('Ringed points'),
      ),
    ).toBe(false)
  })

  it('marks a gap on the axis and lists it with its reason, never a value', () => {
    const s = series('g', [
      ['2019', 40],
      ['2021', 45],
    ])
    s.gaps = [{ from: '2020', to: '2020', reason: 'noWave' }]
    const g = layoutFavorabilityTrend({ series: [s] }, SIZE)
    const bar = g.panels[0]!.gaps[0]!
    expect(bar.title).toBe('Source G: no wave fielded (2020)')
    expect(bar.x1).toBeGreaterThan(bar.x0)
    // the bar sits where 2020 is, between the two points, and nothing is plotted there
    const [p19, p21] = g.panels[0]!.points
    expect(bar.x0).toBeGreaterThan(p19!.x)
    expect(bar.x1).toBeLessThan(p21!.x)
    expect(g.panels[0]!.points).toHaveLength(2)
    expect(g.notes).toContain(
      'Bars on the time axis mark periods with no figure: Source G: 2020, no wave fielded.',
    )
    // a gap outside the range drawn is neither marked nor listed
    const out = layoutFavorabilityTrend({ series: [s] }, SIZE, { xRange: [2021, 2022] })
    expect(out.panels[0]!.gaps).toEqual([])
  })

  it('tables each point with who ran the wave, its confidence and a link to its page', () => {
    const s = series('t', [['2025', 52.4]])
    s.points = s.points.map((p) => ({
      ...p,
      conductedBy: 'EAI with API and KEI',
      confidence: 'medium' as const,
      sourceUrl: 'https://example.org/page',
    }))
    s.question = 'Impression of Japan (paraphrase)'
    const g = layoutFavorabilityTrend({ series: [s] }, SIZE)
    const row = g.table.rows[0]!
    expect(row).toContain('EAI with API and KEI')
    expect(row).toContain('medium (one news page)')
    expect(row.at(-1)).toEqual({ text: 'example.org', href: 'https://example.org/page' })
    expect(g.table.questions).toEqual([
      { series: 'Source T', text: 'Impression of Japan (paraphrase)' },
    ])
  })

  it('draws the break marker between the waves it separates, with its label', () => {
    const g = layoutFavorabilityTrend({ series: trendSeries }, SIZE)
    const percent = g.panels.find((p) => p.unit === 'percent')!
    expect(percent.breaks).toHaveLength(1)
    const b = percent.breaks[0]!
    const x2019 = percent.points.find((p) => p.id === 'a@2019')!.x
    const x2020 = percent.points.find((p) => p.id === 'a@2020')!.x
    expect(b.x).toBeGreaterThan(x2019)
    expect(b.x).toBeLessThan(x2020)
    expect(b.label.fullText).toBe('Online panel from 2020')
    expect(g.breakNotes[0]).toContain('Online panel from 2020')
  })

  it('keeps a short panel to one lane of break labels; every break keeps its rule', () => {
    const twoBreaks = [
      series(
        'a',
        [
          ['2019', 30],
          ['2020', 20],
          ['2021', 25],
        ],
        {
          breaks: [{ period: '2020', label: 'Online panel from 2020' }],
        },
      ),
      series(
        'b',
        [
          ['2019', 35],
          ['2020', 30],
          ['2021', 33],
        ],
        {
          breaks: [{ period: '2020', label: 'Age base changed' }],
        },
      ),
    ]
    const visible = (height: number) => {
      const g = layoutFavorabilityTrend({ series: twoBreaks }, { width: 640, height })
      const percent = g.panels.find((p) => p.unit === 'percent')!
      expect(percent.breaks).toHaveLength(2)
      expect(g.breakNotes).toHaveLength(2)
      return { n: percent.breaks.filter((b) => !b.label.hidden).length, h: percent.rect.height }
    }
    const tall = visible(360)
    expect(tall.h).toBeGreaterThanOrEqual(120)
    expect(tall.n).toBe(2)
    const short = visible(150)
    expect(short.h).toBeLessThan(120)
    expect(short.n).toBe(1)
  })

  it('stacks one panel per unit, percent above thermometer', () => {
    const g = layoutFavorabilityTrend({ series: trendSeries }, SIZE)
    expect(g.panels.map((p) => p.unit)).toEqual(['percent', 'thermometer'])
    const [pc, th] = g.panels
    expect(pc!.rect.y + pc!.rect.height).toBeLessThan(th!.rect.y)
    expect(th!.yTicks.at(-1)!.value).toBe(100)
  })

  it('marks estimated points hollow', () => {
    const g = layoutFavorabilityTrend({ series: trendSeries }, SIZE)
    const pts = g.panels[0]!.points
    expect(pts.find((p) => p.id === 'a@2021')!.hollow).toBe(true)
    expect(pts.find((p) => p.id === 'a@2022')!.hollow).toBe(false)
  })

  it('computes sampling-error bands from n', () => {
    const s = series('a', [
      ['2019', 50],
      ['2020', 20],
    ])
    s.points = s.points.map((p) => ({ ...p, sampleSize: 1000 }))
    const g = layoutFavorabilityTrend({ series: [s] }, SIZE, { samplingError: true })
    const p = g.panels[0]!
    expect(p.bands).toHaveLength(1)
    expect(p.bandLabel!.text).toBe('95% sampling error only')
    expect(p.points[0]!.info.marginOfError).toBeCloseTo(3.099, 3)
    expect(p.points[1]!.info.marginOfError).toBeCloseTo(1.96 * Math.sqrt(0.16 / 1000) * 100, 6)
    expect(g.notes.some((n) => n.includes('computed here from the published n'))).toBe(true)
    // Off by default.
    expect(layoutFavorabilityTrend({ series: [s] }, SIZE).panels[0]!.bands).toEqual([])
  })

  it('draws no band from a whole-survey n and says why a point has none', () => {
    const s = series('a', [
      ['2019', 50],
      ['2020', 20],
      ['2021', 30],
    ])
    // 2019 and 2020 carry the band's own n; 2021 only the whole survey's (an age band)
    s.points = s.points.map((p, i) =>
      i < 2 ? { ...p, sampleSize: 400 } : { ...p, sampleSize: null, surveySampleSize: 1600 },
    )
    const g = layoutFavorabilityTrend({ series: [s] }, SIZE, { samplingError: true })
    const byPeriod = new Map(g.panels[0]!.points.map((p) => [p.info.period, p.info]))
    expect(byPeriod.get('2021')?.marginOfError).toBeNull()
    expect(byPeriod.get('2021')?.surveySampleSize).toBe(1600)
    expect(byPeriod.get('2020')?.marginOfError).toBeCloseTo(1.96 * Math.sqrt(0.16 / 400) * 100, 6)
    expect(g.notes.some((n) => n.startsWith('Points without a band'))).toBe(true)
    // every point with its own n: no such note; sampling error off: no note either
    const own = { ...s, points: s.points.map((p) => ({ ...p, sampleSize: 400 })) }
    const full = layoutFavorabilityTrend({ series: [own] }, SIZE, { samplingError: true })
    expect(full.notes.some((n) => n.startsWith('Points without a band'))).toBe(false)
    const off = layoutFavorabilityTrend({ series: [s] }, SIZE)
    expect(off.notes.some((n) => n.startsWith('Points without a band'))).toBe(false)
  })

  it('a lone point with n gets a whisker instead of a band', () => {
    const s = series('a', [['2019', 50]])
    s.points[0]!.sampleSize = 500
    const g = layoutFavorabilityTrend({ series: [s] }, SIZE, { samplingError: true })
    expect(g.panels[0]!.whiskers).toHaveLength(1)
    const w = g.panels[0]!.whiskers[0]!
    expect(w.y1).toBeGreaterThan(w.y2)
  })

  it('hiding a series keeps the others (and the x domain)', () => {
    const all = layoutFavorabilityTrend({ series: trendSeries }, SIZE)
    const hid = layoutFavorabilityTrend({ series: trendSeries }, SIZE, { hidden: ['a'] })
    expect(hid.xDomain).toEqual(all.xDomain)
    expect(hid.legend.find((l) => l.key === 'a')!.hidden).toBe(true)
    expect(hid.legend.map((l) => l.color)).toEqual(all.legend.map((l) => l.color))
    expect(hid.nav.flat().some((p) => p.info.seriesKey === 'a')).toBe(false)
  })

  it('zooms with xRange and lists exactly the plotted rows', () => {
    const g = layoutFavorabilityTrend({ series: trendSeries }, SIZE, { xRange: [2019, 2022] })
    expect(g.xDomain).toEqual([2019, 2022])
    const periods = g.nav.flat().map((p) => p.info.period)
    expect(periods.every((p) => p >= '2019' && p <= '2021')).toBe(true)
    expect(g.table.rows).toHaveLength(g.nav.flat().length)
    expect(g.yearExtent).toEqual([2013, 2023])
  })

  it('places event labels without overlap and leader bands within the plot', () => {
    for (const size of [NARROW, SIZE, { width: 1600, height: 500 }]) {
      const g = layoutFavorabilityTrend(
        { series: trendSeries, events: trendEvents, leaders: trendLeaders },
        size,
      )
      const vis = g.events.filter((e) => !e.label.hidden)
      for (let i = 0; i < vis.length; i++)
        for (let j = i + 1; j < vis.length; j++) {
          const a = vis[i]!.label
          const b = vis[j]!.label
          if (a.lane === b.lane) expect(a.x1 <= b.x0 || b.x1 <= a.x0).toBe(true)
        }
      for (const l of g.leaders) {
        expect(l.x0).toBeGreaterThanOrEqual(g.plot.x - 0.01)
        expect(l.x1).toBeLessThanOrEqual(g.plot.x + g.plot.width + 0.01)
      }
      expect(findNonFinite(g)).toEqual([])
    }
  })

  it('has readable x ticks at every width', () => {
    for (const width of [320, 400, 640, 1024, 1600]) {
      const g = layoutFavorabilityTrend(
        { series: trendSeries, events: trendEvents },
        { width, height: 360 },
      )
      expect(g.xTicks.length).toBeGreaterThanOrEqual(2)
      expect(g.xTicks.length).toBeLessThanOrEqual(8)
      for (let i = 1; i < g.xTicks.length; i++) {
        const a = g.xTicks[i - 1]!
        const b = g.xTicks[i]!
        expect(b.position - a.position).toBeGreaterThan(
          (estimateTextWidth(a.label, 11) + estimateTextWidth(b.label, 11)) / 2,
        )
      }
      for (const p of g.panels) expect(p.yTicks.length).toBeLessThanOrEqual(8)
    }
  })
})

describe('layoutTourismFlows', () => {
  it('offers both modes and draws the right series in each', () => {
    expect(tourismModes({ series: tourismSeries })).toEqual(['annual', 'monthly'])
    const annual = layoutTourismFlows({ series: tourismSeries }, SIZE, { mode: 'annual' })
    expect(annual.legend.map((l) => l.key)).toEqual(['kr-jp-annual', 'jp-kr-annual'])
    const monthly = layoutTourismFlows({ series: tourismSeries, events: tourismEvents }, SIZE, {
      mode: 'monthly',
    })
    expect(monthly.legend.map((l) => l.key)).toEqual(['kr-jp-monthly'])
    // 2018-09 is missing: the monthly line splits there.
    expect(monthly.panels[0]!.lines).toHaveLength(2)
    expect(monthly.events).toHaveLength(1)
  })

  it('formats very large counts compactly and marks provisional points', () => {
    const g = layoutTourismFlows({ series: tourismSeries }, SIZE, { mode: 'annual' })
    const ticks = g.panels[0]!.yTicks
    expect(ticks.at(-1)!.value).toBe(10_000_000)
    expect(ticks.at(-1)!.label).toBe('10M')
    const last = g.panels[0]!.points.find((p) => p.id === 'kr-jp-annual@2024')!
    expect(last.hollow).toBe(true)
    expect(last.info.valueLabel).toBe('9,459,600')
    expect(g.notes.length).toBeGreaterThan(0)
    const ko = layoutTourismFlows({ series: tourismSeries }, SIZE, {
      mode: 'annual',
      format: createFormatters('ko'),
    })
    expect(ko.panels[0]!.yTicks.map((t) => t.label)).toContain('1000만')
  })

  it('handles 1e9 and zeros', () => {
    const s = series(
      'x',
      [
        ['2019', 0],
        ['2020', 1e9],
        ['2021', 0],
      ],
      { unit: 'count', granularity: 'year' },
    )
    const g = layoutTourismFlows({ series: [s] }, NARROW)
    expect(g.panels[0]!.yTicks.at(-1)!.label).toBe('1B')
    expect(findNonFinite(g)).toEqual([])
  })
})

describe('layoutOpinionVsTourism', () => {
  it('stacks sentiment above visitors on one x scale', () => {
    const g = layoutOpinionVsTourism(
      { opinion: [trendSeries[1]!], tourism: tourismSeries.slice(0, 2) },
      { width: 640, height: 440 },
    )
    expect(g.panels.map((p) => p.unit)).toEqual(['percent', 'count'])
    const op2019 = g.panels[0]!.points.find((p) => p.info.period === '2019')!
    const aligned = pointsAtX(g.nav, op2019.x)
    expect(aligned.map((p) => p.info.seriesKey).sort()).toEqual([
      'b',
      'jp-kr-annual',
      'kr-jp-annual',
    ])
    expect(new Set(aligned.map((p) => p.x)).size).toBe(1)
    expect(findNonFinite(g)).toEqual([])
  })
})
