/** Shared helpers for the Playwright specs (not a spec itself). */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, type Page } from '@playwright/test'

export const PROCESSED = join(process.cwd(), 'data', 'processed')
export const SERIES_FILE = join(PROCESSED, 'series.json')

export interface SeriesLite {
  id: string
  title: string
  sourceOrg: string
  survey: string
  respondents: string
  target: string
  measure: string
  unit: 'percent' | 'thermometer' | 'count'
  granularity: string
}

export interface ObservationLite {
  period: string
  ageGroup: string
  value: number
  sourceUrl: string
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown
}

/** data/processed/series.json: either `{ series: [...] }` (the API shape) or a bare array. */
export function loadSeries(): SeriesLite[] | null {
  if (!existsSync(SERIES_FILE)) return null
  const raw = readJson(SERIES_FILE)
  const list = Array.isArray(raw) ? raw : (raw as { series?: unknown }).series
  if (!Array.isArray(list)) throw new Error(`${SERIES_FILE}: expected an array or { series: [] }`)
  return list as SeriesLite[]
}

/** data/processed/observations/<id>.json: `{ observations: [...] }` or a bare array. */
export function loadObservations(id: string): ObservationLite[] | null {
  const file = join(PROCESSED, 'observations', `${id}.json`)
  if (!existsSync(file)) return null
  const raw = readJson(file)
  const list = Array.isArray(raw) ? raw : (raw as { observations?: unknown }).observations
  if (!Array.isArray(list)) throw new Error(`${file}: expected an array or { observations: [] }`)
  return list as ObservationLite[]
}

/** The latest observation for the 'all' age group ("YYYY" and "YYYY-MM" sort as strings). */
export function latestAll(observations: ObservationLite[]): ObservationLite | undefined {
  return observations
    .filter((o) => o.ageGroup === 'all')
    .sort((a, b) => a.period.localeCompare(b.period))
    .at(-1)
}

/** Acceptable renderings of a value: "52.4%" (or "52%" / "52.0%"), "9,459,600", "42.7". */
export function formattedCandidates(value: number, unit: SeriesLite['unit']): string[] {
  const en = (min: number, max: number) =>
    new Intl.NumberFormat('en-US', {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    }).format(value)
  const numbers =
    unit === 'count' ? [en(0, 0)] : [...new Set([en(1, 1), en(0, 1), en(0, 2), en(2, 2)])]
  return unit === 'percent' ? numbers.flatMap((n) => [`${n}%`, `${n} %`]) : numbers
}

/** Collects console errors and uncaught page errors; call `expectNone()` at the end. */
export function watchConsole(page: Page): { errors: string[]; expectNone: () => void } {
  const errors: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`)
  })
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`))
  return { errors, expectNone: () => expect(errors, 'browser console errors').toEqual([]) }
}

/** Fails if any visible text on the page reads NaN or undefined. */
export async function expectNoBrokenValues(page: Page): Promise<void> {
  const text = await page.locator('body').innerText()
  expect(text, 'page text must not contain NaN').not.toMatch(/\bNaN\b/)
  expect(text, 'page text must not contain undefined').not.toMatch(/\bundefined\b/)
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Waits until no loading placeholder (role=status named "Loading…") is left on the page. */
export async function waitForSettled(page: Page): Promise<void> {
  await expect(page.getByRole('status', { name: /loading/i })).toHaveCount(0)
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
}
