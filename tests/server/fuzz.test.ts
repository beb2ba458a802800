/**
 * Property-based fuzzing of API v1 (fast-check, fixed seed): hostile query strings, paths and
 * methods against the pure resolver and against the real server on an ephemeral port. Whatever
 * comes in, the answer is a known status (never 5xx), every 4xx is a complete problem+json whose
 * fields agree with the status, nothing looks like a stack trace or a file path, and user input
 * echoed in `detail` stays short.
 */
import { Agent, request } from 'node:http'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveApiRequest, type DatasetIndex } from '../../src/data/api-v1'
import { startServer, type RunningServer } from '../../src/server/start'
import { fixtureDir, loadFixtureIndex } from './fixture-dataset'

const seed = 20_260_725

/** Titles of every problem status the API and server may send. */
const titles: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  414: 'URI Too Long',
  431: 'Request Header Fields Too Large',
}

// `at fn (file:1:2)` frames, absolute paths of this machine, error class names with a colon.
const leaks = [
  /\bat \S+ \(/,
  /\bat \S+:\d+:\d+/,
  /\w+\.[cm]?[jt]s:\d+/,
  /node_modules|\/work\/|\/home\/|\/usr\/|file:\/\//,
  /\b\w*Error:/,
]

/** Longest `detail` possible: two values quoted at 40 characters, each escaped to at most 6. */
const maxDetail = 600

interface Answer {
  status: number
  contentType: string
  text: string
}

/** Checks one answer; `inputs` are the raw strings the client sent (for the echo check). */
function checkAnswer(
  answer: Answer,
  method: string,
  inputs: readonly string[],
  longTarget = false,
): void {
  const { status, contentType, text } = answer
  const upper = method.toUpperCase()
  const allowed = new Set([200, 304, 400, 404, 405, 414])
  if (upper === 'OPTIONS') allowed.add(204)
  if (longTarget) allowed.add(431)
  expect(allowed.has(status), `status ${status} for ${method}`).toBe(true)
  for (const leak of leaks) expect(text, `leak ${leak}`).not.toMatch(leak)
  if (status < 400 || upper === 'HEAD') return
  expect(contentType).toMatch(/^application\/problem\+json; charset=utf-8$/)
  const body = JSON.parse(text) as Record<string, unknown>
  expect(Object.keys(body).sort()).toEqual(['detail', 'status', 'title', 'type'])
  expect(body.status).toBe(status)
  expect(body.title).toBe(titles[status])
  expect(body.type).toMatch(/^urn:rokjp-pulse:problem:[a-z-]+$/)
  const detail = body.detail as string
  expect(typeof detail).toBe('string')
  expect(detail.length).toBeGreaterThan(0)
  expect(detail.length).toBeLessThanOrEqual(maxDetail)
  // Echoed input is cut at 40 characters: no 41-character run of a long input reappears.
  for (const input of inputs) {
    const chars = Array.from(input)
    if (chars.length > 41) expect(detail).not.toContain(chars.slice(0, 41).join(''))
  }
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

const nasty = [
  '',
  '%',
  '%%',
  '%zz',
  '%E0%A4%A',
  '%C3%28',
  '%ED%A0%80',
  '%F0%9F%98',
  '%00',
  '%0A%0D',
  '%2F',
  '%2f',
  '%5C',
  '%2e%2e',
  '..',
  '.',
  '/',
  '//',
  '\\',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'ageGroup',
  'from',
  'to',
  'all',
  '18-29',
  '60+',
  '2015',
  '2019-07',
  '9999-12',
  '0000',
  '2015-13',
  '+',
  '&',
  '=',
  '#',
  '?',
  ';',
  '<script>',
  '"\'`',
  '\u0000',
  '\u202e',
  '\ufeff',
  '한국',
  '日本',
  '😀',
  '\ud800',
  'fixture-opinion-kr',
  'fixture-empty',
]

/** Any UTF-16 text, including lone surrogates and control characters. */
const anyText = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      maxLength,
    }),
  )

/** A piece of a URL component: hostile tokens, random text, or a very long run. */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...nasty) },
  { weight: 3, arbitrary: anyText(12) },
  { weight: 1, arbitrary: fc.constantFrom('a', 'x', '%41', '9').map((s) => s.repeat(3000)) },
)
const component = fc.array(piece, { minLength: 0, maxLength: 4 }).map((parts) => parts.join(''))

/** Percent-encodes UTF-8 bytes (lone surrogates become U+FFFD) except unreserved characters. */
function encode(value: string): string {
  let out = ''
  for (const byte of new TextEncoder().encode(value)) {
    const c = String.fromCharCode(byte)
    out += /[A-Za-z0-9._~-]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

/** Writes a component into a URL either encoded, or raw where HTTP/1.1 allows it (so `%zz`,
 * `..`, `/` and `\` reach the server as typed). */
const wire = (value: string, raw: boolean): string =>
  raw ? value.replace(/[^\u0021-\u007e]/gu, (c) => encode(c)).replace(/#/g, '%23') : encode(value)

const query = fc
  .array(fc.tuple(component, component, fc.boolean(), fc.boolean()), { maxLength: 5 })
  .map((pairs) => ({
    pairs: pairs.map(([k, v]) => [k, v] as const),
    text: pairs
      .map(([k, v, raw, bare]) =>
        bare && v === '' ? wire(k, raw) : `${wire(k, raw)}=${wire(v, raw)}`,
      )
      .join('&'),
  }))

const knownId = fc.constantFrom('fixture-opinion-kr', 'fixture-visitors-jp-kr', 'fixture-empty')

/** A path under the API, mostly `/v1/series/{id}/observations` with a hostile id. */
const apiPath = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(fc.oneof(knownId, component), fc.boolean())
      .map(([id, raw]) => ({ path: `/v1/series/${wire(id, raw)}/observations`, inputs: [id] })),
  },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom('/v1/series', '/v1/events', '/v1/leaders', '/v1/openapi.json')
      .map((path) => ({ path, inputs: [] as string[] })),
  },
  {
    weight: 2,
    arbitrary: fc.array(fc.tuple(component, fc.boolean()), { maxLength: 5 }).map((segments) => ({
      path: segments.map(([s, raw]) => `/${wire(s, raw)}`).join(''),
      inputs: segments.map(([s]) => s),
    })),
  },
)

const method = fc.oneof(
  { weight: 6, arbitrary: fc.constant('GET') },
  { weight: 2, arbitrary: fc.constant('HEAD') },
  {
    weight: 2,
    arbitrary: fc.constantFrom('POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND'),
  },
)

// ---------------------------------------------------------------------------------------------

describe('fuzz: the pure resolver', () => {
  let index: DatasetIndex
  beforeAll(async () => {
    index = await loadFixtureIndex()
  })

  it('answers any method, path and query with a known status and a clean problem', () => {
    const anyMethod = fc.oneof(method, anyText(20))
    fc.assert(
      fc.property(anyMethod, apiPath, query, fc.boolean(), (m, { path, inputs }, q, parsed) => {
        // Either the query as a server parses it from the wire, or arbitrary decoded pairs.
        const params = parsed ? new URLSearchParams(q.text) : new URLSearchParams()
        if (!parsed) for (const [k, v] of q.pairs) params.append(k, v)
        const res = resolveApiRequest(index, m, path, params)
        const upper = m.toUpperCase()
        if (upper !== 'GET' && upper !== 'HEAD') expect(res.status).toBe(405)
        const text = JSON.stringify(res.body)
        checkAnswer(
          { status: res.status, contentType: res.headers['content-type'] ?? '', text },
          upper === 'HEAD' ? 'GET' : m,
          [...inputs, ...q.pairs.flat(), m],
        )
        if (res.status === 200) expect(res.headers['content-type']).toMatch(/^application\/json/)
      }),
      { seed, numRuns: 1500 },
    )
  }, 20_000)

  it('treats __proto__, constructor and friends as unknown parameters, not object keys', () => {
    for (const key of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']) {
      const res = resolveApiRequest(
        index,
        'GET',
        '/v1/series/fixture-opinion-kr/observations',
        new URLSearchParams([[key, '1']]),
      )
      expect(res.status, key).toBe(400)
    }
    expect(Object.prototype).not.toHaveProperty('1')
  })
})

describe('fuzz: the real server', () => {
  let live: RunningServer
  const agent = new Agent({ keepAlive: true, maxSockets: 8 })
  const errors: unknown[] = []
  beforeAll(async () => {
    live = await startServer({ port: 0, dataDir: fixtureDir, logError: (e) => errors.push(e) })
  })
  afterAll(async () => {
    agent.destroy()
    await live.close()
  })

  /** One request with a raw target (not normalised by a URL parser on the way). */
  function send(m: string, target: string, headers: Record<string, string> = {}): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: live.port, method: m, path: target, agent, headers },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              contentType: String(res.headers['content-type'] ?? ''),
              text: Buffer.concat(chunks).toString('utf8'),
            }),
          )
          res.on('error', reject)
        },
      )
      req.on('error', reject)
      req.setTimeout(5_000, () => req.destroy(new Error(`timeout: ${m} ${target}`)))
      req.end()
    })
  }

  it('answers hostile requests with a known status and a clean problem, never 5xx', async () => {
    const etag = fc.constantFrom('', '*', '"x"', 'W/"x"', '"a", "b"', ',,,', 'W/')
    await fc.assert(
      fc.asyncProperty(method, apiPath, query, etag, async (m, { path, inputs }, q, inm) => {
        const target = `/api${path}${q.text ? `?${q.text}` : ''}`
        const headers: Record<string, string> = inm ? { 'if-none-match': inm } : {}
        const answer = await send(m, target, headers)
        checkAnswer(answer, m, [...inputs, ...q.pairs.flat()], target.length > 8192)
        if (m === 'HEAD') expect(answer.text).toBe('')
        if (answer.status === 304) expect(inm).not.toBe('')
        // Beyond the target limit: 414 from the app, or from the parser past its header limit.
        if (target.length > 8192 + 4) expect(answer.status).toBe(414)
      }),
      { seed, numRuns: 400 },
    )
    expect(errors).toEqual([])
    // Still healthy afterwards.
    const after = await send('GET', '/api/v1/series/fixture-opinion-kr/observations?from=2015')
    expect(after.status).toBe(200)
  }, 20_000)

  it('answers targets outside /api, absolute-form and asterisk-form with problems', async () => {
    for (const [m, target] of [
      ['GET', '/'],
      ['GET', '/favicon.ico'],
      ['GET', '/..%2F..%2Fetc%2Fpasswd'],
      ['GET', '/api/../../etc/passwd'],
      ['GET', '/api\\v1\\series'],
      ['GET', 'http://evil.example/api/v1/nope'],
      ['OPTIONS', '*'],
      ['GET', '/api/v1/series?%zz'],
      ['GET', '/api/v1/series/%E0%A4%A/observations?from=%E0%A4%A'],
    ] as const) {
      const answer = await send(m, target)
      checkAnswer(answer, m, [target])
      expect(answer.status, `${m} ${target}`).toBeLessThan(500)
    }
  })
})
