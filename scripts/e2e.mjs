#!/usr/bin/env node
// `npm run test:e2e`: Playwright in the system Chromium. Never downloads a browser.
// Chromium: $CHROMIUM_PATH, else /usr/bin/chromium. Extra argv goes to `playwright test`.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'

const FIX =
  'e2e: Chromium not found. Install it with: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)'

const fromEnv = process.env.CHROMIUM_PATH?.trim()
if (fromEnv && !existsSync(fromEnv)) {
  console.error(`e2e: CHROMIUM_PATH=${fromEnv} does not exist; trying /usr/bin/chromium`)
}
const chromium = [fromEnv, '/usr/bin/chromium'].find((p) => p && existsSync(p))
if (!chromium) {
  console.error(FIX)
  process.exit(1)
}

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `e2e: Node ${process.versions.node} is too old (need >= 22.12); see docs/ci.md or run bash .ci/run`,
  )
  process.exit(1)
}

const child = spawn('npx', ['--no-install', 'playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium, TZ: 'UTC' },
})
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => child.kill(sig))
}
child.on('error', (err) => {
  console.error(`e2e: could not start Playwright: ${err.message}`)
  process.exit(1)
})
child.on('exit', (code, signal) => {
  if (signal) {
    const signals = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15, SIGKILL: 9 }
    process.exit(128 + (signals[signal] ?? 1))
  }
  process.exit(code ?? 1)
})
