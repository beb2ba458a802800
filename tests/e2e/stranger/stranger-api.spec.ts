/**
 * A stranger's API: the built dashboard (project `stranger`, built with VITE_API_BASE_URL
 * pointing here) against a second, minimal API v1 server written below. It sends only the
 * contract's fields (../shared/CONTRACT.md, "HTTP API v1"), series ids the app has never seen,
 * no extension at all, and 404s every other path (notably the extension /v1/leaders).
 *
 * The promise under test: which chart draws a series follows from its metadata (respondents,
 * target, measure, unit), never from a list of ids; and a missing extension is no error for the
 * reader.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test, type ConsoleMessage, type Locator, type Page } from '@playwright/test'
import { expectNoBrokenValues, waitForSettled, watchConsole } from '../support'

const HOST = '127.0.0.1'
/** Same variable and default as playwright.config.ts (the build points its API here). */
const API_PORT = Number(process.env.E2E_STRANGER_API_PORT ?? 8798)

// ---------------------------------------------------------------------------------------------
// The stranger's data: contract fields only.

type Country = 'KR' | 'JP'

interface SeriesMeta {
  id: string
  title: string
  sourceOrg: string
  survey: string
  question: string | null
  respondents: Country
  target: Country
  measure: string
  unit: 'percent' | 'thermometer' | 'count'
  granularity: 'wave' | 'year' | 'month'
  ageGroups: string[]
  breaks: {
    period: string
    kind: 'mode' | 'age_base' | 'partner' | 'definition' | 'other'
    note: string
  }[]
  sources: { url: string; title: string | null }[]
}

interface Observation {
  period: string
  ageGroup: string
  value: number
  sampleSize: number | null
  fieldwork: string | null
  sourceUrl: string
  confidence: 'high' | 'medium' | 'low'
  estimated: boolean
  note: string | null
}

const POLLSTER = 'Harbour Polling Institute'
/** Its legend label: the publisher, then the wording family of its measure ("favorable"). */
const LEGEND = `${POLLSTER} · favourable`
const SURVEY = 'Harbour Neighbours Barometer'
const POLL_URL = 'https://harbour-polling.example/barometer'
const TRAVEL = 'Strait Travel Bureau'
const TRAVEL_URL = 'https://strait-travel.example/arrivals'

const KR_OPINION = 'hpi-barometer-kr-view-of-jp'
const JP_OPINION = 'hpi-barometer-jp-view-of-kr'
const KR_VISITORS = 'stb-arrivals-kr-residents-in-jp'

const SERIES: SeriesMeta[] = [
  {
    id: KR_OPINION,
    title: 'Koreans with a favorable view of Japan (Harbour barometer)',
    sourceOrg: POLLSTER,
    survey: SURVEY,
    question: 'Is your overall view of Japan favorable or unfavorable?',
    respondents: 'KR',
    target: 'JP',
    measure: 'favorable',
    unit: 'percent',
    granularity: 'wave',
    ageGroups: ['all', '18-29'],
    breaks: [],
    sources: [{ url: POLL_URL, title: SURVEY }],
  },
  {
    id: JP_OPINION,
    title: 'Japanese with a favorable view of Korea (Harbour barometer)',
    sourceOrg: POLLSTER,
    survey: SURVEY,
    question: 'Is your overall view of South Korea favorable or unfavorable?',
    respondents: 'JP',
    target: 'KR',
    measure: 'favorable',
    unit: 'percent',
    granularity: 'wave',
    ageGroups: ['all', '18-29'],
    breaks: [],
    sources: [{ url: POLL_URL, title: SURVEY }],
  },
  {
    id: KR_VISITORS,
    title: 'Travellers from South Korea arriving in Japan (Strait Travel Bureau)',
    sourceOrg: TRAVEL,
    survey: 'Cross-strait arrivals statistics',
    question: null,
    respondents: 'KR',
    target: 'JP',
    measure: 'visitor_arrivals',
    unit: 'count',
    granularity: 'year',
    ageGroups: ['all'],
    breaks: [],
    sources: [{ url: TRAVEL_URL, title: 'Arrivals by country of residence' }],
  },
]

/** Koreans on Japan skip 2021: the chart must leave a gap there, not bridge it. */
const MISSING_YEAR = '2021'

const poll = (period: string, ageGroup: string, value: number): Observation => ({
  period,
  ageGroup,
  value,
  sampleSize: ageGroup === 'all' ? 1012 : 204,
  fieldwork: `${period}-05`,
  sourceUrl: `${POLL_URL}/${period}`,
  confidence: 'high',
  estimated: false,
  note: null,
})

const arrivals = (period: string, value: number): Observation => ({
  period,
  ageGroup: 'all',
  value,
  sampleSize: null,
  fieldwork: null,
  sourceUrl: `${TRAVEL_URL}/${period}`,
  confidence: 'high',
  estimated: false,
  note: null,
})

const OBSERVATIONS: Record<string, Observation[]> = {
  [KR_OPINION]: [
    poll('2019', 'all', 31.2),
    poll('2020', 'all', 38.4),
    poll('2022', 'all', 42.6),
    poll('2023', 'all', 45.1),
    poll('2024', 'all', 47.3),
    poll('2019', '18-29', 40.2),
    poll('2020', '18-29', 44.8),
    poll('2022', '18-29', 52.7),
    poll('2023', '18-29', 55.4),
    poll('2024', '18-29', 58.6),
  ],
  [JP_OPINION]: [
    poll('2019', 'all', 28.9),
    poll('2020', 'all', 30.5),
    poll('2021', 'all', 33.4),
    poll('2022', 'all', 36.7),
    poll('2023', 'all', 44.2),
    poll('2024', 'all', 51.9),
    poll('2019', '18-29', 39.6),
    poll('2020', '18-29', 42.1),
    poll('2021', '18-29', 45.3),
    poll('2022', '18-29', 49.8),
    poll('2023', '18-29', 57.2),
    poll('2024', '18-29', 63.4),
  ],
  [KR_VISITORS]: [
    arrivals('2019', 3_456_789),
    arrivals('2020', 456_789),
    arrivals('2021', 45_678),
    arrivals('2022', 987_654),
    arrivals('2023', 1_098_765),
    arrivals('2024', 1_234_567),
  ],
}

const EVENTS = [
  {
    date: '2023-03-16',
    title: 'Strait summit',
    description: 'Leaders of both countries meet and agree to resume shuttle diplomacy.',
    sourceUrl: 'https://strait-news.example/summit',
  },
]

// ---------------------------------------------------------------------------------------------
// The stranger's server: node:http, API v1 only.

interface Served {
  method: string
  path: string
  status: number
}

const PERIOD_PARAM = /^\d{4}(-(0[1-9]|1[0-2]))?$/

function startStrangerApi(allowOrigin: string, log: Served[]): Promise<Server> {
  const send = (
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    body: unknown,
    type: string,
  ) => {
    log.push({ method: req.method ?? '', path: req.url ?? '', status })
    res.writeHead(status, {
      'content-type': `${type}; charset=utf-8`,
      'access-control-allow-origin': allowOrigin,
      vary: 'Origin',
      'cache-control': 'no-store',
    })
    res.end(JSON.stringify(body))
  }
  const json = (req: IncomingMessage, res: ServerResponse, body: unknown) =>
    send(req, res, 200, body, 'application/json')
  const problem = (req: IncomingMessage, res: ServerResponse, status: 400 | 404, detail: string) =>
    send(
      req,
      res,
      status,
      {
        type: 'about:blank',
        title: status === 404 ? 'Not Found' : 'Bad Request',
        status,
        detail,
      },
      'application/problem+json',
    )

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${HOST}`)
    if (req.method === 'OPTIONS') {
      log.push({ method: 'OPTIONS', path: req.url ?? '', status: 204 })
      res.writeHead(204, {
        'access-control-allow-origin': allowOrigin,
        'access-control-allow-methods': 'GET, OPTIONS',
        'access-control-allow-headers': 'accept, content-type',
        'access-control-max-age': '600',
        vary: 'Origin',
      })
      res.end()
      return
    }
    if (req.method !== 'GET') return problem(req, res, 404, `No ${req.method} ${url.pathname}.`)

    if (url.pathname === '/api/v1/series') return json(req, res, { series: SERIES })
    if (url.pathname === '/api/v1/events') return json(req, res, { events: EVENTS })

    const match = /^\/api\/v1\/series\/([^/]+)\/observations$/.exec(url.pathname)
    if (match) {
      const id = decodeURIComponent(match[1]!)
      const rows = OBSERVATIONS[id]
      if (!rows) return problem(req, res, 404, `No series with id "${id}".`)
      const ageGroup = url.searchParams.get('ageGroup') || null
      const from = url.searchParams.get('from') || null
      const to = url.searchParams.get('to') || null
      for (const [name, value] of [
        ['from', from],
        ['to', to],
      ] as const)
        if (value !== null && !PERIOD_PARAM.test(value))
          return problem(req, res, 400, `${name} must be YYYY or YYYY-MM, got "${value}".`)
      const observations = rows.filter(
        (o) =>
          (ageGroup === null || o.ageGroup === ageGroup) &&
          (from === null || o.period.slice(0, from.length) >= from) &&
          (to === null || o.period.slice(0, to.length) <= to),
      )
      return json(req, res, { seriesId: id, observations })
    }
    // everything else, the extension /v1/leaders and /v1/openapi.json included: not here
    return problem(req, res, 404, `No resource at ${url.pathname}.`)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(API_PORT, HOST, () => {
      server.off('error', reject)
      resolve(server)
    })
  })
}

// ---------------------------------------------------------------------------------------------
// Helpers.

const LEADERS = /\/api\/v1\/leaders(\?|$)/
const RESOURCE_404 = /^Failed to load resource: the server responded with a status of 404\b/

/**
 * Console errors and page errors, less exactly Chromium's own "Failed to load resource: … 404"
 * line for each request to the leaders endpoint (an extension this server does not offer).
 */
function watchPage(page: Page) {
  const consoleWatch = watchConsole(page)
  const leaderLines: string[] = []
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error' && RESOURCE_404.test(msg.text()) && LEADERS.test(msg.location().url))
      leaderLines.push(`console.error: ${msg.text()}`)
  })
  return {
    expectClean() {
      const rest = [...consoleWatch.errors]
      for (const line of leaderLines) {
        const at = rest.indexOf(line)
        if (at >= 0) rest.splice(at, 1)
      }
      expect(rest, 'browser console errors (other than the leaders 404)').toEqual([])
    },
  }
}

const card = (page: Page, id: string) => page.locator(`section.chart-card#${id}`)
const favorability = (page: Page) => page.locator('[data-chart="favorability-trend"]')
/** One direction facet of the favourability chart: a figure titled by its direction. */
const facet = (page: Page, direction: 'Koreans on Japan' | 'Japanese on Korea') =>
  favorability(page)
    .locator('figure.rjp-chart')
    .filter({ has: page.getByRole('heading', { name: direction, exact: true }) })

/** Opens a chart's data table ("Show table") and returns its rows: cell text by column name. */
async function tableOf(figure: Locator): Promise<Record<string, string>[]> {
  const button = figure.getByRole('button', { name: /show table|hide table/i }).first()
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click()
  const table = figure.locator('table').first()
  await expect(table).toBeVisible()
  return table.evaluate((t: HTMLTableElement) => {
    const columns = [...t.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '')
    return [...t.querySelectorAll('tbody tr')].map((tr) => {
      const cells = [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')
      return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']))
    })
  })
}

/** The drawn plot of a chart figure (the SVG inside its focusable surface). */
const plotOf = (figure: Locator) => figure.locator('.rjp-chart-surface svg[viewBox]').first()

async function openDashboard(page: Page, query = '') {
  await page.goto(`/${query}`)
  await expect(page.getByRole('heading', { level: 1, name: 'ROK–Japan Pulse' })).toBeVisible()
  await expect(plotOf(facet(page, 'Koreans on Japan'))).toBeVisible({ timeout: 20_000 })
  await waitForSettled(page)
}

async function expectNoAlerts(page: Page) {
  // hidden or not: a failed extension must not leave an error anywhere in the DOM
  const alerts = page.locator('[role="alert"]')
  expect(
    await alerts.evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim().slice(0, 200))),
    'elements with role="alert"',
  ).toEqual([])
}

// ---------------------------------------------------------------------------------------------

test.describe('a stranger’s API v1 server', () => {
  let server: Server | undefined
  const served: Served[] = []

  test.beforeAll(async () => {
    // CORS for the page's origin only: the preview server of this project
    const origin = new URL(String(test.info().project.use.baseURL)).origin
    server = await startStrangerApi(origin, served)
    expect((server.address() as AddressInfo).port).toBe(API_PORT)
  })

  test.afterAll(async () => {
    if (!server) return
    const closed = new Promise<void>((resolve) => server!.close(() => resolve()))
    server.closeAllConnections() // keep-alive sockets would hold close() open
    await closed
  })

  test.beforeEach(() => {
    served.length = 0
  })

  test.afterEach(() => {
    // the page asked only for the contract's endpoints, plus the leaders extension it may try
    const unexpected = served.filter((r) => r.status >= 400 && !LEADERS.test(r.path))
    expect(unexpected, 'requests the stranger server could not answer').toEqual([])
  })

  test('every chart draws the stranger series, chosen from their metadata', async ({
    page,
  }, testInfo) => {
    const watch = watchPage(page)
    await openDashboard(page)
    expect(served.some((r) => r.path === '/api/v1/series' && r.status === 200)).toBe(true)

    // favourability: both direction facets, a readable legend label from the publisher
    for (const [direction, id, latest] of [
      ['Koreans on Japan', KR_OPINION, '47.3%'],
      ['Japanese on Korea', JP_OPINION, '51.9%'],
    ] as const) {
      const f = facet(page, direction)
      await expect(f).toHaveCount(1)
      await expect(plotOf(f)).toBeVisible()
      const legendItem = f.locator(`.rjp-legend button[data-series="${id}"]`)
      await expect(legendItem).toHaveText(LEGEND)
      await expect(legendItem).toHaveAttribute('aria-pressed', 'true')
      await expect(f.getByText(`Source: ${POLLSTER}`)).toBeVisible()
      const rows = (await tableOf(f)).filter((r) => r.Series === LEGEND)
      expect(rows.map((r) => r.Value)).toContain(latest)
    }

    // Koreans on Japan: five waves, none for the missing year, and the line stops there
    const kr = facet(page, 'Koreans on Japan')
    const krRows = (await tableOf(kr)).filter((r) => r.Series === LEGEND)
    expect(krRows.map((r) => [r.Period, r.Value])).toEqual([
      ['2019', '31.2%'],
      ['2020', '38.4%'],
      ['2022', '42.6%'],
      ['2023', '45.1%'],
      ['2024', '47.3%'],
    ])
    expect(krRows.some((r) => (r.Period ?? '').includes(MISSING_YEAR))).toBe(false)
    // two line segments (2019–2020, 2022–2024), not one line bridging 2021
    await expect(plotOf(kr).locator('path[fill="none"][stroke-linecap="round"]')).toHaveCount(2)
    await expect(
      plotOf(facet(page, 'Japanese on Korea')).locator('path[fill="none"][stroke-linecap="round"]'),
    ).toHaveCount(1)

    // a tooltip by keyboard: focus the plot, first point, then the last one
    const surface = kr.locator('.rjp-chart-surface')
    await surface.focus()
    await page.keyboard.press('ArrowRight')
    const tip = kr.locator('.rjp-tooltip')
    await expect(tip).toBeVisible()
    await expect(tip).toContainText(POLLSTER)
    await expect(tip).toContainText('31.2%')
    await page.keyboard.press('End')
    await expect(tip).toContainText('2024')
    await expect(tip).toContainText('47.3%')
    await page.keyboard.press('Escape')
    await expect(tip).toBeHidden()

    // age cohorts: the 18-29 band of both stranger series (latest two waves)
    const cohorts = card(page, 'age-cohorts')
    await cohorts.scrollIntoViewIfNeeded()
    await expect(plotOf(cohorts)).toBeVisible()
    for (const id of [KR_OPINION, JP_OPINION])
      await expect(cohorts.locator(`.rjp-legend button[data-series="${id}"]`)).toContainText(
        POLLSTER,
      )
    const cohortRows = await tableOf(cohorts)
    const values = cohortRows.map((r) => r.Value)
    for (const v of ['55.4%', '58.6%', '57.2%', '63.4%']) expect(values).toContain(v)
    // only the published 18-29 band (no all-ages point in this chart)
    expect(cohortRows.map((r) => r['Age group'])).toEqual(
      cohortRows.map(() => expect.stringMatching(/^18.29$/)),
    )

    // tourism: the visitor counts, with a hover tooltip on the latest year
    const tourism = card(page, 'tourism-flows')
    await tourism.scrollIntoViewIfNeeded()
    await expect(plotOf(tourism)).toBeVisible()
    await expect(tourism.locator(`.rjp-legend button[data-series="${KR_VISITORS}"]`)).toContainText(
      TRAVEL,
    )
    await expect(tourism.getByText(new RegExp(`Source: .*${TRAVEL}`))).toBeVisible()
    const tourismRows = await tableOf(tourism)
    expect(tourismRows.map((r) => [r.Period, r.Value])).toEqual([
      ['2019', '3,456,789'],
      ['2020', '456,789'],
      ['2021', '45,678'],
      ['2022', '987,654'],
      ['2023', '1,098,765'],
      ['2024', '1,234,567'],
    ])
    const plot = plotOf(tourism)
    const box = await plot.boundingBox()
    expect(box).not.toBeNull()
    // the nearest point to the right end of the plot is the latest year
    await page.mouse.move(box!.x + box!.width - 12, box!.y + box!.height / 2)
    const tourismTip = tourism.locator('.rjp-tooltip')
    await expect(tourismTip).toBeVisible()
    await expect(tourismTip).toContainText('1,234,567')
    await page.mouse.move(0, 0)

    // opinion and travel: the survey pair above, the visitor flow below
    const both = card(page, 'opinion-vs-tourism')
    await both.scrollIntoViewIfNeeded()
    await expect(plotOf(both)).toBeVisible()
    for (const id of [KR_OPINION, JP_OPINION, KR_VISITORS])
      await expect(both.locator(`.rjp-legend button[data-series="${id}"]`)).toHaveCount(1)
    await expect(both.locator(`.rjp-legend button[data-series="${KR_OPINION}"]`)).toContainText(
      POLLSTER,
    )
    const bothValues = (await tableOf(both)).map((r) => r.Value)
    for (const v of ['47.3%', '51.9%', '1,234,567']) expect(bothValues).toContain(v)

    await waitForSettled(page)
    await expectNoAlerts(page)
    await expectNoBrokenValues(page)
    // the whole page as a reader sees it against this server (kept under test-results/).
    // Cards off screen skip painting (content-visibility: auto), which a full-page capture
    // would show as blank boxes: paint them all for the picture (CSSOM, as the CSP allows).
    await page.evaluate(() => {
      window.scrollTo(0, 0)
      for (const el of document.querySelectorAll<HTMLElement>('.chart-card, .page > *, footer'))
        el.style.contentVisibility = 'visible'
    })
    const shot = testInfo.outputPath('stranger-dashboard.png')
    await page.screenshot({ path: shot, fullPage: true })
    await testInfo.attach('stranger-dashboard', { path: shot, contentType: 'image/png' })
    watch.expectClean()
  })

  test('"All series" and the headline cards list the stranger series', async ({ page }) => {
    const watch = watchPage(page)
    await openDashboard(page)

    const headline = (id: string) => page.locator(`li.headline-card[data-series-id="${id}"]`)
    for (const [id, title, latest] of [
      [KR_OPINION, SERIES[0]!.title, '47.3%'],
      [JP_OPINION, SERIES[1]!.title, '51.9%'],
      [KR_VISITORS, SERIES[2]!.title, '1,234,567'],
    ] as const) {
      await expect(headline(id)).toHaveCount(1)
      await expect(headline(id).getByRole('heading', { name: title })).toBeVisible()
      await expect(headline(id)).toContainText(latest)
      await expect(headline(id)).toContainText('2024')
    }

    const overview = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'All series' }) })
    await overview.scrollIntoViewIfNeeded()
    const rows = overview.locator('table tbody tr[data-series-id]')
    await expect(rows).toHaveCount(SERIES.length)
    for (const [id, latest, url] of [
      [KR_OPINION, '47.3%', `${POLL_URL}/2024`],
      [JP_OPINION, '51.9%', `${POLL_URL}/2024`],
      [KR_VISITORS, '1,234,567', `${TRAVEL_URL}/2024`],
    ] as const) {
      const row = overview.locator(`tbody tr[data-series-id="${id}"]`)
      await expect(row).toContainText(latest)
      await expect(row).toContainText('2024')
      await expect(row.locator(`a[href="${url}"]`)).toHaveCount(1)
    }

    await waitForSettled(page)
    await expectNoAlerts(page)
    await expectNoBrokenValues(page)
    watch.expectClean()
  })

  test('the 18–29 cohort keeps the stranger series drawn, by their 18-29 band', async ({
    page,
  }) => {
    const watch = watchPage(page)
    await openDashboard(page)
    await page.getByRole('radio', { name: '18–29' }).check()
    await expect(page).toHaveURL(/[?&]age=18-29(&|$)/)
    await expect(favorability(page)).toHaveAttribute('data-age', '18-29')

    for (const [direction, id, latest] of [
      ['Koreans on Japan', KR_OPINION, '58.6%'],
      ['Japanese on Korea', JP_OPINION, '63.4%'],
    ] as const) {
      const f = facet(page, direction)
      await f.scrollIntoViewIfNeeded()
      await expect(plotOf(f)).toBeVisible()
      await expect(f.locator(`.rjp-legend button[data-series="${id}"]`)).toHaveText(
        `${POLLSTER} (18-29) · favourable`,
      )
      const values = (await tableOf(f))
        .filter((r) => r.Series === `${POLLSTER} (18-29) · favourable`)
        .map((r) => r.Value)
      expect(values).toContain(latest)
      // no "not published for this cohort" note naming the stranger pollster
      await expect(f.getByText(/No 18–29 figure was published by/)).toHaveCount(0)
    }
    await expect(favorability(page).getByText(/No source in this chart published/)).toHaveCount(0)

    const cohorts = card(page, 'age-cohorts')
    await cohorts.scrollIntoViewIfNeeded()
    await expect(plotOf(cohorts)).toBeVisible()
    const values = (await tableOf(cohorts)).map((r) => r.Value)
    for (const v of ['58.6%', '63.4%']) expect(values).toContain(v)

    await waitForSettled(page)
    await expectNoAlerts(page)
    await expectNoBrokenValues(page)
    watch.expectClean()
  })

  test('the leaders extension is missing: its layer stays away, quietly', async ({ page }) => {
    const watch = watchPage(page)
    await openDashboard(page)
    await waitForSettled(page)
    // no leaders from this server: the chart draws and offers no switch that would do nothing
    await expect(plotOf(facet(page, 'Koreans on Japan'))).toBeVisible()
    await expect(plotOf(facet(page, 'Japanese on Korea'))).toBeVisible()
    await expect(favorability(page).getByRole('checkbox', { name: /leaders/i })).toHaveCount(0)
    await expect(favorability(page).getByRole('checkbox', { name: /sampling/i })).toHaveCount(1)
    await expectNoAlerts(page)
    await expect(page.getByRole('button', { name: /retry/i })).toHaveCount(0)
    watch.expectClean()
  })
})
