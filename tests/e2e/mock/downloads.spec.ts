/** Downloads and print: what a briefing writer takes away from the dashboard. */
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { loadObservations } from '../support'

const card = (page: Page, id: string) => page.locator(`#${id}`)

async function download(page: Page, id: string, item: string) {
  const c = card(page, id)
  await expect(c.locator('figure svg').first()).toBeVisible({ timeout: 20_000 })
  await c.getByText('Download', { exact: true }).first().click()
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    c.getByRole('button', { name: item }).first().click(),
  ])
  return file
}

test('the tourism CSV holds exactly the plotted annual rows, with source URLs', async ({
  page,
}) => {
  await page.goto('/?from=2018&to=2025')
  const file = await download(page, 'tourism-flows', 'CSV data')
  expect(file.suggestedFilename()).toMatch(/^rokjp-pulse_tourism-flows.*2018-2025.*\.csv$/)
  const text = readFileSync((await file.path())!, 'utf8').replace(/^\uFEFF/, '')
  const [header, ...rows] = text.trim().split(/\r\n/)
  expect(header).toContain('series_id')
  expect(header).toContain('source_url')
  const expected = ['jnto-kr-visitors-to-jp', 'kto-jp-visitors-to-kr'].flatMap((id) =>
    (loadObservations(id) ?? [])
      .filter((o) => o.ageGroup === 'all' && Number(o.period) >= 2018 && Number(o.period) <= 2025)
      .map((o) => `${id},${o.period},${o.value}`),
  )
  expect(rows.length).toBe(expected.length)
  for (const key of expected) {
    const [id, period, value] = key.split(',')
    expect(
      rows.some((r) => r.includes(id!) && r.includes(`,${period},`) && r.includes(`,${value},`)),
      key,
    ).toBe(true)
  }
  for (const r of rows) expect(r).toMatch(/https?:\/\//)
})

test('the SVG download is a captioned, self-contained image', async ({ page }) => {
  await page.goto('/')
  const file = await download(page, 'opinion-vs-tourism', 'SVG image')
  const svg = readFileSync((await file.path())!, 'utf8')
  expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/)
  expect(svg).toContain('<title>Opinion and travel, side by side</title>')
  expect(svg).toContain('Japan National Tourism Organization')
  expect(svg).not.toMatch(/NaN|var\(--/)
})

test('printing one chart hides the rest of the page but keeps its sources', async ({ page }) => {
  await page.goto('/')
  await expect(card(page, 'tourism-flows').locator('figure svg').first()).toBeVisible({
    timeout: 20_000,
  })
  await page.evaluate(() => {
    document.body.dataset.printChart = 'tourism-flows'
  })
  await page.emulateMedia({ media: 'print' })
  await expect(card(page, 'tourism-flows')).toBeVisible()
  await expect(card(page, 'favorability-trend')).toBeHidden()
  await expect(page.getByRole('heading', { name: 'All series' })).toBeHidden()
  await expect(
    card(page, 'tourism-flows').getByText(/Source: Japan National Tourism Organization/),
  ).toBeVisible()
  await expect(card(page, 'tourism-flows').locator('.rjp-legend')).toBeVisible()
})

test('the PNG (2×) download is a real image twice the chart size', async ({ page }) => {
  await page.goto('/')
  const file = await download(page, 'tourism-flows', 'PNG image (2×)')
  const png = readFileSync((await file.path())!)
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  const width = png.readUInt32BE(16)
  const height = png.readUInt32BE(20)
  expect(width).toBeGreaterThan(1000)
  expect(width % 2).toBe(0)
  expect(height).toBeGreaterThan(400)
})

test('the JSON download holds the same rows as the CSV', async ({ page }) => {
  await page.goto('/?from=2018&to=2025')
  const csv = readFileSync(
    (await (await download(page, 'tourism-flows', 'CSV data')).path())!,
    'utf8',
  )
  const json = JSON.parse(
    readFileSync((await (await download(page, 'tourism-flows', 'JSON data')).path())!, 'utf8'),
  ) as { chart: string; rows: { series_id: string; value: number; source_url: string }[] }
  expect(json.chart).toBe('tourism-flows')
  expect(json.rows.length).toBe(csv.trim().split(/\r\n/).length - 1)
  for (const r of json.rows) {
    expect(Number.isFinite(r.value)).toBe(true)
    expect(r.source_url).toMatch(/^https?:\/\//)
  }
})
