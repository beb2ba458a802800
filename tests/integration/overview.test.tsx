import { readFileSync } from 'node:fs'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { server } from '../../src/mocks/node'
import { scenarioHandlers } from '../../src/mocks/scenarios'
import { SeriesOverview } from '../../src/features/overview/SeriesOverview'
import { renderWithProviders } from './render'

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
})
