/**
 * The embed as a newspaper uses it: docs/examples/briefing.html, served from another origin
 * (http://localhost:4185) than the app (127.0.0.1), loads embed.js from the app; each div becomes
 * a sandboxed, lazily loaded iframe sized by its own resize messages.
 */
import { expect, test, type Frame, type Locator, type Page } from '@playwright/test'
import { watchConsole } from '../support'

const EXAMPLES_PORT = Number(process.env.E2E_EXAMPLES_PORT ?? 4185)
const CHARTS = [
  { id: 'tourism-flows', title: 'Visitors between South Korea and Japan' },
  { id: 'favorability-trend', title: 'How favourably Koreans and Japanese see each other' },
  { id: 'age-cohorts', title: '연령대별 호감도' },
]

async function frameOf(page: Page, iframe: Locator): Promise<Frame> {
  const handle = await iframe.elementHandle()
  const frame = await handle?.contentFrame()
  if (!frame) throw new Error('iframe has no frame')
  return frame
}

/** Waits until every loader iframe is in view once (lazy loading) and has drawn its chart. */
async function loadAll(page: Page, iframes: Locator): Promise<Frame[]> {
  const frames: Frame[] = []
  for (let i = 0; i < CHARTS.length; i++) {
    const chart = CHARTS[i]!
    const iframe = iframes.nth(i)
    await iframe.scrollIntoViewIfNeeded()
    const frame = await frameOf(page, iframe)
    await expect(frame.getByRole('heading', { name: chart.title })).toBeVisible({
      timeout: 20_000,
    })
    await expect(frame.locator('[aria-busy="true"]')).toHaveCount(0)
    await expect(frame.locator('figure svg[viewBox]').first()).toBeVisible()
    frames.push(frame)
  }
  return frames
}

test('briefing page on another origin: three embeds render, fit their content, do not shift', async ({
  page,
  baseURL,
}) => {
  const console = watchConsole(page)
  const host = `http://localhost:${EXAMPLES_PORT}/briefing.html?app=${encodeURIComponent(baseURL ?? '')}`
  await page.goto(host)
  const iframes = page.locator('iframe[title^="ROK–Japan Pulse"]')
  await expect(iframes).toHaveCount(3)

  const appOrigin = new URL(baseURL ?? '').origin
  for (let i = 0; i < CHARTS.length; i++) {
    const iframe = iframes.nth(i)
    const src = new URL((await iframe.getAttribute('src')) ?? '')
    expect(src.origin).toBe(appOrigin)
    expect(src.pathname).toBe('/embed.html')
    expect(src.searchParams.get('chart')).toBe(CHARTS[i]!.id)
    await expect(iframe).toHaveAttribute('loading', 'lazy')
    await expect(iframe).toHaveAttribute('sandbox', /allow-scripts/)
  }
  expect(new URL((await iframes.nth(0).getAttribute('src')) ?? '').searchParams.get('from')).toBe(
    '2018',
  )

  const frames = await loadAll(page, iframes)

  // each iframe as tall as its document (within 4 px), once the resize messages have arrived
  for (let i = 0; i < frames.length; i++) {
    const iframe = iframes.nth(i)
    const frame = frames[i]!
    await expect
      .poll(async () => {
        const box = await iframe.boundingBox()
        const content = await frame.evaluate(() =>
          Math.ceil(document.documentElement.getBoundingClientRect().height),
        )
        return Math.abs((box?.height ?? 0) - content)
      })
      .toBeLessThanOrEqual(4)
  }

  // nothing shifts once everything has loaded
  await page.evaluate(() => window.scrollTo(0, 0))
  const before = await Promise.all([0, 1, 2].map((i) => iframes.nth(i).boundingBox()))
  await page.waitForTimeout(1000)
  const after = await Promise.all([0, 1, 2].map((i) => iframes.nth(i).boundingBox()))
  expect(after).toEqual(before)
  console.expectNone()
})

test('embed.html?chart=nope shows a readable message listing valid ids', async ({ page }) => {
  await page.goto('/embed.html?chart=nope')
  await expect(page.getByRole('alert')).toContainText('“nope”')
  for (const id of ['favorability-trend', 'age-cohorts', 'tourism-flows', 'opinion-vs-tourism'])
    await expect(page.getByRole('alert')).toContainText(id)
})

test('a bad parameter falls back to its default and the chart still draws', async ({ page }) => {
  await page.goto('/embed.html?chart=tourism-flows&age=banana')
  await expect(
    page.getByRole('heading', { name: 'Visitors between South Korea and Japan' }),
  ).toBeVisible()
  await expect(page.locator('figure svg[viewBox]').first()).toBeVisible()
  await expect(page.getByText(/Ignored age=banana/)).toBeVisible()
  await expect(page.getByRole('link', { name: /View in ROK–Japan Pulse/ })).toHaveAttribute(
    'href',
    /#tourism-flows$/,
  )
})
