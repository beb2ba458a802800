/**
 * The reference server under hostile or careless clients: disconnects mid-response, slow-loris
 * partial headers, malformed and oversized HTTP, HEAD, pipelining, and shutdown with responses
 * still being delivered. (http.test.ts covers a request still arriving when close() begins.)
 */
import { connect, type Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { problemSchema } from '../../src/data/schemas'
import { maxMemoisedBodies } from '../../src/server/app'
import { startServer, type RunningServer } from '../../src/server/start'
import { fixtureDir, processedDir } from './fixture-dataset'

let live: RunningServer
const unexpected: unknown[] = []
let seriesBody = ''
beforeAll(async () => {
  // The real dataset: /v1/series is over 80 KB, so a disconnect really cuts a response short.
  live = await startServer({ port: 0, dataDir: processedDir, logError: (e) => unexpected.push(e) })
  seriesBody = JSON.stringify({ series: live.index.dataset.series })
})
afterAll(async () => {
  await live.close()
  expect(unexpected).toEqual([])
})

const open = (port = live.port): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => resolve(socket))
    socket.once('error', reject)
  })

/** Sends raw bytes, collects everything until the server closes (or `ms` pass). */
async function exchange(data: string | Buffer, ms = 5_000): Promise<string> {
  const socket = await open()
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    const timer = setTimeout(() => {
      socket.destroy()
      reject(
        new Error(`no close within ${ms}ms: ${Buffer.concat(chunks).toString().slice(0, 200)}`),
      )
    }, ms)
    socket.on('data', (c: Buffer) => chunks.push(c))
    socket.once('error', (e) => {
      clearTimeout(timer)
      reject(e)
    })
    socket.once('close', () => {
      clearTimeout(timer)
      resolve(Buffer.concat(chunks).toString('utf8'))
    })
    socket.write(data)
  })
}

/** Splits one raw HTTP response into status, lower-cased headers and body. */
function parse(raw: string): { status: number; headers: Record<string, string>; body: string } {
  const split = raw.indexOf('\r\n\r\n')
  const [statusLine = '', ...lines] = raw.slice(0, split).split('\r\n')
  const headers: Record<string, string> = {}
  for (const line of lines) {
    const colon = line.indexOf(':')
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim()
  }
  return { status: Number(statusLine.split(' ')[1]), headers, body: raw.slice(split + 4) }
}

/** Asserts a complete problem+json answer with `status` and returns its problem. */
function expectProblem(raw: string, status: number) {
  const res = parse(raw)
  expect(res.status, raw.slice(0, 300)).toBe(status)
  expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8')
  expect(res.headers['x-content-type-options']).toBe('nosniff')
  expect(res.headers['cache-control']).toBe('no-store')
  expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body))
  const problem = problemSchema.strict().parse(JSON.parse(res.body))
  expect(problem.status).toBe(status)
  expect(res.body).not.toMatch(/\bat \S+ \(|node_modules|\.ts:\d+|Error:/)
  return problem
}

/** The server still answers a normal request correctly. */
async function expectHealthy(): Promise<void> {
  const res = await fetch(`${live.url}/v1/series`)
  expect(res.status).toBe(200)
  expect(await res.text()).toBe(seriesBody)
}

describe('clients that go away', () => {
  it('survives 200 clients disconnecting mid-response', async () => {
    expect(seriesBody.length).toBeGreaterThan(50_000)
    const request = 'GET /api/v1/series HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'
    for (let batch = 0; batch < 10; batch++) {
      await Promise.all(
        Array.from({ length: 20 }, async (_, i) => {
          const socket = await open()
          socket.write(request)
          await new Promise<void>((resolve) =>
            socket.once('data', () => {
              // Half the clients close politely mid-body, half reset the connection.
              if (i % 2) socket.destroy()
              else socket.resetAndDestroy()
              resolve()
            }),
          )
        }),
      )
    }
    await expectHealthy()
    const observations = await fetch(
      `${live.url}/v1/series/genron-kr-good-impression-jp/observations?from=2015&to=2020`,
    )
    expect(observations.status).toBe(200)
    expect((await observations.json()).seriesId).toBe('genron-kr-good-impression-jp')
  }, 20_000)

  it('keeps answering while 50 slow-loris connections hold partial headers, and after they go', async () => {
    const loris = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const socket = await open()
        socket.write(`GET /api/v1/series HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow-${i}: `)
        return socket
      }),
    )
    // A trickle of one byte more on each: still no complete request.
    for (const socket of loris) socket.write('a')
    const started = performance.now()
    for (let i = 0; i < 5; i++) await expectHealthy()
    expect(performance.now() - started).toBeLessThan(2_000)
    for (const socket of loris) socket.destroy()
    await expectHealthy()
  })
})

describe('malformed and oversized requests get a problem, not a reset', () => {
  it('a 100 KB query string: 414 from the parser limit, the connection closed cleanly', async () => {
    const raw = await exchange(
      `GET /api/v1/series?q=${'a'.repeat(100_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`,
    )
    expect(expectProblem(raw, 414).type).toBe('urn:rokjp-pulse:problem:uri-too-long')
    // The same through fetch (a real client): it sees the status instead of a socket error.
    const res = await fetch(`${live.url}/v1/series?q=${'b'.repeat(100_000)}`)
    expect(res.status).toBe(414)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    await res.text()
    await expectHealthy()
  })

  it('a 10 KB query string (under the parser limit): 414 from the app', async () => {
    const res = await fetch(
      `${live.url}/v1/series/genron-kr-good-impression-jp/observations?ageGroup=${'c'.repeat(10_000)}`,
    )
    expect(res.status).toBe(414)
    expect(res.headers.get('cache-control')).toBe('no-store')
    problemSchema.strict().parse(await res.json())
    // An ordinary long-ish target (2 KB) is still answered on its merits.
    const ok = await fetch(`${live.url}/v1/series?${'d'.repeat(2_000)}`)
    expect(ok.status).toBe(400)
    await ok.text()
  })

  it('HEAD with an oversized target gets the status without a body', async () => {
    const raw = await exchange(
      `HEAD /api/v1/series?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`,
    )
    const res = parse(raw)
    expect(res.status).toBe(414)
    expect(res.body).toBe('')
  })

  it('oversized headers: 431', async () => {
    const raw = await exchange(
      `GET /api/v1/series HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${'x'.repeat(40_000)}\r\n\r\n`,
    )
    expect(expectProblem(raw, 431).type).toBe('urn:rokjp-pulse:problem:headers-too-large')
  })

  it.each([
    ['an unknown method token', 'FOO /api/v1/series HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['binary garbage', '\u0000\u0001\u0002\u00ff garbage\r\n\r\n'],
    ['a missing Host header', 'GET /api/v1/series HTTP/1.1\r\n\r\n'],
    [
      'an invalid Host header',
      'GET /api/v1/series HTTP/1.1\r\nHost: a b/../c\r\nConnection: close\r\n\r\n',
    ],
    [
      'a backslash in the path',
      'GET /api\\v1\\series HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    ],
    [
      'conflicting framing',
      'GET /api/v1/series HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n',
    ],
    ['raw UTF-8 in the target', 'GET /api/v1/series/한국/observations HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['a control character in the target', 'GET /api/v1/\u0001 HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['an unsupported HTTP version', 'GET /api/v1/series HTTP/9.9\r\nHost: x\r\n\r\n'],
  ])('%s: 400 problem', async (_, request) => {
    const raw = await exchange(Buffer.from(request, 'utf8'))
    expectProblem(raw, 400)
    await expectHealthy()
  })

  it('HTTP/1.0 without Host is fine', async () => {
    const raw = await exchange('GET /api/v1/events HTTP/1.0\r\n\r\n')
    expect(parse(raw).status).toBe(200)
  })
})

describe('memoised bodies', () => {
  it('stay correct per target, also after more distinct targets than the memo holds', async () => {
    const path = '/v1/series/genron-kr-good-impression-jp/observations'
    const first = await fetch(`${live.url}${path}?from=2015`)
    const firstBody = await first.text()
    for (let i = 0; i < maxMemoisedBodies + 20; i++) {
      const res = await fetch(`${live.url}${path}?ageGroup=band-${i}`)
      expect(res.status).toBe(200)
      expect(await res.json()).toEqual({
        seriesId: 'genron-kr-good-impression-jp',
        observations: [],
      })
    }
    const again = await fetch(`${live.url}${path}?from=2015`)
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'))
    expect(await again.text()).toBe(firstBody)
    const unfiltered = await fetch(`${live.url}${path}`)
    expect(unfiltered.headers.get('etag')).not.toBe(first.headers.get('etag'))
    await unfiltered.text()
  })
})

describe('HEAD', () => {
  it.each([
    '/v1/series',
    '/v1/events',
    '/v1/leaders',
    '/v1/openapi.json',
    '/v1/series/genron-kr-good-impression-jp/observations?ageGroup=all',
  ])('HEAD %s: the GET headers, no body', async (path) => {
    const get = await fetch(`${live.url}${path}`)
    await get.text()
    const head = await fetch(`${live.url}${path}`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    for (const name of ['etag', 'content-type', 'cache-control', 'x-content-type-options'])
      expect(head.headers.get(name), name).toBe(get.headers.get(name))
    const etag = head.headers.get('etag') ?? ''
    const revalidated = await fetch(`${live.url}${path}`, {
      method: 'HEAD',
      headers: { 'if-none-match': etag },
    })
    expect(revalidated.status).toBe(304)
  })

  it.each([
    ['/v1/nope', 404],
    ['/v1/series/nope/observations', 404],
    ['/v1/series?x=1', 400],
  ])('HEAD %s: %i with the problem content type, no body', async (path, status) => {
    const head = await fetch(`${live.url}${path}`, { method: 'HEAD' })
    expect(head.status).toBe(status)
    expect(head.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(await head.text()).toBe('')
  })

  it('a raw HEAD leaves the keep-alive connection usable for the next request', async () => {
    const raw = await exchange(
      'HEAD /api/v1/events HTTP/1.1\r\nHost: x\r\n\r\n' +
        'GET /api/v1/events HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    )
    const responses = raw.split(/(?=HTTP\/1\.1 )/)
    expect(responses).toHaveLength(2)
    expect(parse(responses[0] ?? '').body).toBe('')
    expect(JSON.parse(parse(responses[1] ?? '').body)).toHaveProperty('events')
  })
})

describe('pipelining and shutdown', () => {
  it('answers pipelined requests in order', async () => {
    const paths = ['/api/v1/events', '/api/v1/nope', '/api/v1/series?x=1', '/api/v1/leaders']
    const raw = await exchange(
      paths
        .map(
          (p, i) =>
            `GET ${p} HTTP/1.1\r\nHost: x\r\n${i === paths.length - 1 ? 'Connection: close\r\n' : ''}\r\n`,
        )
        .join(''),
    )
    const statuses = [...raw.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((m) => Number(m[1]))
    expect(statuses).toEqual([200, 404, 400, 200])
  })

  it('close() delivers responses under way on busy connections, closes idle ones, refuses new', async () => {
    const own = await startServer({ port: 0, dataDir: processedDir })
    const request = 'GET /api/v1/series HTTP/1.1\r\nHost: x\r\n\r\n'
    const expected = JSON.stringify({ series: own.index.dataset.series })
    // Three connections, each with 10 pipelined large responses it has not read yet.
    const busy = await Promise.all(
      Array.from({ length: 3 }, async () => {
        const socket = await open(own.port)
        socket.pause()
        socket.write(request.repeat(10))
        return socket
      }),
    )
    // One idle keep-alive connection that already had its answer.
    const idle = await open(own.port)
    idle.write('GET /api/v1/events HTTP/1.1\r\nHost: x\r\n\r\n')
    await new Promise((resolve) => idle.once('data', resolve))
    const idleClosed = new Promise<void>((resolve) => idle.once('close', () => resolve()))
    await new Promise((r) => setTimeout(r, 100))

    const closing = own.close()
    await idleClosed
    await expect(open(own.port)).rejects.toMatchObject({ code: 'ECONNREFUSED' })

    const received = await Promise.all(
      busy.map(
        (socket) =>
          new Promise<string>((resolve) => {
            const chunks: Buffer[] = []
            socket.on('data', (c: Buffer) => chunks.push(c))
            socket.once('close', () => resolve(Buffer.concat(chunks).toString('utf8')))
            socket.resume()
            socket.end()
          }),
      ),
    )
    await closing
    for (const raw of received) {
      const bodies = raw.split(/\r\n\r\n/).filter((part) => part.startsWith('{'))
      expect(bodies.map((b) => b.slice(0, b.lastIndexOf('}') + 1))).toEqual(
        Array.from({ length: 10 }, () => expected),
      )
    }
  }, 20_000)

  it('the fixture server also survives its whole robustness diet', async () => {
    // Small bodies: a disconnect right after the request, before any byte is read.
    const own = await startServer({ port: 0, dataDir: fixtureDir })
    try {
      for (let i = 0; i < 50; i++) {
        const socket = await open(own.port)
        socket.end('GET /api/v1/series HTTP/1.1\r\nHost: x\r\n\r\n')
        socket.destroy()
      }
      const res = await fetch(`${own.url}/v1/series/fixture-opinion-kr/observations`)
      expect(res.status).toBe(200)
      await res.text()
    } finally {
      await own.close()
    }
  })
})
