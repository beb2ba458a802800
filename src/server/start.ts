/**
 * Starts the reference server on a host and port: loads the dataset once, then serves it with
 * {@link createApp}. Port 0 picks a free port (tests); `close()` drains in-flight requests.
 */
import type { AddressInfo } from 'node:net'
import { createServer, type Server } from 'node:http'
import { getRequestListener } from '@hono/node-server'
import { createDatasetIndex, type DatasetIndex } from '../data/api-v1'
import { apiBasePath, createApp, type AppOptions } from './app'
import { onClientError, requestErrorResponse, requireHost } from './client-errors'
import { defaultDataDir, loadDatasetFromDir } from './load-dataset'

export interface StartOptions extends AppOptions {
  /** Interface to bind; default 127.0.0.1. */
  host?: string
  /** TCP port; 0 asks the OS for a free one; default 8787. */
  port?: number
  /** Processed dataset directory; default `data/processed/` of this checkout. */
  dataDir?: string
}

export interface RunningServer {
  /** Base URL of the API, e.g. `http://127.0.0.1:8787/api`. */
  url: string
  host: string
  port: number
  index: DatasetIndex
  server: Server
  /**
   * Stops accepting connections, lets in-flight requests finish, closes idle keep-alive
   * connections, and resolves when all are gone (or after `graceMs`, closing the rest).
   */
  close(graceMs?: number): Promise<void>
}

/** Loads the dataset from `dataDir` and listens; rejects if the data is invalid or the port taken. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1'
  const index = createDatasetIndex(await loadDatasetFromDir(options.dataDir ?? defaultDataDir))
  const app = createApp(index, options)
  return new Promise((resolve, reject) => {
    // As @hono/node-server's serve(), plus problem+json answers for requests that never reach
    // the app: a Host header or target the adapter cannot parse, and malformed or oversized HTTP.
    const listener = getRequestListener(app.fetch, {
      hostname: host,
      errorHandler: (error) => requestErrorResponse(error, options.logError),
    })
    const server = createServer({ requireHostHeader: false }, requireHost(listener))
    server.on('clientError', onClientError)
    server.listen(options.port ?? 8787, host)
    server.once('error', reject)
    server.once('listening', () => {
      server.off('error', reject)
      const { port } = server.address() as AddressInfo
      const urlHost = host.includes(':') ? `[${host}]` : host
      let closing: Promise<void> | null = null
      resolve({
        url: `http://${urlHost}:${port}${apiBasePath}`,
        host,
        port,
        index,
        server,
        close(graceMs = 10_000) {
          closing ??= new Promise<void>((done) => {
            const timer = setTimeout(() => server.closeAllConnections(), graceMs)
            timer.unref()
            server.close(() => {
              clearTimeout(timer)
              done()
            })
            server.closeIdleConnections()
          })
          return closing
        },
      })
    })
  })
}
