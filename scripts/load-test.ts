/**
 * Load test of the reference API server (`npx tsx scripts/load-test.ts [--requests 20000]
 * [--concurrency 50] [--time-limit 120] [--data-dir data/processed]`).
 *
 * Starts `src/server/main.ts` as a child process on 127.0.0.1 with an ephemeral port and LOG=0
 * (so the generator and the server do not share an event loop), warms up, then sends a fixed,
 * seeded mix of requests over keep-alive connections with a fixed number in flight: the series
 * list, observations with and without filters for several ids, events, a share of ETag
 * revalidations (If-None-Match, expecting 304) and a small share of 400/404 requests. Stops by
 * itself after the request budget or the time limit (at most 120 s), stops the server, prints
 * throughput, latency percentiles and status counts, and ONE JSON object as the last stdout line.
 * Exits non-zero on any network error, any 5xx, any answer with an unexpected status, or the
 * time limit. Loopback only; no external tools.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { Agent, request } from 'node:http'
import { availableParallelism, cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const repoRoot = fileURLToPath(new URL('../', import.meta.url))
const hardLimitS = 120

const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '20000' },
    concurrency: { type: 'string', default: '50' },
    'time-limit': { type: 'string', default: String(hardLimitS) },
    'data-dir': { type: 'string', default: `${repoRoot}data/processed` },
    seed: { type: 'string', default: '7' },
  },
})

function intArg(name: string, value: string, min: number, max: number): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < min || n > max) {
    process.stderr.write(`load-test: --${name} must be an integer ${min}-${max}, got ${value}\n`)
    process.exit(2)
  }
  return n
}
const totalRequests = intArg('requests', args.requests, 1, 1_000_000)
const concurrency = intArg('concurrency', args.concurrency, 1, 1_000)
const timeLimitS = intArg('time-limit', args['time-limit'], 1, hardLimitS)
const seed = intArg('seed', args.seed, 0, 2 ** 31 - 1)

// ---------------------------------------------------------------------------------------------
// The server, as a child process

let running: ChildProcess | undefined

async function startChild(): Promise<{ child: ChildProcess; base: string }> {
  const child = (running = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG: '0', DATA_DIR: args['data-dir'] },
    stdio: ['ignore', 'pipe', 'pipe'],
  }))
  let out = ''
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30_000)
    const onData = (d: Buffer) => {
      out += d.toString()
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+\/api)/.exec(out)
      if (m?.[1]) {
        clearTimeout(timer)
        resolve(m[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited ${code}: ${out}`))
    })
  })
  return { child, base }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000)
    child.once('exit', () => {
      clearTimeout(kill)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

// ---------------------------------------------------------------------------------------------
// HTTP

interface Result {
  status: number
  etag: string | undefined
  bytes: number
}

const agent = new Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency })

function send(base: URL, path: string, headers: Record<string, string> = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: base.hostname,
        port: base.port,
        path: `${base.pathname}${path}`,
        method: 'GET',
        agent,
        headers,
      },
      (res) => {
        let bytes = 0
        res.on('data', (c: Buffer) => (bytes += c.length))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, etag: res.headers.etag, bytes }))
        res.on('error', reject)
      },
    )
    req.setTimeout(10_000, () => req.destroy(new Error(`timeout: ${path}`)))
    req.on('error', reject)
    req.end()
  })
}

// ---------------------------------------------------------------------------------------------
// The mix

interface Planned {
  kind: string
  path: string
  headers?: Record<string, string>
  expect: number
}

/** Deterministic PRNG (mulberry32) so every run sends the same sequence. */
function mulberry32(a: number): () => number {
  return () => {
    a |= 0
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

async function planMix(base: URL): Promise<Planned[]> {
  // Warm-up also learns the ids and ETags; the ETags make the 304 share realistic.
  const body = await new Promise<string>((resolve, reject) => {
    const req = request(`${base.href}/v1/series`, { agent }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => (text += c))
      res.on('end', () =>
        res.statusCode === 200
          ? resolve(text)
          : reject(new Error(`GET /v1/series: ${res.statusCode}`)),
      )
    })
    req.on('error', reject)
    req.end()
  })
  const ids = (JSON.parse(body) as { series: { id: string }[] }).series.map((s) => s.id)
  if (ids.length === 0) throw new Error('the dataset has no series')
  const pick = mulberry32(seed)
  const some = <T>(items: readonly T[]): T => items[Math.floor(pick() * items.length)] as T
  const hot = ids.slice(0, Math.min(8, ids.length))
  const revalidate = [
    '/v1/series',
    '/v1/events',
    ...hot.map((id) => `/v1/series/${id}/observations`),
  ]
  const etags = new Map<string, string>()
  for (const path of revalidate) {
    const r = await send(base, path)
    if (r.status !== 200 || !r.etag) throw new Error(`warm-up ${path}: ${r.status}`)
    etags.set(path, r.etag)
  }
  const filters = [
    '?ageGroup=all',
    '?from=2015',
    '?from=2010&to=2020',
    '?to=2019-12',
    '?ageGroup=all&from=2018',
  ]
  const plan: Planned[] = []
  for (let i = 0; i < totalRequests; i++) {
    const r = pick()
    if (r < 0.15) plan.push({ kind: 'series', path: '/v1/series', expect: 200 })
    else if (r < 0.45)
      plan.push({ kind: 'observations', path: `/v1/series/${some(ids)}/observations`, expect: 200 })
    else if (r < 0.65)
      plan.push({
        kind: 'observations-filtered',
        path: `/v1/series/${some(ids)}/observations${some(filters)}`,
        expect: 200,
      })
    else if (r < 0.75) plan.push({ kind: 'events', path: '/v1/events', expect: 200 })
    else if (r < 0.93) {
      const path = some(revalidate)
      plan.push({
        kind: 'revalidate',
        path,
        headers: { 'if-none-match': etags.get(path) ?? '' },
        expect: 304,
      })
    } else if (r < 0.965)
      plan.push({
        kind: 'not-found',
        path: `/v1/series/no-such-series-${i % 97}/observations`,
        expect: 404,
      })
    else
      plan.push({
        kind: 'bad-request',
        path: some([
          `/v1/series/${some(ids)}/observations?from=20x5`,
          '/v1/series?page=2',
          `/v1/series/${some(ids)}/observations?from=2020&to=2010`,
        ]),
        expect: 400,
      })
  }
  return plan
}

// ---------------------------------------------------------------------------------------------

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0
  const rank = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, rank)] ?? 0
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits))

async function main(): Promise<number> {
  const { child, base: baseText } = await startChild()
  const base = new URL(baseText)
  let timedOut = false
  const hardStop = setTimeout(() => {
    timedOut = true
  }, timeLimitS * 1000)
  try {
    const plan = await planMix(base)
    const latencies = new Float64Array(plan.length)
    const statuses: Record<string, number> = {}
    const kinds: Record<string, number> = {}
    const errorSamples: string[] = []
    let networkErrors = 0
    let mismatches = 0
    let serverErrors = 0
    let bytes = 0
    let next = 0
    let done = 0

    const started = performance.now()
    async function worker(): Promise<void> {
      while (!timedOut) {
        const i = next++
        const item = plan[i]
        if (!item) return
        const t0 = performance.now()
        try {
          const res = await send(base, item.path, item.headers)
          latencies[done] = performance.now() - t0
          done++
          bytes += res.bytes
          statuses[res.status] = (statuses[res.status] ?? 0) + 1
          kinds[item.kind] = (kinds[item.kind] ?? 0) + 1
          if (res.status >= 500) serverErrors++
          if (res.status !== item.expect) {
            mismatches++
            if (errorSamples.length < 5)
              errorSamples.push(`${item.path}: ${res.status}, expected ${item.expect}`)
          }
        } catch (error) {
          networkErrors++
          if (errorSamples.length < 5) errorSamples.push(`${item.path}: ${String(error)}`)
        }
      }
    }
    await Promise.all(Array.from({ length: concurrency }, () => worker()))
    const elapsedS = (performance.now() - started) / 1000

    const sorted = latencies.slice(0, done).sort()
    const result = {
      tool: 'scripts/load-test.ts',
      requests: done,
      planned: plan.length,
      concurrency,
      durationS: round(elapsedS, 3),
      throughputRps: round(done / elapsedS, 1),
      latencyMs: {
        p50: round(percentile(sorted, 50), 3),
        p90: round(percentile(sorted, 90), 3),
        p99: round(percentile(sorted, 99), 3),
        max: round(sorted[sorted.length - 1] ?? 0, 3),
      },
      statuses,
      mix: kinds,
      networkErrors,
      serverErrors,
      unexpectedStatuses: mismatches,
      timedOut,
      bytesReceived: bytes,
      machine: {
        cpus: availableParallelism(),
        cpuModel: cpus()[0]?.model ?? 'unknown',
        node: process.version,
        platform: `${process.platform}-${process.arch}`,
      },
      date: new Date().toISOString(),
    }
    const ok = networkErrors === 0 && serverErrors === 0 && mismatches === 0 && !timedOut
    const lines = [
      `load-test: ${done}/${plan.length} requests, ${concurrency} concurrent, keep-alive, ${round(elapsedS, 2)} s`,
      `  throughput  ${result.throughputRps} req/s`,
      `  latency ms  p50 ${result.latencyMs.p50}  p90 ${result.latencyMs.p90}  p99 ${result.latencyMs.p99}  max ${result.latencyMs.max}`,
      `  statuses    ${Object.entries(statuses)
        .map(([s, n]) => `${s}: ${n}`)
        .join(', ')}`,
      `  mix         ${Object.entries(kinds)
        .map(([k, n]) => `${k}: ${n}`)
        .join(', ')}`,
      `  errors      network ${networkErrors}, 5xx ${serverErrors}, unexpected status ${mismatches}${timedOut ? `, TIME LIMIT ${timeLimitS} s hit` : ''}`,
      ...errorSamples.map((s) => `    ${s}`),
      `  result      ${ok ? 'PASS' : 'FAIL'}`,
    ]
    process.stdout.write(`${lines.join('\n')}\n${JSON.stringify(result)}\n`)
    return ok ? 0 : 1
  } finally {
    clearTimeout(hardStop)
    agent.destroy()
    await stopChild(child)
  }
}

// A backstop in case something hangs outside the request loop (start-up, shutdown).
const backstop = setTimeout(
  () => {
    process.stderr.write(`load-test: hard time limit (${hardLimitS + 45} s) hit, giving up\n`)
    running?.kill('SIGKILL')
    process.exit(1)
  },
  (hardLimitS + 45) * 1000,
)
backstop.unref()

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`load-test: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  },
)
