/**
 * The briefing pack through real providers and the MSW mock: views added from the charts'
 * buttons, kept across a reload (localStorage), listed with their titles and filters,
 * removable; a failed request says which view and offers a retry; a browser that refuses
 * storage still gets a working pack for the page's life.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { AddToPack } from '../../src/features/briefing-pack/AddToPack'
import { BriefingPack } from '../../src/features/briefing-pack/BriefingPack'
import {
  PACK_STORAGE_KEY,
  parsePack,
  serializePack,
  viewOf,
} from '../../src/features/briefing-pack/pack'
import { createPackStore } from '../../src/features/briefing-pack/pack-store'
import { server } from '../../src/mocks/node'
import { DEFAULT_STATE, type DashboardState } from '../../src/url/state'
import { renderWithProviders } from './render'

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
beforeEach(() => window.localStorage.clear())
afterEach(() => {
  server.resetHandlers()
  window.localStorage.clear()
  delete document.body.dataset.printPack
})
afterAll(() => server.close())

const state = (over: Partial<DashboardState> = {}): DashboardState => ({
  ...DEFAULT_STATE,
  ...over,
})

const PAGE = 'http://localhost/'

/** The dashboard's pack parts: the panel and two charts' "Add" buttons. */
function Page({ view }: { view: DashboardState }) {
  return (
    <>
      <BriefingPack theme="light" pageBase={PAGE} />
      <div data-testid="favorability-trend">
        <AddToPack chart="favorability-trend" state={view} />
      </div>
      <div data-testid="tourism-flows">
        <AddToPack chart="tourism-flows" state={view} />
      </div>
    </>
  )
}

const items = () =>
  within(screen.getByRole('list', { name: 'Views in the pack' })).queryAllByRole('listitem')

describe('briefing pack', () => {
  it('adds two views, keeps them across a reload, lists title and filters, removes one', async () => {
    const view = state({ age: '18-29', from: 2018, to: 2025, respondents: 'KR' })
    const first = renderWithProviders(<Page view={view} />)
    // nothing collected: no panel
    expect(screen.queryByRole('region', { name: 'Briefing pack' })).toBeNull()

    const add = (id: string) =>
      fireEvent.click(
        within(screen.getByTestId(id)).getByRole('button', { name: 'Add to briefing pack' }),
      )
    add('favorability-trend')
    expect(
      within(screen.getByTestId('favorability-trend')).getByRole('status').textContent,
    ).toContain('Added to the briefing pack (1 view).')
    add('tourism-flows')
    expect(items()).toHaveLength(2)
    // the button now takes the view out again
    expect(
      within(screen.getByTestId('tourism-flows')).getByRole('button', {
        name: 'Remove from briefing pack',
      }),
    ).toBeTruthy()

    // stored as views: each chart with only the filters it depends on
    const stored = parsePack(window.localStorage.getItem(PACK_STORAGE_KEY))
    expect(stored).toEqual([
      { chart: 'favorability-trend', query: '?age=18-29&from=2018&to=2025&respondents=KR' },
      { chart: 'tourism-flows', query: '?from=2018&to=2025&respondents=KR' },
    ])

    // reload: a new page, a new store, the same browser storage
    first.unmount()
    renderWithProviders(<Page view={state()} />)
    expect(createPackStore().getSnapshot().views).toEqual(stored)
    const panel = await screen.findByRole('region', { name: 'Briefing pack' })
    expect(within(panel).getByText('2 views')).toBeTruthy()
    const [fav, tourism] = items()
    expect(fav!.textContent).toContain('How favourably Koreans and Japanese see each other')
    expect(fav!.textContent).toContain('18–29 · 2018–2025 · Koreans on Japan')
    expect(tourism!.textContent).toContain('Visitors between South Korea and Japan')
    // visitor counts have no age bands: the cohort is not one of their filters
    expect(tourism!.textContent).toContain('2018–2025 · Koreans on Japan')
    expect(tourism!.textContent).not.toContain('18–29')
    // each view links back to itself, at its chart
    expect(
      within(fav!)
        .getByRole('link', { name: /Open view 1/ })
        .getAttribute('href'),
    ).toBe(`${PAGE}?age=18-29&from=2018&to=2025&respondents=KR#favorability-trend`)

    // the page's own view is not in the pack: its buttons offer to add
    expect(
      within(screen.getByTestId('tourism-flows')).getByRole('button', {
        name: 'Add to briefing pack',
      }),
    ).toBeTruthy()

    fireEvent.click(
      within(fav!).getByRole('button', {
        name: 'Remove view 1 from the pack: How favourably Koreans and Japanese see each other',
      }),
    )
    expect(items()).toHaveLength(1)
    expect(items()[0]!.textContent).toContain('Visitors between South Korea and Japan')
    expect(within(panel).getByRole('status').textContent).toContain(
      'Removed from the briefing pack (1 view).',
    )
    expect(parsePack(window.localStorage.getItem(PACK_STORAGE_KEY))).toHaveLength(1)

    // clear, then undo
    fireEvent.click(within(panel).getByRole('button', { name: 'Clear pack' }))
    expect(window.localStorage.getItem(PACK_STORAGE_KEY)).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    expect(items()).toHaveLength(1)
  })

  it('names the view whose data failed, and a retry prints the pack', async () => {
    window.localStorage.setItem(
      PACK_STORAGE_KEY,
      serializePack([
        viewOf('tourism-flows', state({ from: 2018 })),
        viewOf('opinion-vs-tourism', state()),
      ]),
    )
    // happy-dom has no print(): stand in for the browser's dialog
    const print = vi.fn()
    const original = window.print
    window.print = print
    server.use(
      http.get('*/api/v1/series/:id/observations', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Boom', status: 500, detail: 'x' },
          { status: 500 },
        ),
      ),
    )
    renderWithProviders(<Page view={state()} />)
    const panel = await screen.findByRole('region', { name: 'Briefing pack' })
    fireEvent.click(within(panel).getByRole('button', { name: 'Print pack' }))
    const alert = await within(panel).findByRole('alert', {}, { timeout: 4000 })
    expect(alert.textContent).toContain(
      'The data for view 1 (Visitors between South Korea and Japan) could not be loaded.',
    )
    expect(print).not.toHaveBeenCalled()
    // the rest of the panel still works
    expect(items()).toHaveLength(2)

    server.resetHandlers()
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1), { timeout: 8000 })
    const pages = document.querySelectorAll('.print-pack .print-pack__page')
    expect(pages).toHaveLength(2)
    expect(document.body.dataset.printPack).toBe('2')
    const [first, second] = [...pages]
    expect(first!.querySelector('h2')!.textContent).toBe('Visitors between South Korea and Japan')
    expect(first!.textContent).toMatch(/Source: .*Japan National Tourism Organization/)
    expect(first!.textContent).toContain('?from=2018#tourism-flows')
    expect(first!.querySelector('img')!.getAttribute('src')).toMatch(/^data:image\/svg\+xml/)
    expect(second!.querySelector('h2')!.textContent).toBe('Opinion and travel, side by side')
    expect(screen.getByRole('region', { name: 'Briefing pack' }).textContent).toContain(
      'Sent 2 views to the printer.',
    )
    // after printing, the print container goes
    act(() => {
      window.dispatchEvent(new Event('afterprint'))
    })
    expect(document.querySelector('.print-pack')).toBeNull()
    expect(document.body.dataset.printPack).toBeUndefined()
    window.print = original
  })

  it('text from the data stays text', async () => {
    // a hand-edited stored pack with markup in it: dropped or parsed, never rendered as HTML
    window.localStorage.setItem(
      PACK_STORAGE_KEY,
      JSON.stringify({
        views: [
          { chart: 'tourism-flows', query: '?from=<img src=x onerror=alert(1)>' },
          { chart: '<b>x</b>', query: '' },
          'junk',
        ],
      }),
    )
    // the panel names sources from the series list: let that request finish with the test
    const listed = new Promise<void>((resolve) =>
      server.events.on('response:mocked', ({ request }) => {
        if (request.url.endsWith('/v1/series')) resolve()
      }),
    )
    renderWithProviders(<Page view={state()} />)
    expect(items()).toHaveLength(1)
    expect(document.querySelector('.briefing-pack img, .briefing-pack b')).toBeNull()
    expect(items()[0]!.textContent).toContain('All years')
    await listed
    await new Promise((resolve) => setTimeout(resolve, 100))
    server.events.removeAllListeners()
  })
})

describe('pack storage', () => {
  it('reads stored packs totally: bad entries, duplicates and unknown charts are dropped', () => {
    expect(parsePack(null)).toEqual([])
    expect(parsePack('not json')).toEqual([])
    expect(parsePack('{"views": 3}')).toEqual([])
    const views = parsePack(
      JSON.stringify({
        views: [
          { chart: 'age-cohorts', query: '?age=20s&lang=ko&theme=dark&measure=trust' },
          { chart: 'age-cohorts', query: '?age=18-29' },
          { chart: 'generation-gap', query: '' },
          { chart: 'tourism-flows', query: 42 },
        ],
      }),
    )
    // the old alias is migrated, language, theme and filters the chart ignores are not kept
    expect(views).toEqual([{ chart: 'age-cohorts', query: '?age=18-29' }])
  })

  it('keeps working in memory when the browser refuses storage', () => {
    const refusing = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    }
    const store = createPackStore(refusing)
    expect(store.add(viewOf('tourism-flows', state()))).toBe('added')
    expect(store.add(viewOf('tourism-flows', state()))).toBe('exists')
    expect(store.getSnapshot()).toMatchObject({ persistent: false })
    expect(store.getSnapshot().views).toHaveLength(1)

    const full: Storage = {
      ...window.localStorage,
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
      removeItem: () => {},
      clear: () => {},
      key: () => null,
      length: 0,
    }
    const quota = createPackStore(() => full)
    quota.add(viewOf('age-cohorts', state()))
    expect(quota.getSnapshot()).toMatchObject({ persistent: false })
    expect(quota.getSnapshot().views).toEqual([{ chart: 'age-cohorts', query: '' }])
  })

  it('holds at most 20 views', () => {
    const store = createPackStore(() => null)
    for (let y = 2000; y < 2020; y++)
      expect(store.add(viewOf('tourism-flows', state({ from: y })))).toBe('added')
    expect(store.add(viewOf('tourism-flows', state({ from: 2020 })))).toBe('full')
  })
})
