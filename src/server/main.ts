/**
 * `npm run api`: the reference API v1 server. Environment: HOST (127.0.0.1), PORT (8787),
 * DATA_DIR (data/processed), CORS_ORIGINS (comma list), LOG=0 for no request lines.
 * SIGTERM/SIGINT stop accepting, finish in-flight requests and exit 0.
 */
import { DatasetError } from '../data/api-v1'
import { defaultCorsOrigins } from './app'
import { defaultDataDir } from './load-dataset'
import { startServer } from './start'

function fail(message: string): never {
  process.stderr.write(`api: ${message}\n`)
  process.exit(1)
}

const env = process.env
const port = env.PORT === undefined || env.PORT === '' ? 8787 : Number(env.PORT)
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`PORT must be an integer 0-65535, got ${JSON.stringify(env.PORT)}`)
const corsOrigins = env.CORS_ORIGINS
  ? env.CORS_ORIGINS.split(',')
      .map((o) => o.trim().replace(/\/+$/, ''))
      .filter(Boolean)
  : defaultCorsOrigins
const quiet = env.LOG === '0' || env.LOG === 'false'

try {
  const running = await startServer({
    host: env.HOST || '127.0.0.1',
    port,
    dataDir: env.DATA_DIR || defaultDataDir,
    corsOrigins,
    log: quiet ? undefined : (line) => process.stdout.write(`${line}\n`),
    logError: (error) =>
      process.stderr.write(
        `api: unexpected error: ${String(error instanceof Error ? error.stack : error)}\n`,
      ),
  })
  const { series, dataAsOf } = running.index.dataset
  process.stdout.write(
    `api: listening on ${running.url} (${series.length} series, data as of ${dataAsOf ?? 'unknown'})\n`,
  )
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    process.stdout.write(`api: ${signal}, finishing in-flight requests\n`)
    void running.close().then(() => {
      process.stdout.write('api: stopped\n')
      process.exit(0)
    })
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
} catch (error) {
  if (error instanceof DatasetError) fail(`invalid dataset: ${error.message}`)
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'EADDRINUSE') fail(`port ${port} is already in use (set PORT)`)
  fail(error instanceof Error ? error.message : String(error))
}
