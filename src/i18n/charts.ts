/**
 * Chart strings of every language at once, synchronously: for Node (the export CLI) and tests.
 * The app loads one language at a time (./chart-strings, `useLocale().charts`), so app code
 * must not import this module.
 */
import type { Lang } from '../url/state'
import { chartStringsEn, type ChartStrings } from './chart-strings'
import { chartStringsJa } from './charts-ja'
import { chartStringsKo } from './charts-ko'

export { fill } from './fill'
export type { ChartStrings }

export const CHART_STRINGS: Record<Lang, ChartStrings> = {
  en: chartStringsEn,
  ko: chartStringsKo,
  ja: chartStringsJa,
}
