#!/usr/bin/env node
/**
 * Checks a built dist/ against the contract: `index.html` and `embed.html` exist, each with a
 * Content-Security-Policy meta that allows no inline script or style and has no inline
 * `<script>` or `style` attribute to need one; a live build (VITE_API_BASE_URL set) ships no
 * MSW code and no worker script, while a mock build ships the worker. Usage: `node scripts/check-dist.mjs [dir] [--live|--mock]`; without a flag
 * the mode follows VITE_API_BASE_URL. Exits 1 with one line per problem.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const args = process.argv.slice(2)
const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'dist')
const live =
  args.includes('--live') || (!args.includes('--mock') && !!process.env.VITE_API_BASE_URL)

// Strings that survive minification: MSW's log prefix and worker protocol messages.
const mswMarkers = ['mockServiceWorker', '[MSW]', 'INTEGRITY_CHECK_REQUEST', 'MOCK_ACTIVATE']

function files(root) {
  return readdirSync(root).flatMap((name) => {
    const full = path.join(root, name)
    return statSync(full).isDirectory() ? files(full) : [full]
  })
}

const problems = []
if (!existsSync(dir)) problems.push(`${dir} does not exist (run npm run build first)`)
else {
  for (const page of ['index.html', 'embed.html']) {
    const file = path.join(dir, page)
    if (!existsSync(file)) {
      problems.push(`missing ${page}`)
      continue
    }
    const html = readFileSync(file, 'utf8')
    const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1]
    if (!csp) problems.push(`${page} has no Content-Security-Policy meta`)
    else {
      if (csp.includes('unsafe-inline') || csp.includes('unsafe-eval'))
        problems.push(`${page}: the CSP allows unsafe-inline or unsafe-eval (${csp})`)
      if (!/script-src 'self'(;|$)/.test(csp)) problems.push(`${page}: script-src is not 'self'`)
    }
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    // data blocks (JSON, JSON-LD) are not scripts the CSP governs
    const inline = scripts.filter(
      ([, attrs = '', body = '']) =>
        !/\bsrc\s*=/i.test(attrs) &&
        !/\btype\s*=\s*["']?application\/(ld\+)?json/i.test(attrs) &&
        body.trim() !== '',
    )
    if (inline.length) problems.push(`${page} has an inline script`)
    if (/<style[\s>]/i.test(html))
      problems.push(`${page} has a <style> element (blocked by the CSP)`)
    if (/\sstyle\s*=/i.test(html))
      problems.push(`${page} has a style attribute (blocked by the CSP)`)
  }
  const worker = existsSync(path.join(dir, 'mockServiceWorker.js'))
  if (live && worker) problems.push('live build ships mockServiceWorker.js')
  if (!live && !worker) problems.push('mock build lacks mockServiceWorker.js')
  if (live)
    for (const file of files(dir).filter((f) => /\.(m?js|html)$/.test(f))) {
      const text = readFileSync(file, 'utf8')
      const hit = mswMarkers.find((m) => text.includes(m))
      if (hit) problems.push(`live build: ${path.relative(dir, file)} contains MSW code ("${hit}")`)
    }
}

for (const p of problems) console.error(`check-dist: ${p}`)
if (problems.length) process.exit(1)
console.log(
  `check-dist: ${path.relative(process.cwd(), dir) || '.'} OK (${live ? 'live' : 'mock'} build)`,
)
