/**
 * The Download menu exports exactly what the chart shows: visible series only, the current
 * range, the chart's language; it is absent from static charts.
 */
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AgeCohortsChart } from '../../src/charts/age-cohorts/age-cohorts-chart'
import { FavorabilityTrendChart } from '../../src/charts/favorability-trend/favorability-trend-chart'
import { createFormatters } from '../../src/domain/format'
import { CHART_STRINGS } from '../../src/i18n/charts'
import { cohortBands, cohortGroups, trendSeries } from '../fixtures/charts/cases'

const saved: { name: string; blob: Blob }[] = []

beforeEach(() => {
  saved.length = 0
  let last: Blob | null = null
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    last = b as Blob
    return 'blob:test'
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (last) saved.push({ name: this.download, blob: last })
  })
})
afterEach(() => vi.restoreAllMocks())

async function download(
  user: ReturnType<typeof userEvent.setup>,
  label: string,
  menu = 'Download',
) {
  await user.click(screen.getByText(menu))
  await user.click(screen.getByRole('button', { name: label }))
  await waitFor(() => expect(saved.length).toBeGreaterThan(0))
  return saved.pop()!
}

describe('Download menu', () => {
  it('saves the CSV of the visible series in the current range', async () => {
    const user = userEvent.setup()
    render(
      <FavorabilityTrendChart
        title="Favorability"
        source="Synthetic"
        data={{ series: trendSeries }}
        range={[2018, 2023]}
        download={{ chartId: 'favorability-trend', fileBase: 'rokjp-pulse_favorability-trend' }}
      />,
    )
    await user.click(screen.getByRole('button', { name: 'Source B' }))
    const csv = await download(user, 'CSV data')
    expect(csv.name).toBe('rokjp-pulse_favorability-trend.csv')
    const text = await csv.blob.text()
    const rows = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .slice(1)
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((r) => r.startsWith('favorability-trend,'))).toBe(true)
    expect(rows.some((r) => r.includes(',b,'))).toBe(false)
    expect(rows.every((r) => Number(r.split(',')[4]!.slice(0, 4)) >= 2018)).toBe(true)
  })

  it('saves a captioned SVG in the chart language', async () => {
    const user = userEvent.setup()
    const s = CHART_STRINGS.ko
    render(
      <FavorabilityTrendChart
        title="한국인의 일본 인식"
        source="Genron NPO"
        data={{ series: trendSeries }}
        labels={s.labels}
        format={createFormatters('ko')}
        download={{ title: s.titles['favorability-trend'], link: 'http://localhost/?lang=ko' }}
      />,
    )
    const svg = await download(user, s.labels.downloadSvg, s.labels.download)
    expect(svg.name).toBe('rokjp-pulse_chart.svg')
    const text = await svg.blob.text()
    expect(text).toContain(`<title>${s.titles['favorability-trend']}</title>`)
    expect(text).toContain('출처: Genron NPO')
    expect(text).toContain('ROK–Japan Pulse에서 보기: http://localhost/?lang=ko')
    expect(text).not.toContain('var(--')
  })

  it('is offered by the age-cohort chart and hidden when static', async () => {
    const user = userEvent.setup()
    const { unmount } = render(
      <AgeCohortsChart
        title="By age"
        data={{ groups: cohortGroups, bands: cohortBands }}
        download={{ chartId: 'age-cohorts', fileBase: 'cohorts' }}
      />,
    )
    const csv = await download(user, 'CSV data')
    expect(csv.name).toBe('cohorts.csv')
    expect(await csv.blob.text()).toContain('age-cohorts,a,Source A,18-29,2015,30,percent')
    unmount()
    render(
      <AgeCohortsChart title="By age" data={{ groups: cohortGroups, bands: cohortBands }} static />,
    )
    expect(screen.queryByText('Download')).toBeNull()
  })
})
