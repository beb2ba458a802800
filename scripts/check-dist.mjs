#!/usr/bin/env node
/**
 * Checks a built dist/ against the contract: `index.html` and `embed.html` exist, and a live
 * build (VITE_API_BASE_URL set) ships no MSW code and no worker script, while a mock build
 * ships the worker. Usage: `node scripts/check-dist.mjs [dir] [--live|--mock]`; without a flag
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
  for (const page of ['index.html', 'embed.html'])
    if (!existsSync(path.join(dir, page))) problems.push(`missing ${page}`)
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
