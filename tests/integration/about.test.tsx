/**
 * The footer's data block, as a reader uses it: the data date and the citation of this view,
 * copying it (with and without clipboard permission), and the whole dataset as CSV and JSON
 * through the real providers and the MSW mock of data/processed.
 */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DataFooter } from '../../src/features/about/DataFooter'
import { DATASET_COLUMNS } from '../../src/features/about/dataset'
import { createFormatters } from '../../src/domain/format'
import { scenarioErrorProblem, scenarioHandlers } from '../../src/mocks/scenarios'
import { installMockServer } from '../mocks/mock-server'
import { processedRows, processedSeries } from '../support/processed'
import { renderWithProviders } from './render'

const server = installMockServer()

const PAGE_URL = 'http://localhost/?age=18-29&from=2018&lang=en'
const totalRows = processedSeries.reduce((n, s) => n + processedRows(s.id).length, 0)
const latestPeriod = processedSeries
  .map((s) => s.coverage?.to ?? '')
  .sort()
  .at(-1)!
const latestDate = createFormatters('en').period(latestPeriod)

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let field = ''
  let record: string[] = []
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      record.push(field)
      field = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field)
      records.push(record)
      record = []
      field = ''
      i++
    } else field += c
  }
  if (field !== '' || record.length > 0) throw new Error('CSV does not end with CRLF')
  return records
}

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

function setClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', {
    value: writeText ? { writeText } : undefined,
    configurable: true,
  })
}

function citation(): HTMLElement {
  const heading = screen.getByRole('heading', { name: 'How to cite' })
  return heading.parentElement!.querySelector('.about__citation')!
}

describe('footer: data date, licence and citation', () => {
  it('cites the site, the title, the data date and the address of this view', async () => {
    renderWithProviders(<DataFooter pageUrl={PAGE_URL} />)
    expect(await screen.findByText(`Data as of ${latestDate}`)).toBeTruthy()
    expect(
      screen.getByText(
        "Code: MIT. Compilation: CC BY 4.0; each figure remains its publisher's: credit the source named with it.",
      ),
    ).toBeTruthy()
    await waitFor(() => expect(citation().textContent).toContain(latestDate))
    expect(citation().textContent).toBe(
      `ROK–Japan Pulse, “South Korea–Japan opinion and tourism figures” (data as of ${latestDate}). ${PAGE_URL}`,
    )
  })

  it('keeps a hostile address as text and leaves the date out when the server sends no coverage', async () => {
    server.use(
      http.get('*/api/v1/series', () =>
        HttpResponse.json({
          series: processedSeries.map(({ coverage: _c, ...s }) => s),
        }),
      ),
    )
    const url = 'http://localhost/?age=<img src=x onerror=alert(1)>&from="2018"'
    const { container } = renderWithProviders(<DataFooter pageUrl={url} />)
    await waitFor(() => expect(citation().textContent).toContain(url))
    expect(container.querySelector('img')).toBeNull()
    expect(citation().textContent).not.toMatch(/data as of/)
    expect(screen.queryByText(/^Data as of/)).toBeNull()
  })

  it('speaks Korean and Japanese', async () => {
    renderWithProviders(<DataFooter pageUrl={PAGE_URL} />, { lang: 'ko' })
    expect(await screen.findByRole('heading', { name: '인용 방법' })).toBeTruthy()
    const ko = createFormatters('ko').period(latestPeriod)
    expect(await screen.findByText(`데이터 기준: ${ko}`)).toBeTruthy()
    expect(screen.getByText(/편집물: CC BY 4\.0/)).toBeTruthy()
  })

  it('copies the citation to the clipboard', async () => {
    const user = userEvent.setup()
    const writeText = vi.fn(() => Promise.resolve())
    setClipboard(writeText)
    renderWithProviders(<DataFooter pageUrl={PAGE_URL} />)
    await waitFor(() => expect(citation().textContent).toContain(latestDate))
    await user.click(screen.getByRole('button', { name: 'Copy citation' }))
    expect(writeText).toHaveBeenCalledWith(citation().textContent)
    expect(await screen.findByText('Citation copied')).toBeTruthy()
  })

  it.each([
    ['refused', () => Promise.reject(new DOMException('denied', 'NotAllowedError'))],
    ['absent', undefined],
  ] as const)(
    'selects the citation for Ctrl+C when the clipboard is %s',
    async (_case, writeText) => {
      const user = userEvent.setup()
      setClipboard(writeText)
      renderWithProviders(<DataFooter pageUrl={PAGE_URL} />)
      await waitFor(() => expect(citation().textContent).toContain(latestDate))
      await user.click(screen.getByRole('button', { name: 'Copy citation' }))
      expect(await screen.findByText(/the citation is selected, press Ctrl\+C/)).toBeTruthy()
      expect(window.getSelection()?.toString()).toBe(citation().textContent)
    },
  )
})

describe('footer: the whole dataset', () => {
  it('saves every observation the API serves as one CSV row, under the exact header', async () => {
    const user = userEvent.setup()
    renderWithProviders(<DataFooter pageUrl={PAGE_URL} />)
    await user.click(screen.getByRole('button', { name: 'Download CSV' }))
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 10_000 })
    const file = saved[0]!
    expect(file.name).toMatch(/^rokjp-pulse-dataset-\d{4}-\d{2}-\d{2}\.csv$/)
    const bytes = new Uint8Array(await file.blob.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = await file.blob.text()
    const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''))
    expect(header).toEqual([...DATASET_COLUMNS])
    expect(rows).toHaveLength(totalRows)
    for (const r of rows) expect(r).toHaveLength(DATASET_COLUMNS.length)
    // one known row, field by field
    const s = processedSeries[0]!
    const o = processedRows(s.id)[0]!
    const col = (name: (typeof DATASET_COLUMNS)[number]) => DATASET_COLUMNS.indexOf(name)
    const row = rows.find(
      (r) =>
        r[col('series_id')] === s.id &&
        r[col('period')] === o.period &&
        r[col('age_group')] === o.ageGroup,
    )!
    expect(row[col('series_title')]).toBe(s.title)
    expect(row[col('value')]).toBe(String(o.value))
    expect(row[col('source_url')]).toBe(o.sourceUrl)
    expect(row[col('question')]).toBe(s.question ?? '')
    expect(
      await screen.findByText(
        `Saved ${file.name}: ${processedSeries.length} series, ${totalRows.toLocaleString('en-US')} observations.`,
      ),
    ).toBeTruthy()
  })

  it('saves the JSON with the data date, the page address and nested observations, without fetching twice', async () => {
    const user = userEvent.setup()
    const observationRequests: string[] = []
    const onRequest = ({ request }: { request: Request }) => {
      if (request.url.includes('/observations')) observationRequests.push(request.url)
    }
    server.events.on('request:start', onRequest)
    try {
      renderWithProviders(<DataFooter pageUrl={PAGE_URL} />)
      await user.click(screen.getByRole('button', { name: 'Download CSV' }))
      await waitFor(() => expect(saved).toHaveLength(1), { timeout: 10_000 })
      expect(observationRequests).toHaveLength(processedSeries.length)
      await user.click(screen.getByRole('button', { name: 'Download JSON' }))
      await waitFor(() => expect(saved).toHaveLength(2))
      // the second file comes from the query cache: no observations fetched again
      expect(observationRequests).toHaveLength(processedSeries.length)
    } finally {
      server.events.removeListener('request:start', onRequest)
    }
    const file = saved[1]!
    expect(file.name).toMatch(/^rokjp-pulse-dataset-\d{4}-\d{2}-\d{2}\.json$/)
    const doc = JSON.parse(await file.blob.text()) as {
      dataAsOf: string
      source: string
      series: { id: string; sources: unknown[]; observations: unknown[] }[]
    }
    expect(doc.dataAsOf).toBe(latestPeriod)
    expect(doc.source).toBe(PAGE_URL)
    expect(doc.series.map((s) => s.id)).toEqual(
      expect.arrayContaining(processedSeries.map((s) => s.id)),
    )
    expect(doc.series).toHaveLength(processedSeries.length)
    expect(doc.series.reduce((n, s) => n + s.observations.length, 0)).toBe(totalRows)
    for (const s of doc.series) expect(s.sources.length).toBeGreaterThan(0)
  })

  it('says when a request fails, saves no partial file, and completes on retry', async () => {
    const user = userEvent.setup()
    const failing = processedSeries[3]!.id
    server.use(
      http.get('*/api/v1/series/:id/observations', ({ params }) =>
        params.id === failing
          ? HttpResponse.json(scenarioErrorProblem, {
              status: 500,
              headers: { 'Content-Type': 'application/problem+json' },
            })
          : undefined,
      ),
    )
    renderWithProviders(<DataFooter pageUrl={PAGE_URL} />)
    await user.click(screen.getByRole('button', { name: 'Download CSV' }))
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 })
    expect(alert.textContent).toMatch(
      new RegExp(
        `No file was saved: a request failed after \\d+ of ${processedSeries.length} series`,
      ),
    )
    expect(alert.textContent).toMatch(/error \(500\)/)
    expect(saved).toHaveLength(0)
    expect(URL.createObjectURL).not.toHaveBeenCalled()

    server.resetHandlers()
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 10_000 })
    expect(saved[0]!.name).toMatch(/\.csv$/)
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('shows progress while it prepares', async () => {
    const user = userEvent.setup()
    server.use(...scenarioHandlers('slow', { resources: ['observations'], delayMs: 150 }))
    renderWithProviders(<DataFooter pageUrl={PAGE_URL} />)
    await user.click(screen.getByRole('button', { name: 'Download JSON' }))
    expect(
      await screen.findByText(new RegExp(`^Preparing… \\d+/${processedSeries.length}$`)),
    ).toBeTruthy()
    expect(
      (screen.getByRole('button', { name: 'Download CSV' }) as HTMLButtonElement).disabled,
    ).toBe(true)
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 15_000 })
  })
})
