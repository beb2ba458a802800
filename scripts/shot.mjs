// Screenshot helper for looking at pages: node scripts/shot.mjs URL OUT.png [width] [height] [colorScheme]
import { chromium } from '@playwright/test'

const [url, out, width = '1280', height = '900', scheme = 'light'] = process.argv.slice(2)
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
})
const page = await browser.newPage({
  viewport: { width: Number(width), height: Number(height) },
  colorScheme: scheme,
})
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') console.log(`[${m.type()}] ${m.text()}`)
})
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`))
await page.goto(url, { waitUntil: 'networkidle' })
await page.waitForTimeout(Number(process.env.WAIT ?? 1500))
if (process.env.SEL) await page.locator(process.env.SEL).first().screenshot({ path: out })
else await page.screenshot({ path: out, fullPage: process.env.FULL === '1' })
await browser.close()
