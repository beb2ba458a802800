/**
 * Lighthouse (performance and accessibility) for `npm run bench`, against the system Chromium,
 * offline: every host but 127.0.0.1 resolves to nothing, so Chromium's own background lookups
 * fail at once instead of waiting on the closed network. One fresh Chromium per run.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { desktopConfig } from 'lighthouse'
import { CHROMIUM_ARGS } from '../chromium-args.ts'

export type FormFactor = 'mobile' | 'desktop'

export interface LighthouseRun {
  page: string
  url: string
  formFactor: FormFactor
  /** Lighthouse's own version */
  version: string
  /** 0–100 */
  performance: number
  /** 0–100 */
  accessibility: number
  metrics: {
    fcpMs: number
    lcpMs: number
    tbtMs: number
    cls: number
    speedIndexMs: number
  }
  /** Accessibility audits that failed, with the selectors they name. */
  accessibilityFailures: { id: string; title: string; selectors: string[] }[]
  /** The largest performance opportunities (estimated LCP/FCP savings). */
  opportunities: { id: string; title: string; savingsMs: number }[]
}

const CHROME_FLAGS = [
  '--headless=new',
  ...CHROMIUM_ARGS,
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
]

interface AuditItem {
  node?: { selector?: string }
}

/** One Lighthouse run of `url` (Lighthouse's mobile or desktop preset, simulated throttling). */
export async function runLighthouse(
  page: string,
  url: string,
  formFactor: FormFactor,
  chromePath: string,
): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: CHROME_FLAGS,
    logLevel: 'error',
  })
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        onlyCategories: ['performance', 'accessibility'],
        logLevel: 'error',
      },
      formFactor === 'desktop' ? desktopConfig : undefined,
    )
    if (!result) throw new Error(`lighthouse returned nothing for ${url}`)
    const { lhr } = result
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`)
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
    const num = (id: string) => Math.round((lhr.audits[id]?.numericValue ?? NaN) * 1000) / 1000
    const a11yRefs = lhr.categories.accessibility?.auditRefs ?? []
    const accessibilityFailures = a11yRefs
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1)
      .map((a) => {
        const items = ((a!.details as { items?: AuditItem[] } | undefined)?.items ?? []).slice(0, 5)
        return {
          id: a!.id,
          title: a!.title,
          selectors: items.map((i) => i.node?.selector ?? '').filter(Boolean),
        }
      })
    const opportunities = Object.values(lhr.audits)
      .map((a) => ({
        id: a.id,
        title: a.title,
        savingsMs: Math.round(
          (a.details as { overallSavingsMs?: number } | undefined)?.overallSavingsMs ?? 0,
        ),
      }))
      .filter((o) => o.savingsMs > 0)
      .sort((a, b) => b.savingsMs - a.savingsMs)
      .slice(0, 4)
    return {
      page,
      url,
      formFactor,
      version: lhr.lighthouseVersion,
      performance: score('performance'),
      accessibility: score('accessibility'),
      metrics: {
        fcpMs: Math.round(num('first-contentful-paint')),
        lcpMs: Math.round(num('largest-contentful-paint')),
        tbtMs: Math.round(num('total-blocking-time')),
        cls: num('cumulative-layout-shift'),
        speedIndexMs: Math.round(num('speed-index')),
      },
      accessibilityFailures,
      opportunities,
    }
  } finally {
    chrome.kill()
  }
}
