/**
 * Mock-only: MSW scenarios chosen with `?mock=` (error, malformed, empty) and an axe check.
 * The live build has no MSW, so these run in the `mock` project only.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { expectNoBrokenValues, waitForSettled } from '../support'

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
  const main = await page.locator('body').innerText()
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

test('overview has no axe violations (WCAG 2 A/AA)', async ({ page }) => {
  await page.goto('/')
  await expect(header(page)).toBeVisible()
  // Let the data arrive so that the table is part of the scan.
  await expect(page.locator('tbody tr[data-series-id]').first()).toBeVisible()
  await waitForSettled(page)
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact ?? '?'}): ${v.help} — ${v.nodes.map((n) => n.target).join(' | ')}`,
  )
  expect(summary).toEqual([])
})
