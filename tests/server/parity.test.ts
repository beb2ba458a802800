/**
 * One table of requests, answered by the MSW mock (fetch against http://localhost/api with
 * setupServer) and by the real Hono server on 127.0.0.1, must give the same status, content type
 * and JSON. Runs on the committed data/processed (the mock imports it through Vite, the server
 * reads it from disk) and on the edge-case fixtures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDatasetIndex, type DatasetIndex } from '../../src/data/api-v1'
import { problemSchema } from '../../src/data/schemas'
import { createMockServer } from '../../src/mocks/node'
import { loadDatasetFromDir } from '../../src/server/load-dataset'
import { startServer } from '../../src/server/start'
import { fixtureDir, processedDir } from './fixture-dataset'

interface Row {
  method?: string
  path: string
  status: number
}

interface Answer {
  status: number
  contentType: string | null
  allow: string | null
  body: unknown
}

const errorRows: Row[] = [
  { path: '/v1/series?x=1', status: 400 },
  { path: '/v1/events?lang=en', status: 400 },
  { path: '/v1/nope', status: 404 },
  { path: '/v1/series/', status: 404 },
  { path: '/v2/series', status: 404 },
  { path: '/v1/series/no-such-series/observations', status: 404 },
  { path: '/v1/series/%E0%A4%A/observations', status: 404 },
  { method: 'POST', path: '/v1/series', status: 405 },
  { method: 'DELETE', path: '/v1/nope', status: 405 },
]

function seriesRows(id: string, ageGroups: string[], from: string, to: string): Row[] {
  const base = `/v1/series/${encodeURIComponent(id)}/observations`
  const band = encodeURIComponent(ageGroups[1] ?? ageGroups[0] ?? 'all')
  const y0 = from.slice(0, 4)
  const y1 = to.slice(0, 4)
  return [
    { path: base, status: 200 },
    { path: `${base}?ageGroup=all`, status: 200 },
    { path: `${base}?ageGroup=${band}`, status: 200 },
    { path: `${base}?ageGroup=not-a-band`, status: 200 },
    { path: `${base}?from=${y0}`, status: 200 },
    { path: `${base}?to=${y0}`, status: 200 },
    { path: `${base}?from=${y0}&to=${y1}`, status: 200 },
    { path: `${base}?from=${y1}-01&to=${y1}-12&ageGroup=${band}`, status: 200 },
    { path: `${base}?from=${y1}&to=${y0}`, status: y1 > y0 ? 400 : 200 },
    { path: `${base}?from=${y0}-13`, status: 400 },
    { path: `${base}?to=soon`, status: 400 },
    { path: `${base}?from=2019&from=2020`, status: 400 },
    { path: `${base}?age=all`, status: 400 },
    { path: `${base}?ageGroup=`, status: 400 },
    { path: `${base}?from=%3Cscript%3E`, status: 400 },
  ]
}

/** The table for a dataset: every list, every series plainly, filters on a spread of series. */
function tableFor(index: DatasetIndex): Row[] {
  const rows: Row[] = [
    { path: '/v1/series', status: 200 },
    { path: '/v1/events', status: 200 },
    { path: '/v1/leaders', status: 200 },
    { path: '/v1/openapi.json', status: 200 },
    ...errorRows,
  ]
  const series = index.dataset.series
  for (const s of series)
    rows.push({ path: `/v1/series/${encodeURIComponent(s.id)}/observations`, status: 200 })
  const step = Math.max(1, Math.floor(series.length / 8))
  for (let i = 0; i < series.length; i += step) {
    const s = series[i]
    if (s?.coverage) rows.push(...seriesRows(s.id, s.ageGroups, s.coverage.from, s.coverage.to))
  }
  return rows
}

async function answer(url: string, method: string): Promise<Answer> {
  const res = await fetch(url, { method })
  const text = await res.text()
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    allow: res.headers.get('allow'),
    body: text ? (JSON.parse(text) as unknown) : null,
  }
}

/**
 * Answers the whole table from the mock, then from the server. The two never run at once,
 * because MSW in Node intercepts every fetch of this process, 127.0.0.1 included.
 */
async function collect(rows: Row[], dataDir: string, getIndex?: () => DatasetIndex) {
  const mockBase = 'http://localhost/api'
  const mock = createMockServer(getIndex ? { base: mockBase, getIndex } : { base: mockBase })
  mock.listen({ onUnhandledFrame: 'error' })
  const fromMock: Answer[] = []
  try {
    for (const row of rows)
      fromMock.push(await answer(`${mockBase}${row.path}`, row.method ?? 'GET'))
  } finally {
    mock.close()
  }
  const live = await startServer({ host: '127.0.0.1', port: 0, dataDir })
  const fromServer: Answer[] = []
  try {
    for (const row of rows)
      fromServer.push(await answer(`${live.url}${row.path}`, row.method ?? 'GET'))
  } finally {
    await live.close()
  }
  return { fromMock, fromServer }
}

describe.each([
  ['data/processed', processedDir, false],
  ['fixtures', fixtureDir, true],
])('mock and server answer alike on %s', (_name, dataDir, useFixtureInMock) => {
  let rows: Row[] = []
  let fromMock: Answer[] = []
  let fromServer: Answer[] = []

  beforeAll(async () => {
    const index = createDatasetIndex(await loadDatasetFromDir(dataDir))
    rows = tableFor(index)
    ;({ fromMock, fromServer } = await collect(
      rows,
      dataDir,
      useFixtureInMock ? () => index : undefined,
    ))
  }, 60_000)

  afterAll(() => {
    rows = []
  })

  it('covers a substantial table', () => {
    expect(rows.length).toBeGreaterThan(40)
    expect(fromMock).toHaveLength(rows.length)
    expect(fromServer).toHaveLength(rows.length)
  })

  it('gives identical status, content type and JSON for every row', () => {
    rows.forEach((row, i) => {
      const label = `${row.method ?? 'GET'} ${row.path}`
      expect(fromServer[i], label).toEqual(fromMock[i])
      expect(fromMock[i]?.status, label).toBe(row.status)
    })
  })

  it('answers errors with problem+json and never a stack', () => {
    rows.forEach((row, i) => {
      const got = fromServer[i]
      if (!got || got.status < 400) return
      expect(got.contentType, row.path).toMatch(/^application\/problem\+json/)
      const problem = problemSchema.strict().parse(got.body)
      expect(problem.status).toBe(got.status)
      expect(JSON.stringify(problem)).not.toMatch(/\bat \S+:\d+|node_modules|\.ts:\d/)
    })
  })

  it('returns non-empty data for the lists', () => {
    const [series, events, leaders] = fromServer
    expect((series?.body as { series: unknown[] }).series.length).toBeGreaterThan(0)
    expect((events?.body as { events: unknown[] }).events.length).toBeGreaterThan(0)
    expect((leaders?.body as { leaders: unknown[] }).leaders.length).toBeGreaterThan(0)
  })
})
