/**
 * The embed through real providers and the MSW mock: the chart with its footer, the readable
 * message for an unknown chart, and the entry's resize message to the host page.
 */
import { screen, waitFor } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { EmbedApp } from '../../src/embed/EmbedApp'
import { parseEmbedParams } from '../../src/embed/params'
import { TourismFlows } from '../../src/features/tourism/TourismFlows'
import { server } from '../../src/mocks/node'
import { renderWithProviders } from './render'

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const dashboardUrl = (state: { from: number | null }, chart: string) =>
  `https://pulse.example.org/?from=${state.from ?? ''}#${chart}`

describe('EmbedApp', () => {
  it('shows the chart with its source line, data date and a link to the same view', async () => {
    renderWithProviders(
      <EmbedApp
        params={parseEmbedParams('chart=tourism-flows&from=2018&age=banana')}
        Chart={TourismFlows}
        dataAsOf="2026-11-25"
        dashboardUrl={dashboardUrl}
      />,
    )
    expect(
      await screen.findByRole('heading', { name: 'Visitors between South Korea and Japan' }),
    ).toBeTruthy()
    await waitFor(() => expect(screen.getByText(/^Source:/)).toBeTruthy())
    expect(screen.getByText('Data as of Nov 25, 2026')).toBeTruthy()
    expect(screen.getByText(/Ignored age=banana/)).toBeTruthy()
    const link = screen.getByRole('link', { name: /View in ROK–Japan Pulse/ })
    expect(link.getAttribute('href')).toBe('https://pulse.example.org/?from=2018#tourism-flows')
    expect(link.getAttribute('target')).toBe('_blank')
  })

  it('says so when a pinned embed shows figures updated since it was published', async () => {
    renderWithProviders(
      <EmbedApp
        params={parseEmbedParams('chart=tourism-flows&asOf=2026-03-01')}
        Chart={TourismFlows}
        dataAsOf="2026-11-25"
        dashboardUrl={dashboardUrl}
      />,
    )
    const note = await screen.findByRole('note')
    expect(note.textContent).toContain('pinned to the data of Mar 1, 2026')
    expect(note.textContent).toContain('as of Nov 25, 2026')
  })

  it('shows no update note when the pinned version is the one served', async () => {
    renderWithProviders(
      <EmbedApp
        params={parseEmbedParams('chart=tourism-flows&asOf=2026-11-25')}
        Chart={TourismFlows}
        dataAsOf="2026-11-25"
        dashboardUrl={dashboardUrl}
      />,
    )
    await waitFor(() => expect(screen.getByText(/^Source:/)).toBeTruthy())
    expect(screen.getByText('Data as of Nov 25, 2026')).toBeTruthy()
    expect(screen.queryByText(/Updated since this chart was published/)).toBeNull()
  })

  it('lists the valid chart ids for an unknown one, in the reader’s language', () => {
    renderWithProviders(
      <EmbedApp
        params={parseEmbedParams('chart=nope&lang=ko')}
        Chart={null}
        dataAsOf={null}
        dashboardUrl={dashboardUrl}
      />,
      { lang: 'ko' },
    )
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain('“nope”')
    for (const id of ['favorability-trend', 'age-cohorts', 'tourism-flows', 'opinion-vs-tourism'])
      expect(alert.textContent).toContain(id)
    expect(alert.textContent).toContain('차트')
  })
})

describe('embed entry (src/embed/main.tsx)', () => {
  it('renders the unknown-chart message and posts its height to the parent', async () => {
    window.history.replaceState(null, '', '/embed.html?chart=nope')
    const root = document.createElement('div')
    root.id = 'root'
    document.body.replaceChildren(root)
    const postMessage = vi.fn()
    const parentDescriptor = Object.getOwnPropertyDescriptor(window, 'parent')
    Object.defineProperty(window, 'parent', { value: { postMessage }, configurable: true })
    // happy-dom has no layout: give the document a height to report
    vi.spyOn(document.documentElement, 'getBoundingClientRect').mockReturnValue({
      height: 321.4,
    } as DOMRect)
    try {
      await import('../../src/embed/main')
      await waitFor(() => expect(document.querySelector('[role="alert"]')).toBeTruthy())
      await waitFor(() => expect(postMessage).toHaveBeenCalled())
      const [message, targetOrigin] = postMessage.mock.calls[0] as [unknown, string]
      expect(message).toEqual({ type: 'rokjp-pulse:resize', chart: 'nope', height: 322 })
      expect(targetOrigin).toBe('*')
    } finally {
      if (parentDescriptor) Object.defineProperty(window, 'parent', parentDescriptor)
      vi.restoreAllMocks()
    }
  })
})
