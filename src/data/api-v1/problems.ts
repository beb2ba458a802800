/**
 * RFC 9457 problem details as API v1 returns them. Every error body is built here, so no
 * error path can leak a stack trace or echo a request value unescaped.
 */
import type { Problem } from '../schemas'

/** Problem `type` URIs of API v1 (stable: clients may switch on them). */
export const problemTypes = {
  badParameter: 'urn:rokjp-pulse:problem:bad-parameter',
  notFound: 'urn:rokjp-pulse:problem:not-found',
  methodNotAllowed: 'urn:rokjp-pulse:problem:method-not-allowed',
  internal: 'urn:rokjp-pulse:problem:internal',
} as const

/** Content type of every error body. */
export const problemContentType = 'application/problem+json; charset=utf-8'

const MAX_ECHO = 40

/**
 * Quotes a client-supplied value for a `detail` message: at most 40 characters (then `…`),
 * JSON-escaped (quotes, backslashes, control characters), and `<`, `>`, `&` written as `\u003c`
 * style escapes so the text is inert wherever a client might display it.
 */
export function quoteValue(value: string): string {
  const chars = Array.from(value)
  const cut = chars.length > MAX_ECHO ? `${chars.slice(0, MAX_ECHO).join('')}…` : value
  return JSON.stringify(cut).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/** 400: a query parameter is unknown, repeated or malformed. */
export function badParameter(detail: string): Problem {
  return { type: problemTypes.badParameter, title: 'Bad Request', status: 400, detail }
}

/** 404: unknown series or path. */
export function notFound(detail: string): Problem {
  return { type: problemTypes.notFound, title: 'Not Found', status: 404, detail }
}

/** 405: any method other than GET or HEAD. */
export function methodNotAllowed(method: string): Problem {
  return {
    type: problemTypes.methodNotAllowed,
    title: 'Method Not Allowed',
    status: 405,
    detail: `Method ${quoteValue(method)} is not allowed; API v1 is read-only (GET, HEAD).`,
  }
}

/** 500: something failed on the server; deliberately says nothing about what. */
export function internalError(detail = 'The server failed to answer this request.'): Problem {
  return { type: problemTypes.internal, title: 'Internal Server Error', status: 500, detail }
}
