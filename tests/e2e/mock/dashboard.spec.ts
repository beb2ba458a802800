/**
 * The dashboard as an analyst uses it: cohort filter in the URL, reload and Back, a bad link,
 * language switch, accessibility in both themes.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

const favorability = (page: Page) => page.locator('[data-chart="favorability-trend"]')

async function chartsDrawn(page: Page) {
  await expect(favorability(page).locator('figure svg').first()).toBeVisible({ timeout: 20_000 })
}

test('all four charts draw from the mock, each with its title and source line', async ({
  page,
}) => {
  await page.goto('/')
  for (const id of ['favorability-trend', 'age-cohorts', 'tourism-flows', 'opinion-vs-tourism']) {
    const card = page.locator(`#${id}`)
    await expect(card.locator('figure svg').first()).toBeVisible({ timeout: 20_000 })
    await expect(card.getByText(/^Source: /).first()).toBeVisible()
    await expect(card.getByRole('button', { name: 'Share / embed' })).toBeVisible()
  }
  expect(await page.locator('body').innerText()).not.toMatch(/NaN|undefined/)
})

test('choosing 18–29 updates the URL and the charts, and a reload restores the view', async ({
  page,
}) => {
  await page.goto('/')
  await chartsDrawn(page)
  await expect(
    favorability(page).getByText('Gallup Korea · like', { exact: true }).first(),
  ).toBeVisible()

  await page.getByRole('radio', { name: '18–29' }).check()
  await expect(page).toHaveURL(/[?&]age=18-29(&|$)/)
  await expect(favorability(page).getByText('Gallup Korea (18-29)').first()).toBeVisible()
  await expect(favorability(page).getByText(/· 18–29/)).toBeVisible()

  await page.reload()
  await chartsDrawn(page)
  await expect(page.getByRole('radio', { name: '18–29' })).toBeChecked()
  await expect(favorability(page).getByText('Gallup Korea (18-29)').first()).toBeVisible()
})

test('the Back button returns to the previous view', async ({ page }) => {
  await page.goto('/')
  await chartsDrawn(page)
  await page.getByRole('radio', { name: '70+' }).check()
  await expect(page).toHaveURL(/age=70%2B/)
  await page.goBack()
  await expect(page).not.toHaveURL(/age=/)
  await expect(page.getByRole('radio', { name: 'All ages' })).toBeChecked()
})

test('a malformed parameter falls back to the default with a notice, never a blank page', async ({
  page,
}) => {
  await page.goto('/?age=banana&from=19x9&lang=xx')
  await expect(page.getByRole('status').filter({ hasText: 'not understood' })).toContainText(
    'age=banana',
  )
  await expect(page.getByRole('radio', { name: 'All ages' })).toBeChecked()
  await chartsDrawn(page)
  // prototype keys once blanked the page
  await page.goto('/?age=__proto__&theme=constructor')
  await expect(page.getByRole('status').filter({ hasText: 'not understood' })).toContainText(
    'age=__proto__',
  )
  await chartsDrawn(page)
})

test('switching language changes labels and number formats', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'All series' })).toBeVisible()
  await page.getByLabel('Language').selectOption('ko')
  await expect(page).toHaveURL(/lang=ko/)
  await expect(page.getByRole('heading', { name: '전체 시계열' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
  // counts in Korean units (만), not M
  await expect(page.getByText(/\d+만/).first()).toBeVisible({ timeout: 20_000 })
})

for (const theme of ['light', 'dark'] as const) {
  test(`no axe violations in the ${theme} theme`, async ({ page }) => {
    await page.goto(`/?theme=${theme}`)
    await chartsDrawn(page)
    await expect(page.locator('tbody tr[data-series-id]').first()).toBeVisible()
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
    const summary = results.violations.map(
      (v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`,
    )
    expect(summary).toEqual([])
  })
}
