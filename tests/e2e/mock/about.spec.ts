/**
 * The foot of the dashboard and "All series", as a reader uses them: the data date, the licence
 * and a citation of this view; the whole dataset as CSV and JSON (counted against
 * data/processed); sorting and searching the series table.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { loadObservations, loadSeries, PROCESSED, watchConsole } from '../support'

const COLUMNS =
  'series_id,series_title,source_org,survey,question,respondents,target,measure,unit,period,age_group,value,sample_size,survey_sample_size,fieldwork,conducted_by,confidence,estimated,note,source_url'

const series = loadSeries() ?? []
/** Every observation in data/processed/observations/*.json: what the mock serves. */
const totalObservations = readdirSync(join(PROCESSED, 'observations'))
  .filter((f) => f.endsWith('.json'))
  .reduce(
    (n, f) =>
      n +
      (
        JSON.parse(readFileSync(join(PROCESSED, 'observations', f), 'utf8')) as {
          observations: unknown[]
        }
      ).observations.length,
    0,
  )
const latestPeriod = (
  JSON.parse(readFileSync(join(PROCESSED, 'series.json'), 'utf8')) as {
    series: { coverage?: { to: string } }[]
  }
).series
  .map((s) => s.coverage?.to ?? '')
  .sort()
  .at(-1)!
/** "2025-12" → "Dec 2025", as the dashboard writes a month in English. */
function periodEn(p: string): string {
  const [y, m] = p.split('-').map(Number)
  if (m === undefined) return String(y)
  return new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m - 1, 1)),
  )
}

/** What the search looks in: titles and source names in every language, and the survey. */
const searchable = (
  JSON.parse(readFileSync(join(PROCESSED, 'series.json'), 'utf8')) as {
    series: (Record<string, unknown> & { i18n?: Record<string, Record<string, unknown>> })[]
  }
).series.map((s) => ({
  id: s.id,
  text: [
    s.title,
    s.sourceOrg,
    s.survey,
    s.label,
    s.sourceLabel,
    ...['ko', 'ja'].flatMap((l) => [
      s.i18n?.[l]?.title,
      s.i18n?.[l]?.label,
      s.i18n?.[l]?.sourceLabel,
    ]),
  ]
    .filter((t): t is string => typeof t === 'string')
    .join('\n')
    .toLowerCase(),
}))

const footer = (page: Page) => page.locator('footer.site-footer')

test('the footer gives the data date, the licence and a citation of this view', async ({
  page,
  context,
  baseURL,
}) => {
  const watch = watchConsole(page)
  await page.goto('/?age=18-29&from=2018')
  const f = footer(page)
  await f.scrollIntoViewIfNeeded()
  await expect(f.getByText(`Data as of ${periodEn(latestPeriod)}`, { exact: true })).toBeVisible()
  await expect(
    f.getByText(
      "Code: MIT. Compilation: CC BY 4.0; each figure remains its publisher's: credit the source named with it.",
    ),
  ).toBeVisible()
  const citation = f.locator('.about__citation')
  const viewUrl = `${baseURL}/?age=18-29&from=2018`
  await expect(citation).toHaveText(
    `ROK–Japan Pulse, “South Korea–Japan opinion and tourism figures” (data as of ${periodEn(latestPeriod)}). ${viewUrl}`,
  )

  // a change of view changes the citation with it
  await page.getByRole('radio', { name: '30s' }).check()
  await expect(citation).toContainText(`${baseURL}/?age=30-39&from=2018`)

  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await f.getByRole('button', { name: 'Copy citation' }).click()
  await expect(f.getByText('Citation copied')).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await citation.textContent(),
  )
  watch.expectNone()
})

test('the whole dataset downloads as CSV (one line per observation) and JSON', async ({
  page,
  baseURL,
}) => {
  expect(totalObservations).toBeGreaterThan(0)
  const watch = watchConsole(page)
  await page.goto('/?lang=en')
  const f = footer(page)
  await f.scrollIntoViewIfNeeded()

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    f.getByRole('button', { name: 'Download CSV' }).click(),
  ])
  expect(csv.suggestedFilename()).toMatch(/^rokjp-pulse-dataset-\d{4}-\d{2}-\d{2}\.csv$/)
  const bytes = readFileSync((await csv.path())!)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '')
  expect(text.endsWith('\r\n')).toBe(true)
  const lines = text.slice(0, -2).split('\r\n')
  expect(lines[0]).toBe(COLUMNS)
  expect(lines.length).toBe(totalObservations + 1)
  await expect(f.getByRole('status').filter({ hasText: /^Saved / })).toContainText(
    `${series.length} series`,
  )

  // a known row, as published
  const first = series[0]!
  const obs = loadObservations(first.id)![0]!
  expect(
    lines.some(
      (l) =>
        l.startsWith(`${first.id},`) &&
        l.includes(`,${obs.period},${obs.ageGroup},${obs.value},`) &&
        l.endsWith(`,${obs.sourceUrl}`),
    ),
  ).toBe(true)

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    f.getByRole('button', { name: 'Download JSON' }).click(),
  ])
  expect(json.suggestedFilename()).toMatch(/^rokjp-pulse-dataset-\d{4}-\d{2}-\d{2}\.json$/)
  const doc = JSON.parse(readFileSync((await json.path())!, 'utf8')) as {
    dataAsOf: string
    source: string
    series: { id: string; sources: { url: string }[]; observations: unknown[] }[]
  }
  expect(doc.dataAsOf).toBe(latestPeriod)
  expect(doc.source).toBe(`${baseURL}/`)
  expect(doc.series).toHaveLength(series.length)
  expect(doc.series.reduce((n, s) => n + s.observations.length, 0)).toBe(totalObservations)
  for (const s of doc.series) expect(s.sources.length, s.id).toBeGreaterThan(0)
  watch.expectNone()
})

test('a failed request stops the download with a retry, and no file', async ({ page }) => {
  await page.goto('/?mock=error:observations')
  const f = footer(page)
  await f.scrollIntoViewIfNeeded()
  let downloads = 0
  page.on('download', () => (downloads += 1))
  await f.getByRole('button', { name: 'Download CSV' }).click()
  const alert = f.getByRole('alert')
  await expect(alert).toContainText('No file was saved', { timeout: 20_000 })
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible()
  await page.waitForTimeout(500)
  expect(downloads).toBe(0)
})

test('"All series" sorts by a column and finds series by title, source or survey', async ({
  page,
}) => {
  await page.goto('/')
  const section = page
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: 'All series' }) })
  const tourism = section.getByRole('table', { name: 'Tourism' })
  await tourism.scrollIntoViewIfNeeded()
  // every row linked (band-only series link their latest band figure)
  await expect(section.locator('tbody tr[data-series-id] a')).toHaveCount(series.length, {
    timeout: 20_000,
  })

  const period = tourism.getByRole('button', { name: /^Period/ })
  await period.click()
  await expect(tourism.locator('th[aria-sort="ascending"]')).toHaveText(/Period/)
  await period.click()
  await expect(tourism.locator('th[aria-sort="descending"]')).toHaveText(/Period/)
  const ids = await tourism
    .locator('tbody tr[data-series-id]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-series-id')!))
  // the period a row shows: its latest all-ages figure, else its latest band figure
  const latest = (id: string) => {
    const obs = loadObservations(id) ?? []
    const all = obs.filter((o) => o.ageGroup === 'all')
    return (
      (all.length > 0 ? all : obs)
        .map((o) => o.period)
        .sort()
        .at(-1) ?? ''
    )
  }
  const periods = ids.map(latest)
  expect(periods).toEqual([...periods].sort().reverse())

  const box = section.getByRole('searchbox', { name: 'Search series' })
  await box.fill('JNTO')
  const jnto = searchable.filter((s) => s.text.includes('jnto'))
  expect(jnto.length).toBeGreaterThan(0)
  await expect(section.locator('tbody tr[data-series-id]')).toHaveCount(jnto.length)
  await expect(section.getByText(`${jnto.length} of ${series.length} series`)).toBeVisible()
  await box.fill('no such series anywhere')
  await expect(section.getByText('No series match “no such series anywhere”.')).toBeVisible()
  await box.fill('')
  await expect(section.locator('tbody tr[data-series-id]')).toHaveCount(series.length)
})
