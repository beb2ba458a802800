/**
 * Compact embeds (the default; `full=1` is the dashboard's view): a chart with parts shows one
 * part at a time behind a switch, notes sit one click away, and what is drawn is what is
 * credited. Through real providers and the MSW mock.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { EmbedApp } from '../../src/embed/EmbedApp'
import { parseEmbedParams } from '../../src/embed/params'
import { AgeCohorts } from '../../src/features/cohorts/AgeCohorts'
import { FavorabilityTrend } from '../../src/features/favorability/FavorabilityTrend'
import type { FeatureChartProps } from '../../src/ui/feature-props'
import { server } from '../../src/mocks/node'
import { renderWithProviders } from './render'

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const dashboardUrl = () => 'https://pulse.example.org/'

function renderEmbed(query: string, Chart: (props: FeatureChartProps) => React.ReactNode) {
  return renderWithProviders(
    <EmbedApp
      params={parseEmbedParams(query)}
      Chart={Chart}
      dataAsOf="2026-11-25"
      dashboardUrl={dashboardUrl}
    />,
  )
}

const facetHeadings = () =>
  screen
    .queryAllByRole('heading', { level: 3 })
    .map((h) => h.textContent)
    .filter((t) => t === 'Koreans on Japan' || t === 'Japanese on Korea')

/** The links of each source line ("Source: …"), by chart. */
const sourceLines = () =>
  screen.getAllByText(/^Source:/).map((p) =>
    within(p)
      .queryAllByRole('link')
      .map((a) => a.textContent),
  )

describe('compact favourability embed', () => {
  it('shows one direction with a switch, and switches', async () => {
    renderEmbed('chart=favorability-trend', FavorabilityTrend)
    const koreans = await screen.findByRole('button', { name: 'Koreans on Japan' })
    const japanese = screen.getByRole('button', { name: 'Japanese on Korea' })
    await waitFor(() => expect(facetHeadings()).toEqual(['Koreans on Japan']))
    expect(koreans.getAttribute('aria-pressed')).toBe('true')
    expect(japanese.getAttribute('aria-pressed')).toBe('false')
    expect(sourceLines()).toHaveLength(1)

    fireEvent.click(japanese)
    await waitFor(() => expect(facetHeadings()).toEqual(['Japanese on Korea']))
    expect(japanese.getAttribute('aria-pressed')).toBe('true')
    expect(koreans.getAttribute('aria-pressed')).toBe('false')
  })

  it('starts on the direction the URL asks for', async () => {
    renderEmbed('chart=favorability-trend&respondents=JP', FavorabilityTrend)
    await waitFor(() => expect(facetHeadings()).toEqual(['Japanese on Korea']))
    // one direction asked for: nothing to switch
    expect(screen.queryByRole('button', { name: 'Koreans on Japan' })).toBeNull()
  })

  it('keeps notes one click away and leaves the exploring toggles to full=1', async () => {
    renderEmbed('chart=favorability-trend', FavorabilityTrend)
    await waitFor(() => expect(facetHeadings()).toEqual(['Koreans on Japan']))
    const details = document.querySelector('figcaption details')
    expect(details).toBeTruthy()
    expect(details!.hasAttribute('open')).toBe(false)
    expect(details!.querySelector('summary')!.textContent).toMatch(/Notes/)
    expect(screen.queryByRole('checkbox', { name: /sampling error/ })).toBeNull()
  })

  it('full=1 shows both directions, open notes and the toggles, as on the dashboard', async () => {
    renderEmbed('chart=favorability-trend&full=1', FavorabilityTrend)
    await waitFor(() => expect(facetHeadings()).toEqual(['Koreans on Japan', 'Japanese on Korea']))
    expect(screen.queryByRole('button', { name: 'Koreans on Japan' })).toBeNull()
    expect(document.querySelector('figcaption details')).toBeNull()
    expect(screen.getByRole('checkbox', { name: /sampling error/ })).toBeTruthy()
    expect(sourceLines()).toHaveLength(2)
  })
})

describe('compact age-cohorts embed', () => {
  it('draws one survey at a time, credits only that one, and offers the others', async () => {
    renderEmbed('chart=age-cohorts', AgeCohorts)
    const picker = (await screen.findByRole('combobox', { name: 'Survey' })) as HTMLSelectElement
    const options = within(picker).getAllByRole('option')
    expect(options.length).toBeGreaterThan(3)
    // the first offered has a wave with a generation gap to see: three bands or more
    fireEvent.click(screen.getByRole('button', { name: 'Show table' }))
    const rows = screen
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      )
    expect(new Set(rows.map((r) => r[0])).size).toBe(1) // one survey drawn
    const bandsByWave = new Map<string, Set<string>>()
    for (const [, band, period] of rows)
      bandsByWave.set(period!, (bandsByWave.get(period!) ?? new Set()).add(band!))
    expect(Math.max(...[...bandsByWave.values()].map((b) => b.size))).toBeGreaterThanOrEqual(3)
    const firstSources = sourceLines()[0]!
    expect(firstSources).toHaveLength(1)

    const other = options.find((o) => o.getAttribute('value') !== picker.value)!
    fireEvent.change(picker, { target: { value: other.getAttribute('value') } })
    await waitFor(() => expect(picker.value).toBe(other.getAttribute('value')))
    const nextSources = sourceLines()[0]!
    expect(nextSources).toHaveLength(1)
    expect(nextSources[0]).not.toBe(firstSources[0])
  })

  it('full=1 draws every survey with a legend and credits them all', async () => {
    renderEmbed('chart=age-cohorts&full=1', AgeCohorts)
    await waitFor(() => expect(sourceLines()[0]!.length).toBeGreaterThan(3))
    expect(screen.queryByRole('combobox', { name: 'Survey' })).toBeNull()
  })
})
