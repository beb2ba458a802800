import { cohortOf } from '../../src/domain/age-bands'
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { server } from '../../src/mocks/node'
import { scenarioHandlers } from '../../src/mocks/scenarios'
import { FavorabilityTrend } from '../../src/features/favorability/FavorabilityTrend'
import { AgeCohorts } from '../../src/features/cohorts/AgeCohorts'
import { TourismFlows } from '../../src/features/tourism/TourismFlows'
import { OpinionVsTourism } from '../../src/features/opinion-tourism/OpinionVsTourism'
import { DEFAULT_STATE, type DashboardState } from '../../src/url/state'
import { renderWithProviders } from './render'

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const state = (over: Partial<DashboardState> = {}): DashboardState => ({
  ...DEFAULT_STATE,
  ...over,
})

async function charts(container: HTMLElement, n: number) {
  await waitFor(
    () => expect(container.querySelectorAll('figure svg').length).toBeGreaterThanOrEqual(n),
    {
      timeout: 4000,
    },
  )
}

describe('chart features on the mock API', () => {
  it('favorability-trend draws one captioned chart per direction with its sources', async () => {
    const { container } = renderWithProviders(<FavorabilityTrend state={state()} />)
    await charts(container, 2)
    expect(screen.getByRole('heading', { name: 'Koreans on Japan' })).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'Japanese on Korea' })).toBeTruthy()
    expect(container.textContent).toMatch(/Source: .*Genron NPO/)
    expect(container.textContent).toContain('Survey mode changed')
    expect(container.innerHTML).not.toMatch(/NaN/)
  })

  it('respondents=JP shows only Japanese views of Korea', async () => {
    const { container } = renderWithProviders(
      <FavorabilityTrend state={state({ respondents: 'JP' })} />,
    )
    await charts(container, 1)
    expect(screen.queryByRole('heading', { name: 'Koreans on Japan' })).toBeNull()
    expect(screen.getByRole('heading', { name: 'Japanese on Korea' })).toBeTruthy()
  })

  it('the 70+ cohort names the sources that published no 70+ figure', async () => {
    const { container } = renderWithProviders(<FavorabilityTrend state={state({ age: '70+' })} />)
    await charts(container, 1)
    expect(container.textContent).toMatch(
      /No 70\+ figure was published by: [^.]*Japan Press Research Inst/,
    )
  })

  // Regression: a source/measure filter with no series said no source published "All ages".
  it('an empty facet from the source filter blames the sources, not the age group', async () => {
    const { container } = renderWithProviders(
      <FavorabilityTrend
        state={state({ sources: ['pew'], measure: 'trust', respondents: 'JP' })}
      />,
    )
    await waitFor(() =>
      expect(container.textContent).toContain(
        'None of the selected survey sources published this measure',
      ),
    )
    expect(container.textContent).not.toContain('published a figure for All ages')
  })

  it('one failed series is named while the others still draw', async () => {
    server.use(
      http.get('*/api/v1/series/gallup-kr-like-jp/observations', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Boom', status: 500, detail: 'x' },
          { status: 500 },
        ),
      ),
    )
    const { container } = renderWithProviders(<FavorabilityTrend state={state()} />)
    await charts(container, 2)
    expect(screen.getByRole('status').textContent).toMatch(/could not be loaded: Gallup Korea/)
    expect(within(screen.getByRole('status')).getByRole('button', { name: 'Retry' })).toBeTruthy()
  })

  it('a failed chart shows an error with retry and never a blank frame', async () => {
    server.use(...scenarioHandlers('error', { resources: ['observations'] }))
    renderWithProviders(<TourismFlows state={state()} />)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toMatch(/Visitors between South Korea and Japan/)
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeTruthy()
  })

  it('tourism-flows labels counts compactly in Japanese', async () => {
    const { container } = renderWithProviders(<TourismFlows state={state({ lang: 'ja' })} />, {
      lang: 'ja',
    })
    await charts(container, 1)
    expect(container.textContent).toMatch(/\d+万/)
  })

  it('age-cohorts highlights the band serving the chosen cohort', async () => {
    const { container } = renderWithProviders(<AgeCohorts state={state({ age: '18-29' })} />)
    await charts(container, 1)
    const bold = new Set(
      [...container.querySelectorAll('svg text[font-weight="700"]')].map((t) => t.textContent),
    )
    // exact bands where a source has them, its nearest published band where it does not
    expect(bold.has('18-29')).toBe(true)
    expect(bold.has('19-29')).toBe(true)
    // every highlighted band serves 18–29, exactly or approximately (domain/age-bands.ts)
    for (const b of bold)
      expect(
        cohortOf(b ?? '').some((m) => m.cohort === '18-29'),
        String(b),
      ).toBe(true)
    expect(container.textContent).toContain('19–29: excludes 18-year-olds')
  })

  it('opinion-vs-tourism draws opinion and visitors in two panels of one chart', async () => {
    const { container } = renderWithProviders(<OpinionVsTourism state={state()} />)
    await charts(container, 1)
    expect(container.textContent).toContain('Percent of respondents')
    expect(container.textContent).toContain('Visitors')
  })
})

describe('an empty data service', () => {
  it('says the chart has no series instead of reporting a failure', async () => {
    server.use(...scenarioHandlers('empty', { resources: ['series'] }))
    renderWithProviders(<TourismFlows state={DEFAULT_STATE} />)
    expect(
      await screen.findByText('The data service lists none of the series this chart draws.'),
    ).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
