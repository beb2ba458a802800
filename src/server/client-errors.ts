/**
 * Requests that never reach the Hono app: malformed HTTP that Node's parser rejects (bad method,
 * bad Content-Length, request line or headers over the size limit, header timeout), and requests
 * whose Host header or target @hono/node-server cannot turn into a URL. Node and the adapter
 * answer those with an empty 400, or (for an oversized request) reset the connection before the
 * client can read anything. Here they get a problem+json body like every other error, and the
 * connection is closed gracefully (lingering), so the client actually sees the status.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { RequestError } from '@hono/node-server'
import { internalError } from '../data/api-v1'
import type { Problem } from '../data/schemas'
import { maxTargetLength, securityHeaders, uriTooLong } from './app'

/** Problem `type` URIs of errors below the API (stable: clients may switch on them). */
export const httpProblemTypes = {
  badRequest: 'urn:rokjp-pulse:problem:bad-request',
  headersTooLarge: 'urn:rokjp-pulse:problem:headers-too-large',
  requestTimeout: 'urn:rokjp-pulse:problem:request-timeout',
} as const

type HttpProblem = Problem

const badRequest: HttpProblem = {
  type: httpProblemTypes.badRequest,
  title: 'Bad Request',
  status: 400,
  detail: 'The request is not valid HTTP/1.1 (method, target, Host header or framing).',
}

/**
 * The adapter's error handler: a request it could not turn into a URL (bad Host header or
 * target, a `RequestError`) is a 400 problem; anything else a stack-free 500.
 */
export function requestErrorResponse(
  error: unknown,
  logError?: (error: unknown) => void,
): Response {
  const problem = error instanceof RequestError ? badRequest : internalError()
  if (problem.status === 500) logError?.(error)
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: {
      ...securityHeaders,
      'content-type': 'application/problem+json; charset=utf-8',
      'cache-control': 'no-store',
    },
  })
}

// A request line starts with a method token, a space, then the target.
const requestLineStart = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+ \S/

/**
 * True when the packet the parser choked on starts with a request line that is itself too long
 * (or not even finished in this packet): then the URL, not the headers, is what is too large.
 */
function requestLineTooLong(packet: string): boolean {
  if (!requestLineStart.test(packet)) return false
  const end = packet.indexOf('\n')
  return end === -1 || end > maxTargetLength
}

/** Maps a Node parser error to the problem to answer with, or null to just drop the socket. */
export function problemForClientError(
  error: NodeJS.ErrnoException & { rawPacket?: unknown },
): HttpProblem | null {
  const code = error.code ?? ''
  if (code === 'HPE_HEADER_OVERFLOW') {
    const packet = Buffer.isBuffer(error.rawPacket) ? error.rawPacket.toString('latin1') : ''
    return requestLineTooLong(packet)
      ? uriTooLong()
      : {
          type: httpProblemTypes.headersTooLarge,
          title: 'Request Header Fields Too Large',
          status: 431,
          detail: 'The request line and headers are larger than this server accepts.',
        }
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return {
      type: httpProblemTypes.requestTimeout,
      title: 'Request Timeout',
      status: 408,
      detail: 'The request was not received in time.',
    }
  if (code.startsWith('HPE_')) return badRequest
  return null
}

/**
 * Wraps the adapter's request listener: an HTTP/1.1 request without a Host header (which Node
 * would otherwise answer with an empty 400) gets the bad-request problem.
 */
export function requireHost(listener: (req: IncomingMessage, res: ServerResponse) => unknown) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (req.headers.host === undefined && req.httpVersion === '1.1') {
      const text = JSON.stringify({
        ...badRequest,
        detail: 'An HTTP/1.1 request needs a Host header.',
      })
      res.writeHead(400, {
        ...securityHeaders,
        'content-type': 'application/problem+json; charset=utf-8',
        'cache-control': 'no-store',
        'content-length': Buffer.byteLength(text),
        connection: 'close',
      })
      res.end(req.method === 'HEAD' ? undefined : text)
      return
    }
    void listener(req, res)
  }
}

/** Serialises a problem as a complete `Connection: close` HTTP/1.1 response. */
export function rawProblemResponse(problem: HttpProblem, head = false): string {
  const body = JSON.stringify(problem)
  const headers = {
    ...securityHeaders,
    'content-type': 'application/problem+json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  }
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`)
  return `HTTP/1.1 ${problem.status} ${problem.title}\r\n${lines.join('\r\n')}\r\n\r\n${head ? '' : body}`
}

/** How long a rejected connection may keep sending before it is destroyed. */
const lingerMs = 2_000

/**
 * `clientError` handler: answers a parser error with a problem (unless a response is already
 * under way on the socket), half-closes, and discards whatever the client is still sending for
 * up to {@link lingerMs}, so the kernel does not reset the connection over unread data.
 */
const answered = new WeakSet<Socket>()

export function onClientError(error: Error, socket: Socket): void {
  // The parser can report again for data that arrives after its first error.
  if (answered.has(socket)) return
  answered.add(socket)
  const problem = problemForClientError(error as NodeJS.ErrnoException)
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage
  if (!problem || !socket.writable || inFlight?.headersSent) {
    socket.destroy()
    return
  }
  socket.on('error', () => socket.destroy())
  const timer = setTimeout(() => socket.destroy(), lingerMs)
  timer.unref()
  socket.once('close', () => clearTimeout(timer))
  // A HEAD request gets the headers only (the client would take a body for the next response).
  const { rawPacket } = error as { rawPacket?: unknown }
  const head = Buffer.isBuffer(rawPacket) && rawPacket.subarray(0, 5).toString('latin1') === 'HEAD '
  socket.end(rawProblemResponse(problem, head))
  socket.resume()
}
