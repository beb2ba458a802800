import { readFileSync } from 'node:fs'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { SeriesMeta } from '../../src/data/schemas'
import { SourcesAndMethods } from '../../src/features/sources/SourcesAndMethods'
import { groupSources, linkLabel } from '../../src/features/sources/group'
import { server } from '../../src/mocks/node'
import { scenarioHandlers } from '../../src/mocks/scenarios'
import { renderWithProviders } from './render'

const catalogue = JSON.parse(readFileSync('data/processed/series.json', 'utf8')) as {
  series: SeriesMeta[]
}

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

async function renderLoaded(lang: 'en' | 'ko' | 'ja' = 'en') {
  const view = renderWithProviders(<SourcesAndMethods />, { lang })
  await waitFor(() =>
    expect(view.container.querySelectorAll('[data-series-id]').length).toBe(
      catalogue.series.length,
    ),
  )
  return view
}

describe('Sources and methodology', () => {
  it('has a #sources heading and lists every source organisation once, in <details>', async () => {
    const { container } = await renderLoaded()
    const heading = screen.getByRole('heading', { level: 2, name: 'Sources and methodology' })
    expect(heading.id).toBe('sources')
    const orgs = [...container.querySelectorAll('details[data-source-org]')].map((d) =>
      d.getAttribute('data-source-org'),
    )
    const expectedOrgs = [...new Set(catalogue.series.map((s) => s.sourceOrg))]
    expect(orgs.sort()).toEqual(expectedOrgs.sort())
    for (const d of container.querySelectorAll('details')) {
      expect(d.querySelector(':scope > summary')).not.toBeNull()
    }
    expect(container.textContent).not.toMatch(/NaN|undefined/)
  })

  it('shows every question as published and every survey name', async () => {
    const { container } = await renderLoaded()
    const text = container.textContent ?? ''
    for (const s of catalogue.series) {
      if (s.question) expect(text, s.id).toContain(s.question)
      expect(text, s.id).toContain(s.survey)
      if (s.method) expect(text, s.id).toContain(s.method)
    }
  })

  it('shows the Cabinet Office mode break note', async () => {
    const { container } = await renderLoaded()
    const cao = catalogue.series.find((s) => s.id === 'cao-jp-affinity-kr')
    const modeBreak = cao?.breaks.find((b) => b.kind === 'mode')
    expect(modeBreak).toBeDefined()
    const details = [...container.querySelectorAll('details[data-source-org]')].find(
      (d) => d.getAttribute('data-source-org') === cao?.sourceOrg,
    )
    expect(details?.textContent).toContain(modeBreak?.note)
    expect(details?.textContent).toContain('survey mode')
  })

  it('links every source page, http(s) only, opening safely in a new tab', async () => {
    const { container } = await renderLoaded()
    const links = [...container.querySelectorAll('a')]
    const hrefs = new Set(links.map((a) => a.getAttribute('href')))
    for (const s of catalogue.series) for (const src of s.sources) expect(hrefs).toContain(src.url)
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^https?:\/\//)
      expect(a.getAttribute('target')).toBe('_blank')
      expect(a.getAttribute('rel')).toBe('noopener noreferrer')
      expect(a.textContent?.trim()).not.toBe('')
    }
  })

  it('opens a source when its summary is activated', async () => {
    const { container } = await renderLoaded()
    const details = container.querySelector('details') as HTMLDetailsElement
    const summary = details.querySelector('summary') as HTMLElement
    expect(details.open).toBe(false)
    summary.focus()
    expect(document.activeElement).toBe(summary)
    // Enter/Space on a focused <summary> is the browser's own click; the DOM emulation here
    // does not synthesise it, so the click is dispatched directly.
    await userEvent.click(summary)
    await waitFor(() => expect(details.open).toBe(true))
  })

  it('opens every source for printing and closes them afterwards', async () => {
    const { container } = await renderLoaded()
    const all = () => [...container.querySelectorAll('details')]
    expect(all().every((d) => !d.open)).toBe(true)
    window.dispatchEvent(new Event('beforeprint'))
    expect(all().every((d) => d.open)).toBe(true)
    window.dispatchEvent(new Event('afterprint'))
    expect(all().every((d) => !d.open)).toBe(true)
  })

  it('explains confidence levels, estimated values and gaps', async () => {
    await renderLoaded()
    expect(screen.getByText(/^Confidence: high = /)).toBeTruthy()
    expect(screen.getByText(/^Estimated: /)).toBeTruthy()
    expect(screen.getByText(/never interpolated/)).toBeTruthy()
  })

  it('shows an error with a retry when the series list fails, and recovers', async () => {
    server.use(...scenarioHandlers('error', { resources: ['series'] }))
    renderWithProviders(<SourcesAndMethods />)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toMatch(/\(500\)/)
    server.resetHandlers()
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(document.querySelectorAll('details').length).toBeGreaterThan(0))
  })

  it('says so when there are no series', async () => {
    server.use(...scenarioHandlers('empty', { resources: ['series'] }))
    renderWithProviders(<SourcesAndMethods />)
    expect(await screen.findByText(/no sources to list/)).toBeTruthy()
  })

  it('speaks Japanese', async () => {
    await renderLoaded('ja')
    expect(screen.getByRole('heading', { level: 2, name: '出典と調査方法' })).toBeTruthy()
  })
})

describe('groupSources', () => {
  const groups = groupSources(catalogue.series)

  it('keeps every series exactly once and every break and note somewhere', () => {
    const ids = groups.flatMap((g) => g.surveys.flatMap((s) => s.series.map((e) => e.series.id)))
    expect(ids.sort()).toEqual(catalogue.series.map((s) => s.id).sort())
    for (const g of groups)
      for (const sv of g.surveys)
        for (const e of sv.series) {
          const notes = new Set([...sv.shared.notes, ...e.notes])
          for (const n of e.series.notes ?? []) expect(notes.has(n), e.series.id).toBe(true)
          const breaks = [...sv.shared.breaks, ...e.breaks]
          for (const b of e.series.breaks) expect(breaks, e.series.id).toContainEqual(b)
        }
  })

  it('puts opinion organisations before tourism ones and sums coverage', () => {
    const firstTourism = groups.findIndex((g) => g.topic === 'tourism')
    expect(groups.slice(firstTourism).every((g) => g.topic === 'tourism')).toBe(true)
    const total = groups.reduce((n, g) => n + g.observations, 0)
    expect(total).toBe(catalogue.series.reduce((n, s) => n + (s.coverage?.observations ?? 0), 0))
  })

  it('labels links by host and path when they have no title', () => {
    expect(linkLabel('https://www.example.org/a/b?x=1', null)).toBe('example.org/a/b?x=1')
    expect(linkLabel('https://example.org/', 'Title')).toBe('Title')
    expect(linkLabel(`https://example.org/${'x'.repeat(100)}`, null).length).toBe(70)
  })
})
