import { readFileSync } from 'node:fs'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { server } from '../../src/mocks/node'
import { scenarioHandlers } from '../../src/mocks/scenarios'
import { SeriesOverview } from '../../src/features/overview/SeriesOverview'
import { renderWithProviders } from './render'
import { processedRows, processedSeries } from '../support/processed'
import { latestAllAges } from '../../src/features/overview/latest'

const seriesFile = JSON.parse(readFileSync('data/processed/series.json', 'utf8')) as {
  series: { id: string }[]
}
const genronKr = JSON.parse(
  readFileSync('data/processed/observations/genron-kr-good-impression-jp.json', 'utf8'),
) as { observations: { period: string; ageGroup: string; value: number; sourceUrl: string }[] }

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

function latestAll() {
  const rows = genronKr.observations.filter((o) => o.ageGroup === 'all')
  return rows.reduce((a, b) => (b.period > a.period ? b : a))
}

describe('All series overview', () => {
  it('lists every series with its latest all-ages value and source link', async () => {
    const { container } = renderWithProviders(<SeriesOverview />)
    await waitFor(() =>
      expect(container.querySelectorAll('tr[data-series-id]').length).toBe(
        seriesFile.series.length,
      ),
    )
    const row = container.querySelector(
      'tr[data-series-id="genron-kr-good-impression-jp"]',
    ) as HTMLElement
    const latest = latestAll()
    await waitFor(() => expect(within(row).getByText(`${latest.value}%`)).toBeTruthy())
    expect(within(row).getByText(latest.period)).toBeTruthy()
    expect(within(row).getByRole('link').getAttribute('href')).toBe(latest.sourceUrl)
    expect(container.textContent).not.toMatch(/NaN|undefined/)
  })

  it('shows an error with a retry when the series list fails, and recovers on retry', async () => {
    server.use(...scenarioHandlers('error', { resources: ['series'] }))
    renderWithProviders(<SeriesOverview />)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toMatch(/answered with an error \(500\)/)
    server.resetHandlers()
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    await waitFor(() =>
      expect(document.querySelectorAll('tr[data-series-id]').length).toBeGreaterThan(0),
    )
  })

  it('never shows a number from a malformed response', async () => {
    server.use(...scenarioHandlers('malformed', { resources: ['observations'] }))
    const { container } = renderWithProviders(<SeriesOverview />)
    await waitFor(() => expect(screen.getAllByRole('alert').length).toBe(seriesFile.series.length))
    expect(screen.getAllByRole('alert')[0]?.textContent).toMatch(/unexpected shape/)
    expect(container.querySelectorAll('td.cell-value .num').length).toBe(0)
  })

  it('says so when the service returns no series', async () => {
    server.use(...scenarioHandlers('empty', { resources: ['series'] }))
    renderWithProviders(<SeriesOverview />)
    expect(await screen.findByText('The data service returned no series.')).toBeTruthy()
  })

  it('speaks Korean with Korean number formats', async () => {
    renderWithProviders(<SeriesOverview />, { lang: 'ko' })
    expect(await screen.findByRole('heading', { name: '전체 시계열' })).toBeTruthy()
  })

  it('links a series published by age band only to its latest band figure, naming the band', async () => {
    const bandOnly = processedSeries.find(
      (x) => !processedRows(x.id).some((o) => o.ageGroup === 'all'),
    )!
    const rows = processedRows(bandOnly.id)
    const latestPeriod = rows
      .map((o) => o.period)
      .sort()
      .at(-1)!
    const { container } = renderWithProviders(<SeriesOverview />)
    const row = await waitFor(() => {
      const r = container.querySelector(`tr[data-series-id="${bandOnly.id}"]`)
      expect(r?.querySelector('a')).toBeTruthy()
      return r as HTMLElement
    })
    const link = within(row).getByRole('link')
    const target = rows.find((o) => o.sourceUrl === link.getAttribute('href'))
    expect(target?.period).toBe(latestPeriod)
    expect(link.textContent).toContain(
      `age band ${target!.ageGroup.replace(/(\d)-(\d)/g, '$1–$2')}`,
    )
    expect(within(row).getByText('Published by age band only')).toBeTruthy()
    // every row has a link once loaded
    await waitFor(() =>
      expect(container.querySelectorAll('tr[data-series-id] a').length).toBe(
        processedSeries.length,
      ),
    )
  })

  it('sorts by a column from its header button, ascending then descending, missing values last', async () => {
    const user = userEvent.setup()
    const { container } = renderWithProviders(<SeriesOverview />)
    await waitFor(() =>
      expect(container.querySelectorAll('tr[data-series-id] a').length).toBe(
        processedSeries.length,
      ),
    )
    const table = screen.getByRole('table', { name: 'Opinion surveys' })
    const latestOf = (id: string) => latestAllAges(processedRows(id))?.value ?? null
    const order = () =>
      [...table.querySelectorAll('tbody tr[data-series-id]')].map((r) =>
        latestOf(r.getAttribute('data-series-id')!),
      )
    const header = within(table).getByRole('button', { name: /Latest \(all ages\)/ })
    const th = header.closest('th')!
    expect(th.getAttribute('aria-sort')).toBeNull()

    await user.click(header)
    expect(th.getAttribute('aria-sort')).toBe('ascending')
    const asc = order()
    const ascValues = asc.filter((v): v is number => v !== null)
    expect(ascValues).toEqual([...ascValues].sort((a, b) => a - b))
    expect(asc.slice(ascValues.length).every((v) => v === null)).toBe(true)

    await user.click(header)
    expect(th.getAttribute('aria-sort')).toBe('descending')
    const desc = order()
    const descValues = desc.filter((v): v is number => v !== null)
    expect(descValues).toEqual([...descValues].sort((a, b) => b - a))
    expect(desc.slice(descValues.length).every((v) => v === null)).toBe(true)

    // another column takes over; only one header is sorted at a time
    const series = within(table).getByRole('button', { name: /^Series/ })
    await user.click(series)
    expect(series.closest('th')!.getAttribute('aria-sort')).toBe('ascending')
    expect(th.getAttribute('aria-sort')).toBeNull()
    const titles = [...table.querySelectorAll('tbody .series-title')].map((e) => e.textContent!)
    const collator = new Intl.Collator('en-US', { numeric: true })
    expect(titles).toEqual([...titles].sort(collator.compare))
  })

  it('filters by title, source or survey, Japanese and Korean titles included', async () => {
    const user = userEvent.setup()
    const { container } = renderWithProviders(<SeriesOverview />)
    const box = await screen.findByRole('searchbox', { name: 'Search series' })
    const ids = () =>
      [...container.querySelectorAll('tr[data-series-id]')].map((r) =>
        r.getAttribute('data-series-id'),
      )

    await user.type(box, 'genron')
    const genron = processedSeries.filter((x) =>
      [x.title, x.sourceOrg, x.survey, x.label, x.sourceLabel]
        .join(' ')
        .toLowerCase()
        .includes('genron'),
    )
    expect(genron.length).toBeGreaterThan(0)
    await waitFor(() => expect(ids().sort()).toEqual(genron.map((x) => x.id).sort()))
    expect(screen.getByText(`${genron.length} of ${processedSeries.length} series`)).toBeTruthy()

    const ja = processedSeries.find((x) => x.i18n?.ja?.title)!
    await user.clear(box)
    await user.type(box, ja.i18n!.ja!.title!)
    await waitFor(() => expect(ids()).toContain(ja.id))
    expect(ids().length).toBeLessThan(processedSeries.length)

    const ko = processedSeries.find((x) => x.i18n?.ko?.title)!
    await user.clear(box)
    await user.type(box, ko.i18n!.ko!.title!)
    await waitFor(() => expect(ids()).toContain(ko.id))

    await user.clear(box)
    await user.type(box, 'zzqx')
    expect(await screen.findByText('No series match “zzqx”.')).toBeTruthy()
    expect(ids()).toEqual([])

    await user.clear(box)
    await waitFor(() => expect(ids()).toHaveLength(processedSeries.length))
  })
})
