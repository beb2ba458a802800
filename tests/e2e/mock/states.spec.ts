/**
 * Mock-only: MSW scenarios chosen with `?mock=` (error, malformed, empty) and an axe check.
 * The live build has no MSW, so these run in the `mock` project only.
 */
import { expect, test } from '@playwright/test'
import { expectNoBrokenValues } from '../support'

const header = (page: import('@playwright/test').Page) =>
  page.getByRole('heading', { level: 1, name: 'ROK–Japan Pulse' })

test('?mock=error shows an error with Retry, header still there', async ({ page }) => {
  await page.goto('/?mock=error')
  await expect(header(page)).toBeVisible()
  await expect(page.getByRole('button', { name: /retry/i }).first()).toBeVisible()
  await expect(page.locator('tbody tr[data-series-id]')).toHaveCount(0)
  await expectNoBrokenValues(page)
})

test('?mock=malformed shows a readable error, never a number', async ({ page }) => {
  await page.goto('/?mock=malformed')
  await expect(header(page)).toBeVisible()
  await expect(page.getByText(/unexpected|invalid|could not (be )?read/i).first()).toBeVisible()
  await expect(page.locator('tbody tr[data-series-id]')).toHaveCount(0)
  await expect(page.locator('figure svg')).toHaveCount(0)
  // the page's own labels (filters, chart options such as "95% sampling error") are not data
  const main = await page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement
    copy.querySelectorAll('.filters, .chart-options').forEach((n) => n.remove())
    return copy.innerText ?? copy.textContent ?? ''
  })
  expect(main, 'no data values rendered from a malformed response').not.toMatch(
    /\d+(\.\d+)?\s?%|\d{1,3}(,\d{3})+/,
  )
  await expectNoBrokenValues(page)
})

test('?mock=empty shows an empty state', async ({ page }) => {
  await page.goto('/?mock=empty')
  await expect(header(page)).toBeVisible()
  await expect(
    page.getByText(/no (data|series|observations)|nothing to show|empty/i).first(),
  ).toBeVisible()
  await expect(page.locator('tbody tr[data-series-id]')).toHaveCount(0)
  await expectNoBrokenValues(page)
})
