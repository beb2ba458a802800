/**
 * The overview page in both modes (project `mock`: MSW build; project `live`: build against the
 * reference API). Expected values come straight from data/processed, so the page must show
 * exactly what the data says.
 */
import { expect, test } from '@playwright/test'
import {
  escapeRegExp,
  expectNoBrokenValues,
  formattedCandidates,
  latestAll,
  loadObservations,
  loadSeries,
  SERIES_FILE,
  watchConsole,
  type SeriesLite,
  waitForSettled,
} from '../support'

const series = loadSeries()

/** Koreans' good impression of Japan (Genron NPO), then JNTO annual arrivals. */
function pickKnownSeries(all: SeriesLite[]): SeriesLite[] {
  const genron =
    all.find((s) => /genron/.test(s.id) && /good/.test(s.id) && s.respondents === 'KR') ??
    all.find((s) => /genron/.test(s.id) && /-kr\b|kr-/.test(s.id) && s.unit === 'percent')
  const jnto =
    all.find((s) => /jnto/i.test(`${s.id} ${s.sourceOrg}`) && s.granularity === 'year') ??
    all.find((s) => /jnto/i.test(`${s.id} ${s.sourceOrg}`)) ??
    all.find((s) => s.unit === 'count')
  return [genron, jnto].filter((s): s is SeriesLite => s !== undefined)
}

test.describe('overview', () => {
  test.skip(series === null, `${SERIES_FILE} is missing: run npm run data:build first`)

  test('All series table matches data/processed', async ({ page }, testInfo) => {
    const all = series ?? []
    const consoleWatch = watchConsole(page)
    const seriesRequest = page.waitForRequest((r) => /\/v1\/series(\?|$)/.test(r.url()))
    await page.goto('/')
    // mock: same-origin /api answered by MSW; live: the reference API on its own origin.
    const apiOrigin = new URL((await seriesRequest).url()).origin
    const pageOrigin = new URL(page.url()).origin
    if (testInfo.project.name === 'live') expect(apiOrigin).not.toBe(pageOrigin)
    else expect(apiOrigin).toBe(pageOrigin)

    await expect(page.getByRole('heading', { level: 1, name: 'ROK–Japan Pulse' })).toBeVisible()
    const section = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'All series' }) })
    const rows = section.locator('table tbody tr[data-series-id]')
    await expect(rows).toHaveCount(all.length)

    const known = pickKnownSeries(all)
    expect(known.length, 'a Genron good-impression series and a JNTO series in series.json').toBe(2)
    for (const s of known) {
      const obs = loadObservations(s.id)
      expect(obs, `data/processed/observations/${s.id}.json`).not.toBeNull()
      const latest = latestAll(obs ?? [])
      expect(latest, `an 'all' observation for ${s.id}`).toBeDefined()
      if (!latest) continue

      const row = section.locator(`tbody tr[data-series-id="${s.id}"]`)
      await expect(row).toHaveCount(1)
      const candidates = formattedCandidates(latest.value, s.unit)
      // Rows load their observations on their own: retry until the value arrives.
      await expect(
        row,
        `row ${s.id} shows ${latest.value} as one of ${candidates.join(' | ')}`,
      ).toContainText(new RegExp(candidates.map(escapeRegExp).join('|')))
      await expect(row, `row ${s.id} shows the period`).toContainText(latest.period.slice(0, 4))
      await expect(row.locator(`a[href="${latest.sourceUrl}"]`).first()).toBeVisible()
    }

    await waitForSettled(page)
    await expectNoBrokenValues(page)
    consoleWatch.expectNone()
  })
})
