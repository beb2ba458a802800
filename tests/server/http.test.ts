/** The reference server's HTTP layer: caching, CORS, security headers, logs, errors, shutdown. */
import { spawn } from 'node:child_process'
import { connect } from 'node:net'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDatasetIndex, type Dataset, type DatasetIndex } from '../../src/data/api-v1'
import { problemSchema } from '../../src/data/schemas'
import { createApp, securityHeaders } from '../../src/server/app'
import { loadDatasetFromDir } from '../../src/server/load-dataset'
import { startServer, type RunningServer } from '../../src/server/start'
import { fixtureDir } from './fixture-dataset'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

let live: RunningServer
const lines: string[] = []
beforeAll(async () => {
  live = await startServer({ port: 0, dataDir: fixtureDir, log: (line) => lines.push(line) })
})
afterAll(() => live.close())

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  fetch(`${live.url}${path}`, { headers, method })

describe('caching', () => {
  it('sends a strong ETag and Cache-Control on 200', async () => {
    const res = await get('/v1/series')
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{43}"$/)
    expect(res.headers.get('cache-control')).toBe('public, max-age=300')
  })

  it('answers 304 without a body when If-None-Match matches', async () => {
    const etag = (await get('/v1/events')).headers.get('etag') ?? ''
    for (const header of [etag, `"other", ${etag}`, `W/${etag}`, '*']) {
      const res = await get('/v1/events', { 'if-none-match': header })
      expect(res.status, header).toBe(304)
      expect(res.headers.get('etag')).toBe(etag)
      expect(await res.text()).toBe('')
    }
    expect((await get('/v1/events', { 'if-none-match': '"stale"' })).status).toBe(200)
  })

  it('gives different bodies different ETags, and HEAD the same ETag as GET', async () => {
    const a = (await get('/v1/series/fixture-opinion-kr/observations')).headers.get('etag')
    const b = (await get('/v1/series/fixture-opinion-kr/observations?ageGroup=all')).headers.get(
      'etag',
    )
    expect(a).not.toBe(b)
    const head = await get('/v1/series/fixture-opinion-kr/observations', {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toBe(a)
    expect(await head.text()).toBe('')
  })

  it('never caches errors', async () => {
    const res = await get('/v1/series/none/observations')
    expect(res.status).toBe(404)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('etag')).toBeNull()
  })
})

describe('CORS', () => {
  it('allows the configured dev origins, and no others', async () => {
    for (const origin of ['http://127.0.0.1:5173', 'http://localhost:4173']) {
      const res = await get('/v1/series', { origin })
      expect(res.headers.get('access-control-allow-origin')).toBe(origin)
      expect(res.headers.get('vary')).toMatch(/origin/i)
    }
    for (const origin of ['http://evil.example', 'http://localhost:5174', 'null']) {
      const res = await get('/v1/series', { origin })
      expect(res.status).toBe(200)
      expect(res.headers.get('access-control-allow-origin')).toBeNull()
    }
  })

  it('answers preflights for allowed origins', async () => {
    const res = await get(
      '/v1/events',
      { origin: 'http://localhost:5173', 'access-control-request-method': 'GET' },
      'OPTIONS',
    )
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
    expect(res.headers.get('access-control-allow-methods')).toContain('GET')
  })

  it('takes the origin list from options', async () => {
    const app = createApp(live.index, { corsOrigins: ['https://briefing.example'] })
    const ok = await app.request('/api/v1/events', {
      headers: { origin: 'https://briefing.example' },
    })
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://briefing.example')
    const no = await app.request('/api/v1/events', { headers: { origin: 'http://localhost:5173' } })
    expect(no.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('headers, logs and errors', () => {
  it.each([
    ['/v1/series', 200],
    ['/v1/nope', 404],
    ['/v1/series?x=1', 400],
  ])('sends security headers on %s', async (path, status) => {
    const res = await get(path)
    expect(res.status).toBe(status)
    for (const [name, value] of Object.entries(securityHeaders))
      expect(res.headers.get(name), name).toBe(value)
  })

  it('404s outside /api with a problem', async () => {
    const res = await fetch(live.url.replace(/\/api$/, '/'))
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    problemSchema.strict().parse(await res.json())
  })

  it('logs one line per request: method, path, status, duration', async () => {
    lines.length = 0
    await get('/v1/leaders?x=1')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^GET \/api\/v1\/leaders\?x=1 400 \d+\.\dms$/)
  })

  it('turns an exception into a 500 problem without the stack', async () => {
    const index: DatasetIndex = createDatasetIndex(await loadDatasetFromDir(fixtureDir))
    const exploding: Dataset = {
      ...index.dataset,
      get events(): Dataset['events'] {
        throw new Error('secret detail at /srv/app/src/thing.ts:12')
      },
    }
    const seen: unknown[] = []
    const app = createApp({ ...index, dataset: exploding }, { logError: (e) => seen.push(e) })
    const res = await app.request('/api/v1/events')
    expect(res.status).toBe(500)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    const text = await res.text()
    expect(text).not.toMatch(/secret|thing\.ts|\bat /)
    expect(problemSchema.strict().parse(JSON.parse(text)).status).toBe(500)
    expect(seen).toHaveLength(1)
  })
})

describe('shutdown', () => {
  it('finishes an in-flight request after close() begins', async () => {
    const own = await startServer({ port: 0, dataDir: fixtureDir })
    const socket = connect(own.port, '127.0.0.1')
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()))
    let response = ''
    socket.on('data', (chunk) => (response += chunk.toString()))
    const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()))
    // Send half a request, start closing, then send the rest: the request must still be served.
    socket.write('GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\n')
    await new Promise((r) => setTimeout(r, 50))
    let closed = false
    const closing = own.close().then(() => (closed = true))
    await new Promise((r) => setTimeout(r, 50))
    expect(closed).toBe(false)
    socket.write('Connection: close\r\n\r\n')
    await ended
    await closing
    expect(response).toMatch(/^HTTP\/1\.1 200/)
    expect(response).toContain('"events"')
  })

  it('npm run api (tsx src/server/main.ts) exits 0 on SIGTERM', async () => {
    const child = spawn(`${repoRoot}node_modules/.bin/tsx`, ['src/server/main.ts'], {
      cwd: repoRoot,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: fixtureDir, LOG: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stderr.on('data', (d: Buffer) => (out += d.toString()))
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString()
        const m = /listening on (\S+)/.exec(out)
        if (m?.[1]) resolve(m[1])
      })
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)))
    })
    try {
      const res = await fetch(`${url}/v1/series`)
      expect(res.status).toBe(200)
      await res.text()
      const exit = new Promise<[number | null, string | null]>((resolve) =>
        child.once('exit', (code, signal) => resolve([code, signal])),
      )
      child.kill('SIGTERM')
      expect(await exit).toEqual([0, null])
      expect(out).toContain('api: stopped')
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    }
  }, 30_000)

  it('refuses to start on an invalid dataset, naming the problem', async () => {
    const child = spawn(`${repoRoot}node_modules/.bin/tsx`, ['src/server/main.ts'], {
      cwd: repoRoot,
      env: { ...process.env, PORT: '0', DATA_DIR: `${fixtureDir}observations` },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let err = ''
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
    expect(code).toBe(1)
    expect(err).toMatch(/api: invalid dataset: .*observations/)
  }, 30_000)
})
