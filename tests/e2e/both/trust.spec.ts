/**
 * Trust at the point of reading, in both modes: a point's tooltip and table row say who ran the
 * wave, the question, how sure the reading is and the page it was read from; the 2025 Genron
 * wave is credited to EAI with API and KEI (also in Korean); a source name opens its methods entry.
 */
import { expect, test, type Page } from '@playwright/test'
import { loadObservations, watchConsole, waitForSettled } from '../support'

const GENRON_KR = 'genron-kr-good-impression-jp'

function krFacet(page: Page) {
  return page
    .locator('[data-chart="favorability-trend"] figure.rjp-chart')
    .filter({ has: page.getByRole('heading', { name: 'Koreans on Japan' }) })
}

test('a point says who ran the wave, the question, its confidence and its page', async ({
  page,
}) => {
  const console = watchConsole(page)
  await page.goto('/?respondents=KR&sources=genron')
  await waitForSettled(page)
  const facet = krFacet(page)
  await facet.scrollIntoViewIfNeeded()
  await facet.locator('.rjp-chart-surface').focus()
  await page.keyboard.press('ArrowRight')
  const tip = facet.locator('.rjp-tooltip')
  // the first wave is credited to the Genron NPO and EAI, the last to EAI with API and KEI
  await expect(tip).toContainText('Run by: Genron NPO and EAI')
  await page.keyboard.press('End')
  await expect(tip).toContainText('2025')
  await expect(tip).toContainText('Run by: EAI with API and KEI')
  await expect(tip).toContainText('Question: Impression of Japan')
  await expect(tip).toContainText(/Confidence: (high|medium|low)/)
  await expect(tip).toContainText(/Read from: [a-z0-9.-]+\.[a-z]+/)
  await page.keyboard.press('Escape')

  // the table: the same credit, the confidence, and a link named by its host
  const latest = (loadObservations(GENRON_KR) ?? [])
    .filter((o) => o.ageGroup === 'all')
    .sort((a, b) => a.period.localeCompare(b.period))
    .at(-1)
  expect(latest).toBeDefined()
  await facet.getByRole('button', { name: 'Show table' }).click()
  const row = facet.locator('tbody tr').filter({ hasText: 'EAI with API and KEI' }).last()
  await expect(row).toContainText('2025')
  const link = row.getByRole('link')
  await expect(link).toHaveAttribute('href', latest!.sourceUrl)
  await expect(link).toHaveText(new URL(latest!.sourceUrl).hostname.replace(/^www\./, ''))
  await expect(facet.locator('.rjp-table-questions')).toContainText('Impression of Japan')
  console.expectNone()
})

test('the 2025 Genron wave is credited to EAI with API and KEI, in Korean too', async ({
  page,
}) => {
  await page.goto('/?lang=ko')
  const card = page.locator(`li.headline-card[data-series-id="${GENRON_KR}"]`)
  await expect(card.locator('.headline-source')).toContainText('동아시아연구원·API·KEI, 2025')
  await expect(card.locator('.headline-source')).not.toContainText('겐론')
})

test('a source name in the caption opens its entry in Sources and methodology', async ({
  page,
}) => {
  await page.goto('/?respondents=KR&sources=genron')
  await waitForSettled(page)
  const facet = krFacet(page)
  const source = facet.getByRole('link', { name: /Genron NPO and East Asia Institute/ })
  const href = await source.getAttribute('href')
  expect(href).toMatch(/^#source-/)
  await source.click()
  const entry = page.locator(`details${href}`)
  await expect(entry).toHaveAttribute('open', '')
  await expect(entry).toBeInViewport()
})
