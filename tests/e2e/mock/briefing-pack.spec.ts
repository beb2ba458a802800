/**
 * The briefing pack in a real browser: two views collected from the charts, kept across a
 * reload, downloaded as a PowerPoint file (unzipped here: one slide per view with its image,
 * title and source as text) and printed one view per page on A4 and Letter.
 */
import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import JSZip from 'jszip'

const card = (page: Page, id: string) => page.locator(`#${id}`)
const panel = (page: Page) => page.getByRole('region', { name: 'Briefing pack' })

/** Opens a view and adds two of its charts to the pack. */
async function collectTwo(page: Page) {
  await page.goto('/?age=18-29&from=2018&to=2025')
  for (const id of ['favorability-trend', 'tourism-flows']) {
    const c = card(page, id)
    await c.scrollIntoViewIfNeeded()
    await expect(c.locator('figure svg').first()).toBeVisible({ timeout: 20_000 })
    await c.getByRole('button', { name: 'Add to briefing pack' }).click()
    await expect(c.getByRole('button', { name: 'Remove from briefing pack' })).toBeVisible()
  }
  await expect(panel(page).getByRole('listitem')).toHaveCount(2)
}

test('two views survive a reload and download as a two-slide PowerPoint', async ({ page }) => {
  await collectTwo(page)
  await page.reload()
  const items = panel(page).getByRole('listitem')
  await expect(items).toHaveCount(2)
  await expect(items.nth(0)).toContainText('How favourably Koreans and Japanese see each other')
  await expect(items.nth(0)).toContainText('18–29 · 2018–2025')
  await expect(items.nth(1)).toContainText('Visitors between South Korea and Japan')

  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    panel(page).getByRole('button', { name: 'Download PowerPoint (.pptx)' }).click(),
  ])
  expect(file.suggestedFilename()).toMatch(/^rokjp-pulse_briefing-pack_\d{4}-\d{2}-\d{2}\.pptx$/)
  await expect(panel(page).getByRole('status')).toContainText('Saved rokjp-pulse_briefing-pack_')

  const zip = await JSZip.loadAsync(readFileSync((await file.path())!))
  expect(zip.file('ppt/slides/slide3.xml')).toBeNull()
  const expected = [
    { title: 'How favourably Koreans and Japanese see each other', source: /^Source: .*Genron/ },
    {
      title: 'Visitors between South Korea and Japan',
      source: /^Source: Japan National Tourism Organization/,
    },
  ]
  for (const [i, want] of expected.entries()) {
    const xml = await zip.file(`ppt/slides/slide${i + 1}.xml`)!.async('string')
    // text runs, XML entities decoded
    const runs = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) =>
      m[1]!
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    )
    expect(runs).toContain(want.title)
    expect(
      runs.some((t) => want.source.test(t)),
      runs.join(' | '),
    ).toBe(true)
    expect(runs.some((t) => t.startsWith('Notes: '))).toBe(true)
    expect(runs.some((t) => /\?age=18-29&from=2018&to=2025|\?from=2018&to=2025/.test(t))).toBe(true)
    const rels = await zip.file(`ppt/slides/_rels/slide${i + 1}.xml.rels`)!.async('string')
    const media = /Target="\.\.\/media\/([^"]+\.png)"/.exec(rels)?.[1]
    expect(media, rels).toBeTruthy()
    const png = await zip.file(`ppt/media/${media}`)!.async('nodebuffer')
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
    // drawn at 2×: wider than any CSS width the chart image is laid out at
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1920)
  }
})

test('the printed pack has one view per page, on A4 and on Letter', async ({ page }) => {
  // stand in for the browser's print dialog, counting calls
  await page.addInitScript(() => {
    const w = window as unknown as { printed: number; print: () => void }
    w.printed = 0
    w.print = () => {
      w.printed += 1
    }
  })
  await collectTwo(page)
  for (const [n, format] of (['A4', 'Letter'] as const).entries()) {
    await panel(page).getByRole('button', { name: 'Print pack' }).click()
    await page.waitForFunction((k) => (window as unknown as { printed: number }).printed > k, n, {
      timeout: 30_000,
    })
    await page.emulateMedia({ media: 'print' })
    const pages = page.locator('.print-pack__page')
    await expect(pages).toHaveCount(2)
    await expect(pages.nth(0).getByRole('heading', { level: 2 })).toHaveText(
      'How favourably Koreans and Japanese see each other',
    )
    await expect(pages.nth(1)).toContainText('Source: Japan National Tourism Organization')
    for (const i of [0, 1]) await expect(pages.nth(i).locator('img')).toBeVisible()
    // the dashboard itself is not printed
    await expect(page.locator('#root')).toBeHidden()
    const pdf = await page.pdf({ format, preferCSSPageSize: true })
    const count = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0
    expect(count, format).toBe(2)
    await page.emulateMedia({ media: 'screen' })
    // the PDF's print is over: the container goes and the page is itself again
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
    await expect(page.locator('.print-pack')).toHaveCount(0)
  }
})

test('the pack panel works from the keyboard and passes axe', async ({ page }) => {
  await collectTwo(page)
  const remove = panel(page).getByRole('button', { name: /^Remove view 1 from the pack/ })
  await remove.focus()
  await page.keyboard.press('Enter')
  await expect(panel(page).getByRole('listitem')).toHaveCount(1)
  // focus stays in the list, on the next view's Remove
  await expect(
    panel(page).getByRole('button', { name: /^Remove view 1 from the pack: Visitors/ }),
  ).toBeFocused()
  const results = await new AxeBuilder({ page })
    .include('#briefing-pack')
    .include('.chart-card__actions')
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([])
})
