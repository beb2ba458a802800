/**
 * Embeds keep the right height on a page scrolled fast, on another origin and site than the app.
 *
 * docs/examples/sizing.html (served on http://localhost:4185, the app on http://127.0.0.1:4183)
 * holds three loader embeds (favorability-trend, age-cohorts with data-age="18-29",
 * tourism-flows) and a plain iframe of opinion-vs-tourism, behind a tall spacer; `?w=` sets the
 * body's width. Chromium pauses rendering work (ResizeObserver, rAF) in cross-origin frames that
 * are off screen, so an embed that relied on its ResizeObserver kept the height of its skeleton
 * (about 500-750 px) while its chart grew to 1,000-5,000 px, until scrolled back into view.
 *
 * What is compared: each iframe's height in the host page against the height of the document
 * inside it, read in that frame through Playwright (the test runner is not bound by the
 * same-origin policy; reading the height forces the frame's layout, so it is the true content
 * height even while the frame's rendering is paused, and it posts nothing). No scrolling back
 * happens before the comparison: frames scrolled past stay off screen, and the frames below the
 * fold in the first check have never been in view.
 */
import { expect, test, type Frame, type Page } from '@playwright/test'
import { watchConsole } from '../support'

const EXAMPLES_PORT = Number(process.env.E2E_EXAMPLES_PORT ?? 4185)
const VIEWPORT = { width: 900, height: 1000 }
const TOLERANCE_PX = 4
const FRAMES = [
  { selector: '#slot-favorability iframe', chart: 'favorability-trend' },
  { selector: '#slot-age iframe', chart: 'age-cohorts' },
  { selector: '#slot-tourism iframe', chart: 'tourism-flows' },
  { selector: 'iframe#plain', chart: 'opinion-vs-tourism' },
] as const

interface Sizes {
  chart: string
  /** The iframe's height in the host page. */
  frame: number
  /** The height of the document inside it. */
  content: number
  /** The iframe's top relative to the host's viewport. */
  top: number
}

async function frameOf(page: Page, selector: string): Promise<Frame> {
  const handle = await page.locator(selector).elementHandle()
  const frame = await handle?.contentFrame()
  if (!frame) throw new Error(`${selector} has no frame`)
  return frame
}

/** Waits until the embed has drawn its chart with data and shows its footer (no scrolling). */
async function drawn(page: Page, selector: string): Promise<void> {
  await expect
    .poll(async () => (await frameOf(page, selector)).url(), { timeout: 20_000 })
    .toContain('embed.html')
  const frame = await frameOf(page, selector)
  await expect(frame.locator('figure svg[viewBox]').first()).toBeVisible({ timeout: 20_000 })
  await expect(frame.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 })
  await expect(frame.locator('.embed__footer')).toBeVisible({ timeout: 20_000 })
}

async function sizes(page: Page): Promise<Sizes[]> {
  const out: Sizes[] = []
  for (const { selector, chart } of FRAMES) {
    const box = await page.locator(selector).boundingBox()
    const frame = await frameOf(page, selector)
    const content = await frame.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    )
    out.push({ chart, frame: Math.round(box?.height ?? 0), content, top: Math.round(box?.y ?? 0) })
  }
  return out
}

const worstGap = (all: Sizes[]) => Math.max(...all.map((s) => Math.abs(s.frame - s.content)))
const show = (all: Sizes[]) =>
  all.map((s) => `${s.chart} frame ${s.frame} / content ${s.content} (top ${s.top})`).join('; ')

/** Polls until every frame is within the tolerance of its content; returns the last sizes. */
async function expectFitted(page: Page, label: string): Promise<Sizes[]> {
  let last: Sizes[] = []
  try {
    await expect
      .poll(
        async () => {
          last = await sizes(page)
          return worstGap(last)
        },
        { timeout: 8000 },
      )
      .toBeLessThanOrEqual(TOLERANCE_PX)
  } catch {
    // reported just below, with every frame's numbers
  }
  expect(worstGap(last), `${label}: ${show(last)}`).toBeLessThanOrEqual(TOLERANCE_PX)
  return last
}

for (const width of [320, 600, 900]) {
  test(`body ${width}px: four embeds fit their content off screen and after a fast scroll`, async ({
    page,
    baseURL,
  }) => {
    const console = watchConsole(page)
    await page.setViewportSize(VIEWPORT)
    const app = encodeURIComponent(baseURL ?? '')
    await page.goto(`http://localhost:${EXAMPLES_PORT}/sizing.html?app=${app}&w=${width}`)
    await expect(page.locator('iframe')).toHaveCount(4)
    for (const { selector } of FRAMES) {
      const src = new URL((await page.locator(selector).getAttribute('src')) ?? '')
      expect(src.origin).toBe(new URL(baseURL ?? '').origin)
      expect(src.origin).not.toBe(new URL(page.url()).origin)
    }
    expect(await page.evaluate(() => document.body.getBoundingClientRect().width)).toBe(width)

    // 1. Nothing scrolled: the frames below the fold load (lazy loading looks ahead) and draw
    // while off screen, never having been in view.
    for (const { selector } of FRAMES) await drawn(page, selector)
    const still = await expectFitted(page, 'unscrolled')
    for (const s of still.slice(1))
      expect(s.top, `${s.chart} never in view`).toBeGreaterThan(VIEWPORT.height)
    expect(still.every((s) => s.content > 400)).toBe(true) // whole charts, not skeletons

    // 2. Again, scrolling down fast while the charts load: 6 wheel steps of 800 px, then End.
    // (A new navigation rather than a reload, which would restore the scroll position.)
    await page.goto(`http://localhost:${EXAMPLES_PORT}/sizing.html?app=${app}&w=${width}&run=2`)
    expect(await page.evaluate(() => scrollY)).toBe(0)
    await expect(page.locator('iframe')).toHaveCount(4)
    await page.mouse.move(4, 500)
    for (let i = 0; i < 6; i++) {
      await page.mouse.wheel(0, 800)
      await page.waitForTimeout(50)
    }
    await page.keyboard.press('End')
    for (const { selector } of FRAMES) await drawn(page, selector)
    const scrolled = await expectFitted(page, 'after a fast scroll')
    // the page really is at the bottom (End again, as the frames above have grown meanwhile),
    // with the loader frames scrolled past, off screen above
    await page.keyboard.press('End')
    await expect
      .poll(() =>
        page.evaluate(
          () => Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 2,
        ),
      )
      .toBe(true)
    const atEnd = await expectFitted(page, 'at the end')
    for (const s of atEnd.slice(0, 3)) expect(s.top + s.frame, `${s.chart} above`).toBeLessThan(0)

    // 3. Settled means settled: no growing heights, no jumps (the timer fallback runs each second).
    await page.waitForTimeout(2500)
    const later = await sizes(page)
    expect(later.map((s) => s.frame)).toEqual(atEnd.map((s) => s.frame))
    expect(worstGap(later)).toBeLessThanOrEqual(TOLERANCE_PX)

    test.info().annotations.push({
      type: `sizes at ${width}px`,
      description: `unscrolled: ${show(still)} | fast scroll: ${show(scrolled)} | end: ${show(later)}`,
    })
    console.expectNone()
  })
}

/**
 * The compact default fits a laptop screen with the host's own header above it: at a column of
 * 600 to 900 px every chart's embed, footer included, is at most 720 px tall. full=1 (the
 * dashboard's view) is allowed to be taller, and is, for the charts with parts.
 */
const ONE_SCREEN_PX = 720
for (const width of [600, 720, 900]) {
  test(`column ${width}px: each default embed fits in ${ONE_SCREEN_PX} px`, async ({ page }) => {
    const console = watchConsole(page)
    await page.setViewportSize({ width, height: 800 })
    const heights: string[] = []
    for (const { chart } of FRAMES) {
      await page.goto(`/embed.html?chart=${chart}`)
      await expect(page.locator('figure svg[viewBox]').first()).toBeVisible({ timeout: 20_000 })
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 })
      await expect(page.locator('.embed__footer')).toBeVisible()
      await page.evaluate(() => document.fonts.ready)
      const height = await page.evaluate(() =>
        Math.ceil(document.documentElement.getBoundingClientRect().height),
      )
      heights.push(`${chart} ${height}`)
      expect(height, `${chart} at ${width}px`).toBeLessThanOrEqual(ONE_SCREEN_PX)
      // the source line is part of it, not cut off below
      const source = await page.locator('figcaption').first().boundingBox()
      expect((source?.y ?? Infinity) + (source?.height ?? 0)).toBeLessThanOrEqual(height)
      if (chart === 'favorability-trend' || chart === 'age-cohorts') {
        await page.goto(`/embed.html?chart=${chart}&full=1`)
        await expect(page.locator('.embed__footer')).toBeVisible({ timeout: 20_000 })
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 })
        await expect
          .poll(() =>
            page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
          )
          .toBeGreaterThan(height)
      }
    }
    test.info().annotations.push({ type: `heights at ${width}px`, description: heights.join('; ') })
    console.expectNone()
  })
}
