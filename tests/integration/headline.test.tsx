import { readFileSync } from 'node:fs'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { ObservationRow, SeriesMeta } from '../../src/data/schemas'
import { createFormatters, type Lang } from '../../src/domain/format'
import { HeadlineSummary } from '../../src/features/headline/HeadlineSummary'
import { headlineSeries } from '../../src/features/headline/headline'
import { processedProfiles } from '../support/processed'
import { server } from '../../src/mocks/node'
import { renderWithProviders } from './render'

const catalogue = JSON.parse(readFileSync('data/processed/series.json', 'utf8')) as {
  series: SeriesMeta[]
}

function rowsOf(id: string): ObservationRow[] {
  return (
    JSON.parse(readFileSync(`data/processed/observations/${id}.json`, 'utf8')) as {
      observations: ObservationRow[]
    }
  ).observations
}

function metaOf(id: string): SeriesMeta {
  const m = catalogue.series.find((s) => s.id === id)
  if (!m) throw new Error(`no series ${id}`)
  return m
}

/** Latest and previous all-ages rows, read straight from data/processed. */
function expected(id: string) {
  const all = rowsOf(id)
    .filter((r) => r.ageGroup === 'all')
    .sort((a, b) => (a.period < b.period ? -1 : 1))
  const latest = all.at(-1)
  if (!latest) throw new Error(`no all-ages row in ${id}`)
  return { latest, previous: all.filter((r) => r.period < latest.period).at(-1) }
}

function shownValue(lang: Lang, id: string, value: number): string {
  const f = createFormatters(lang)
  const unit = metaOf(id).unit
  return unit === 'count' ? f.countCompact(value) : f.value(value, unit)
}

/** The cards the section should show: chosen from the metadata, as the page does. */
const HEADLINE_SERIES = headlineSeries(processedProfiles())

/** Waits until the section has chosen its cards from the series list. */
async function cardsShown(): Promise<void> {
  await waitFor(() =>
    expect(document.querySelectorAll('li.headline-card[data-series-id]')).toHaveLength(
      HEADLINE_SERIES.length,
    ),
  )
}

function card(id: string): HTMLElement {
  const el = document.querySelector(`li[data-series-id="${id}"]`)
  if (!(el instanceof HTMLElement)) throw new Error(`no card for ${id}`)
  return el
}

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

describe('Headline summary', () => {
  it('shows the latest all-ages value of every main series with its source, period and link', async () => {
    const { container } = renderWithProviders(<HeadlineSummary />)
    await cardsShown()
    expect(screen.getByRole('heading', { level: 2, name: 'Latest figures' })).toBeTruthy()
    const f = createFormatters('en')
    for (const { id } of HEADLINE_SERIES) {
      const { latest } = expected(id)
      const c = card(id)
      await waitFor(() =>
        expect(within(c).getByText(shownValue('en', id, latest.value))).toBeTruthy(),
      )
      const link = within(c).getByRole('link')
      expect(link.getAttribute('href')).toBe(latest.sourceUrl)
      expect(link.getAttribute('rel')).toBe('noopener noreferrer')
      // the link is named by where it goes; the line credits who ran the wave, and when
      expect(link.textContent).toBe(new URL(latest.sourceUrl).hostname.replace(/^www\./, ''))
      expect(c.querySelector('.headline-source')?.textContent).toContain(f.period(latest.period))
      if (metaOf(id).unit === 'count') expect(c.textContent).toContain(f.count(latest.value))
      if (latest.estimated) expect(within(c).getByText('estimated')).toBeTruthy()
    }
    // the 2025 wave is credited to who ran it, not to the family's name
    const genron = card('genron-kr-good-impression-jp').querySelector('.headline-source')
    expect(genron?.textContent).toMatch(/^EAI with API and KEI, 2025/)
    expect(genron?.textContent).not.toMatch(/Genron/)
    expect(container.textContent).not.toMatch(/NaN|undefined|Infinity/)
  })

  it('gives the change since the previous wave, or says the method changed in between', async () => {
    renderWithProviders(<HeadlineSummary />)
    await cardsShown()
    const f = createFormatters('en')
    const signed = new Intl.NumberFormat('en', {
      signDisplay: 'exceptZero',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    })
    let checkedDifference = 0
    let checkedBreak = 0
    for (const { id } of HEADLINE_SERIES) {
      const meta = metaOf(id)
      const { latest, previous } = expected(id)
      const c = card(id)
      await waitFor(() => expect(c.querySelector('.headline-change')).not.toBeNull())
      const text = c.querySelector('.headline-change')?.textContent ?? ''
      if (!previous) {
        expect(text).toBe('No earlier published wave')
        continue
      }
      const between = meta.breaks.filter(
        (b) => b.period > previous.period && b.period <= latest.period,
      )
      const since = `since ${f.period(previous.period)}`
      if (between.length === 0) {
        const delta =
          meta.unit === 'count'
            ? `${signed.format(((latest.value - previous.value) / previous.value) * 100)}%`
            : signed.format(latest.value - previous.value)
        expect(text).toContain(delta)
        expect(text).toContain(since)
        checkedDifference++
      } else if (between.some((b) => b.kind !== 'other')) {
        expect(text).toMatch(new RegExp(`^Method changed ${since}`))
        checkedBreak++
      }
    }
    expect(checkedDifference).toBeGreaterThan(0)
    expect(checkedBreak).toBeGreaterThan(0)
  })

  it('speaks Korean, with Korean labels and Korean compact counts', async () => {
    renderWithProviders(<HeadlineSummary />, { lang: 'ko' })
    await cardsShown()
    expect(await screen.findByRole('heading', { level: 2, name: '최신 수치' })).toBeTruthy()
    expect(screen.getByRole('heading', { level: 3, name: '일본에 좋은 인상을 가진 한국인' }))
    const id = 'jnto-kr-visitors-to-jp'
    const { latest } = expected(id)
    const compact = createFormatters('ko').countCompact(latest.value)
    expect(compact).toMatch(/만$/)
    await waitFor(() => expect(within(card(id)).getByText(compact)).toBeTruthy())
    expect(card(id).querySelector('.headline-source')?.textContent).toContain('일본정부관광국')
  })

  it('shows a failed series as an error in its own card only, and recovers on retry', async () => {
    const failing = 'cao-jp-affinity-kr'
    server.use(
      http.get(`*/api/v1/series/${failing}/observations`, () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'boom' },
          { status: 500, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    )
    renderWithProviders(<HeadlineSummary />)
    await cardsShown()
    const alert = await within(card(failing)).findByRole('alert')
    expect(alert.textContent).toMatch(/\(500\)/)
    for (const { id } of HEADLINE_SERIES) {
      if (id === failing) continue
      const { latest } = expected(id)
      await waitFor(() =>
        expect(within(card(id)).getByText(shownValue('en', id, latest.value))).toBeTruthy(),
      )
      expect(within(card(id)).queryByRole('alert')).toBeNull()
    }
    expect(screen.getAllByRole('alert')).toHaveLength(1)

    server.resetHandlers()
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    const { latest } = expected(failing)
    await waitFor(() =>
      expect(within(card(failing)).getByText(shownValue('en', failing, latest.value))).toBeTruthy(),
    )
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
