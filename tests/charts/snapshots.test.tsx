/** SVG snapshots of named cases at fixed sizes (TZ=UTC). Files in __snapshots__/*.svg. */
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { AgeCohortsSvg } from '../../src/charts/age-cohorts/age-cohorts-svg'
import { layoutAgeCohorts } from '../../src/charts/age-cohorts/layout'
import { layoutFavorabilityTrend } from '../../src/charts/favorability-trend/layout'
import { FavorabilityTrendChart } from '../../src/charts/favorability-trend/favorability-trend-chart'
import { layoutOpinionVsTourism } from '../../src/charts/opinion-vs-tourism/layout'
import { TimeSeriesSvg } from '../../src/charts/time-series/time-series-svg'
import { layoutTourismFlows } from '../../src/charts/tourism-flows/layout'
import { DARK_THEME } from '../../src/charts/core/theme'
import { createFormatters } from '../../src/domain/format'
import {
  cohortBands,
  cohortGroups,
  tourismEvents,
  tourismSeries,
  trendEvents,
  trendLeaders,
  trendSeries,
} from '../fixtures/charts/cases'

const SIZES = [
  { width: 640, height: 360 },
  { width: 320, height: 360 },
]

function check(svg: string) {
  expect(svg).not.toMatch(/NaN|Infinity|undefined/)
  expect(svg.startsWith('<svg')).toBe(true)
}

describe('favorability-trend', () => {
  it.each(SIZES)('full case at $width×$height', async (size) => {
    const g = layoutFavorabilityTrend(
      { series: trendSeries, events: trendEvents, leaders: trendLeaders },
      size,
      { samplingError: true },
    )
    const svg = renderToStaticMarkup(
      <TimeSeriesSvg geometry={g} title="Favorability" description="Synthetic case" />,
    )
    check(svg)
    await expect(svg).toMatchFileSnapshot(
      `__snapshots__/favorability-trend-${size.width}x${size.height}.svg`,
    )
  })

  it('empty case', async () => {
    const g = layoutFavorabilityTrend({ series: [] }, SIZES[0]!)
    const svg = renderToStaticMarkup(
      <TimeSeriesSvg geometry={g} title="Favorability" noDataLabel="No data" />,
    )
    check(svg)
    await expect(svg).toMatchFileSnapshot('__snapshots__/favorability-trend-empty.svg')
  })

  it('dark export theme, Korean formatting', async () => {
    const g = layoutFavorabilityTrend({ series: trendSeries }, SIZES[0]!, {
      format: createFormatters('ko'),
    })
    const svg = renderToStaticMarkup(
      <TimeSeriesSvg geometry={g} title="호감도" scheme="dark" theme={DARK_THEME} />,
    )
    check(svg)
    expect(svg).toContain('#56B4E9')
    expect(svg).not.toContain('var(')
    await expect(svg).toMatchFileSnapshot('__snapshots__/favorability-trend-dark-ko.svg')
  })

  it('whole captioned chart (frame, legend, range, table button)', async () => {
    const html = renderToStaticMarkup(
      <FavorabilityTrendChart
        title="How Koreans and Japanese see each other"
        subtitle="Synthetic data"
        source="Synthetic sources A, B, C"
        data={{ series: trendSeries, events: trendEvents }}
      />,
    )
    expect(html).not.toMatch(/NaN|Infinity/)
    await expect(html).toMatchFileSnapshot('__snapshots__/favorability-trend-frame.html.txt')
  })
})

describe('tourism-flows', () => {
  it.each(SIZES)('annual at $width×$height', async (size) => {
    const g = layoutTourismFlows({ series: tourismSeries }, size, { mode: 'annual' })
    const svg = renderToStaticMarkup(<TimeSeriesSvg geometry={g} title="Visitors" />)
    check(svg)
    await expect(svg).toMatchFileSnapshot(
      `__snapshots__/tourism-flows-annual-${size.width}x${size.height}.svg`,
    )
  })

  it('monthly at 640×360 (ja)', async () => {
    const g = layoutTourismFlows({ series: tourismSeries, events: tourismEvents }, SIZES[0]!, {
      mode: 'monthly',
      format: createFormatters('ja'),
    })
    const svg = renderToStaticMarkup(<TimeSeriesSvg geometry={g} title="訪問者数" />)
    check(svg)
    expect(svg).toContain('万')
    await expect(svg).toMatchFileSnapshot('__snapshots__/tourism-flows-monthly-640x360.svg')
  })
})

describe('age-cohorts', () => {
  it.each(SIZES)('two sources at $width×$height', async (size) => {
    const g = layoutAgeCohorts({ groups: cohortGroups, bands: cohortBands }, size, {
      highlightBand: '18-29',
    })
    const svg = renderToStaticMarkup(<AgeCohortsSvg geometry={g} title="By age" />)
    check(svg)
    await expect(svg).toMatchFileSnapshot(
      `__snapshots__/age-cohorts-${size.width}x${size.height}.svg`,
    )
  })
})

describe('opinion-vs-tourism', () => {
  it.each(SIZES)('two panels at $width×$height', async (size) => {
    const g = layoutOpinionVsTourism(
      { opinion: trendSeries.slice(0, 2), tourism: tourismSeries.slice(0, 2), events: trendEvents },
      size,
    )
    const active = g.panels[1]!.points[3]!
    const svg = renderToStaticMarkup(
      <TimeSeriesSvg
        geometry={g}
        title="Opinion and visits"
        active={active}
        highlighted={g.nav.flat().filter((p) => Math.abs(p.x - active.x) < 0.5)}
        crosshair="x"
      />,
    )
    check(svg)
    await expect(svg).toMatchFileSnapshot(
      `__snapshots__/opinion-vs-tourism-${size.width}x${size.height}.svg`,
    )
  })
})
