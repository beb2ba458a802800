import { beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import type { DatasetIndex } from '../../src/data/api-v1'
import {
  eventsResponseSchema,
  leadersResponseSchema,
  observationsResponseSchema,
  problemSchema,
  seriesListResponseSchema,
} from '../../src/data/schemas'
import { createMockServer } from '../../src/mocks/node'
import {
  applyScenario,
  handlersForMockParam,
  parseMockParam,
  scenarioHandlers,
  slowDelayMs,
} from '../../src/mocks/scenarios'
import { loadFixtureIndex } from '../server/fixture-dataset'
import { mockApiBase, installMockServer } from './mock-server'

let index: DatasetIndex
beforeAll(async () => {
  index = await loadFixtureIndex()
})
const server = installMockServer(createMockServer({ getIndex: () => index }))

const resources: [string, string, z.ZodType][] = [
  ['series', '/v1/series', seriesListResponseSchema],
  ['observations', '/v1/series/fixture-opinion-kr/observations', observationsResponseSchema],
  ['events', '/v1/events', eventsResponseSchema],
  ['leaders', '/v1/leaders', leadersResponseSchema],
]

const get = (path: string) => fetch(`${mockApiBase}${path}`)

describe('normal network', () => {
  it.each(resources)('%s answers with valid data', async (_name, path, schema) => {
    const res = await get(path)
    expect(res.status).toBe(200)
    expect(schema.safeParse(await res.json()).success).toBe(true)
  })

  it('answers at any origin whose path ends in /api', async () => {
    const res = await fetch('http://example.test/some/prefix/api/v1/events')
    expect(eventsResponseSchema.parse(await res.json()).events).toHaveLength(2)
  })

  it('fails the test on unhandled requests (onUnhandledFrame: error)', async () => {
    await expect(fetch('http://localhost/not-the-api')).rejects.toThrow()
  })

  it('turns an unusable dataset into a 500 problem', async () => {
    const broken = createMockServer({
      base: 'http://broken.test/api',
      getIndex: () => {
        throw new Error('series.json: missing')
      },
    })
    server.use(...broken.listHandlers().filter((h) => 'info' in h))
    const res = await fetch('http://broken.test/api/v1/series')
    expect(res.status).toBe(500)
    expect(problemSchema.parse(await res.json()).detail).toContain('series.json: missing')
  })
})

describe('scenarios', () => {
  it('slow: the normal answer, late', async () => {
    const normal = await (await get('/v1/events')).json()
    server.use(...scenarioHandlers('slow', { delayMs: 300 }))
    const started = performance.now()
    const res = await get('/v1/events')
    expect(performance.now() - started).toBeGreaterThanOrEqual(280)
    expect(await res.json()).toEqual(normal)
    expect(slowDelayMs).toBe(2500)
  })

  it.each(resources)('empty: %s is valid with an empty list', async (name, path, schema) => {
    applyScenario(server, 'empty')
    const res = await get(path)
    expect(res.status).toBe(200)
    const body = schema.parse(await res.json()) as Record<string, unknown>
    expect(body[name === 'observations' ? 'observations' : name]).toEqual([])
    if (name === 'observations') expect(body.seriesId).toBe('fixture-opinion-kr')
  })

  it.each(resources)('error: %s is a 500 problem without a stack', async (_name, path) => {
    applyScenario(server, 'error')
    const res = await get(path)
    expect(res.status).toBe(500)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    const text = await res.text()
    expect(problemSchema.strict().parse(JSON.parse(text)).status).toBe(500)
    expect(text).not.toMatch(/\bat \S+:\d+|Error:/)
  })

  it.each(resources)(
    'malformed: %s is 200 JSON that fails the schema',
    async (_name, path, schema) => {
      applyScenario(server, 'malformed')
      const res = await get(path)
      expect(res.status).toBe(200)
      expect(schema.safeParse(await res.json()).success).toBe(false)
    },
  )

  it.each(resources)('offline: %s is a network error', async (_name, path) => {
    applyScenario(server, 'offline')
    await expect(get(path)).rejects.toThrow(TypeError)
  })

  it('limits a scenario to some resources', async () => {
    applyScenario(server, 'error', { resources: ['observations'] })
    expect((await get('/v1/series')).status).toBe(200)
    expect((await get('/v1/series/fixture-opinion-kr/observations')).status).toBe(500)
  })

  it('leaves the OpenAPI document alone unless named', async () => {
    applyScenario(server, 'error')
    expect((await get('/v1/openapi.json')).status).toBe(200)
    applyScenario(server, 'error', { resources: ['openapi'] })
    expect((await get('/v1/openapi.json')).status).toBe(500)
  })

  it('is undone by resetHandlers (done after each test)', async () => {
    applyScenario(server, 'error')
    server.resetHandlers()
    expect((await get('/v1/series')).status).toBe(200)
  })
})

describe('?mock= page parameter', () => {
  it('parses names, resources and lists; reports unknowns', () => {
    expect(parseMockParam(null)).toEqual({ scenarios: [], warnings: [] })
    expect(parseMockParam('slow').scenarios).toEqual([{ name: 'slow' }])
    expect(parseMockParam('error:observations').scenarios).toEqual([
      { name: 'error', resources: ['observations'] },
    ])
    expect(parseMockParam(' slow , empty:events+leaders ').scenarios).toEqual([
      { name: 'slow' },
      { name: 'empty', resources: ['events', 'leaders'] },
    ])
    const bad = parseMockParam('boom,error:nope')
    expect(bad.scenarios).toEqual([])
    expect(bad.warnings).toHaveLength(2)
  })

  it('builds handlers in order, earlier items winning', async () => {
    const { handlers, warnings } = handlersForMockParam('error:observations,empty')
    expect(warnings).toEqual([])
    server.use(...handlers)
    expect((await get('/v1/series/fixture-opinion-kr/observations')).status).toBe(500)
    expect(await (await get('/v1/events')).json()).toEqual({ events: [] })
  })
})
