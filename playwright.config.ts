import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS } from './scripts/chromium-args.ts'

/**
 * E2E against the production build in the system Chromium (never `npx playwright install`).
 * Run through `npm run test:e2e` (scripts/e2e.mjs), which resolves CHROMIUM_PATH.
 *
 * Four servers, on ports of their own so that a colleague's `npm run preview` (4173) or
 * `npm run api` (8787) is never picked up by mistake:
 * - mock: a mock-mode build (MSW) served by `vite preview`,
 * - api:  the reference live API (`npm run api`),
 * - live: a build with VITE_API_BASE_URL pointing at that API, served by `vite preview`,
 * - stranger: a build with VITE_API_BASE_URL pointing at a second, minimal API v1 server that
 *   the spec itself starts (tests/e2e/stranger): contract fields only, series ids the app has
 *   never seen, no extension endpoints.
 * Builds go to node_modules/.cache/rokjp-e2e/*, which git, eslint and prettier all ignore,
 * and never touch dist/.
 */
const CI = Boolean(process.env.CI)
const MOCK_PORT = Number(process.env.E2E_MOCK_PORT ?? 4183)
const LIVE_PORT = Number(process.env.E2E_LIVE_PORT ?? 4184)
const API_PORT = Number(process.env.E2E_API_PORT ?? 8797)
const STRANGER_PORT = Number(process.env.E2E_STRANGER_PORT ?? 4186)
/** The spec's own API server listens here (tests/e2e/stranger reads the same variable). */
const STRANGER_API_PORT = Number(process.env.E2E_STRANGER_API_PORT ?? 8798)
const HOST = '127.0.0.1'
const MOCK_URL = `http://${HOST}:${MOCK_PORT}`
const LIVE_URL = `http://${HOST}:${LIVE_PORT}`
const API_BASE = `http://${HOST}:${API_PORT}/api`
const STRANGER_URL = `http://${HOST}:${STRANGER_PORT}`
const STRANGER_API_BASE = `http://${HOST}:${STRANGER_API_PORT}/api`
const OUT = 'node_modules/.cache/rokjp-e2e'
/** E2E_MODES=mock skips the API and the live build (handy while the API is being written). */
const MODES = (process.env.E2E_MODES ?? 'mock,live,stranger').split(',').map((m) => m.trim())
const live = MODES.includes('live')
const mock = MODES.includes('mock')
const stranger = MODES.includes('stranger')

const chromiumArgs = [...CHROMIUM_ARGS]

const serve = (outDir: string, port: number) =>
  `npx vite build --logLevel warn --outDir ${outDir} --emptyOutDir && ` +
  `node scripts/build-embed.mjs --outDir ${outDir} && ` +
  `npx vite preview --outDir ${outDir} --host ${HOST} --port ${port} --strictPort`
/**
 * docs/examples (the sample briefing page) on a port of its own, opened as http://localhost:PORT:
 * another origin and another site than the app on 127.0.0.1, like a newspaper embedding a chart.
 */
const EXAMPLES_PORT = Number(process.env.E2E_EXAMPLES_PORT ?? 4185)

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    locale: 'en-US',
    timezoneId: 'UTC',
    // Tracing every test makes the 64-row page 5x slower on 2 cores: trace only retries (CI).
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
  },
  projects: [
    ...(mock
      ? [
          {
            name: 'mock',
            testMatch: ['both/**/*.spec.ts', 'mock/**/*.spec.ts'],
            use: { baseURL: MOCK_URL },
          },
        ]
      : []),
    ...(live
      ? [{ name: 'live', testMatch: ['both/**/*.spec.ts'], use: { baseURL: LIVE_URL } }]
      : []),
    ...(stranger
      ? [{ name: 'stranger', testMatch: ['stranger/**/*.spec.ts'], use: { baseURL: STRANGER_URL } }]
      : []),
  ],
  webServer: [
    ...(live
      ? [
          {
            name: 'api',
            command: 'npm run api',
            url: `${API_BASE}/v1/series`,
            env: {
              HOST,
              PORT: String(API_PORT),
              CORS_ORIGINS: [MOCK_URL, LIVE_URL, `http://${HOST}:4173`, `http://${HOST}:5173`].join(
                ',',
              ),
              LOG: '0',
              TZ: 'UTC',
            },
            timeout: 180_000,
            reuseExistingServer: !CI,
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
        ]
      : []),
    ...(mock
      ? [
          {
            name: 'examples',
            command: `npx vite preview --outDir docs/examples --host ${HOST} --port ${EXAMPLES_PORT} --strictPort`,
            url: `http://${HOST}:${EXAMPLES_PORT}/briefing.html`,
            timeout: 60_000,
            reuseExistingServer: !CI,
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
          {
            name: 'mock',
            command: serve(`${OUT}/mock`, MOCK_PORT),
            url: `${MOCK_URL}/`,
            env: { VITE_API_BASE_URL: '', TZ: 'UTC' },
            timeout: 180_000,
            reuseExistingServer: !CI,
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
        ]
      : []),
    ...(live
      ? [
          {
            name: 'live',
            command: serve(`${OUT}/live`, LIVE_PORT),
            url: `${LIVE_URL}/`,
            env: { VITE_API_BASE_URL: API_BASE, TZ: 'UTC' },
            timeout: 180_000,
            reuseExistingServer: !CI,
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
        ]
      : []),
    // the stranger build only: its API is started by the spec itself (beforeAll), so vite
    // preview serves a page whose API may not be up yet; that is fine, nothing fetches until a
    // test opens the page
    ...(stranger
      ? [
          {
            name: 'stranger',
            command: serve(`${OUT}/stranger`, STRANGER_PORT),
            url: `${STRANGER_URL}/`,
            env: { VITE_API_BASE_URL: STRANGER_API_BASE, TZ: 'UTC' },
            timeout: 180_000,
            reuseExistingServer: !CI,
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
        ]
      : []),
  ],
})
