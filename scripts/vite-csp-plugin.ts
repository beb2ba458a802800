/**
 * Vite plugin: a Content-Security-Policy <meta> in every built HTML page (docs/security.md).
 * Build only: the dev server needs inline scripts (React refresh preamble, HMR client).
 *
 * - script-src 'self': no inline script, no eval. The build is checked: an inline <script> in
 *   an emitted page fails the build, so the policy cannot silently break the site.
 * - connect-src 'self' plus the origin of VITE_API_BASE_URL when set (live API).
 * - worker-src 'self': the MSW service worker of mock builds (/mockServiceWorker.js).
 * - img-src 'self' data: blob:: the favicon and the PNG export (SVG → data: URL → canvas).
 * - style-src 'self': stylesheets only. React's and Preact's style={{…}} props are set through
 *   the CSSOM, which the policy does not govern; no page has a style attribute or <style>.
 * - frame-ancestors cannot be set from a <meta> (browsers ignore it there); embeds must stay
 *   frameable anyway. A server that can send headers should send the same policy as a header.
 */
import type { Plugin } from 'vite'

export interface CspOptions {
  /** Live API base URL (VITE_API_BASE_URL); its origin joins connect-src. */
  apiBaseUrl?: string
  /** Extra directives or sources, e.g. { 'connect-src': ['https://example.org'] }. */
  extra?: Record<string, string[]>
}

/** The origin of an absolute http(s) URL, or null for a relative one ("/api") or junk. */
export function apiOrigin(base: string | undefined): string | null {
  if (!base) return null
  try {
    const u = new URL(base)
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null
  } catch {
    return null
  }
}

/** The policy as a header/meta value. Pure, for tests and for servers that send headers. */
export function buildCsp(options: CspOptions = {}): string {
  const origin = apiOrigin(options.apiBaseUrl?.trim())
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(origin ? [origin] : [])],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  }
  for (const [k, v] of Object.entries(options.extra ?? {}))
    directives[k] = [...new Set([...(directives[k] ?? []), ...v])]
  return Object.entries(directives)
    .map(([k, v]) => `${k} ${v.join(' ')}`)
    .join('; ')
}

/** Inline <script> elements (with content and no src) in an HTML page. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs, body]) => !/\bsrc\s*=/.test(attrs ?? '') && (body ?? '').trim() !== '')
    .map(([tag]) => tag.slice(0, 120))
}

export function cspPlugin(options: CspOptions = {}): Plugin {
  const policy = buildCsp(options)
  return {
    name: 'rokjp-csp',
    apply: 'build',
    // after Vite's HTML plugin, so generateBundle sees the emitted pages
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        // an escaped attribute value: the policy has no quotes that need escaping but '
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}" />`
        // after <meta charset> when there is one (it must come first), else first in <head>
        const charset = /<meta\s+charset=[^>]*>/i
        if (charset.test(html)) return html.replace(charset, (m) => `${m}\n    ${meta}`)
        return html.replace(/<head([^>]*)>/i, `<head$1>\n    ${meta}`)
      },
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue
        const html =
          typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source)
        const inline = inlineScripts(html)
        if (inline.length > 0)
          this.error(
            `${file.fileName} has an inline <script>, which the CSP (script-src 'self') blocks: ${inline.join(', ')}`,
          )
      }
    },
  }
}
