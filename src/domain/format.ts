/**
 * Number and period formatters per language (en, ko, ja), built on Intl so that readers see
 * numbers in their own conventions: 52.4%, 42.7, 8.8M / 882만 / 882万, 9,459,600,
 * "Aug 2019" / "2019년 8월" / "2019年8月".
 */

export const LANGS = ['en', 'ko', 'ja'] as const
export type Lang = (typeof LANGS)[number]

/** The units a chart value can carry (mirrors the API's `unit`). */
export type ValueUnit = 'percent' | 'thermometer' | 'count'

/** Formatters for one language. Every function returns a string for any number (never "NaN"). */
export interface Formatters {
  lang: Lang
  /** 52.4 → "52.4%" (value is already in percent points). */
  percent: (value: number) => string
  /** 0–100 thermometer score: 42.7 → "42.7". */
  thermometer: (value: number) => string
  /** Compact counts for ticks and labels: 8,820,000 → "8.8M" / "882만" / "882万". */
  countCompact: (value: number) => string
  /** Full counts with grouping separators: 9459600 → "9,459,600". */
  count: (value: number) => string
  /** A value in its unit, full precision (tooltips, tables). */
  value: (value: number, unit: ValueUnit) => string
  /** A value in its unit, short (axis ticks). */
  tick: (value: number, unit: ValueUnit) => string
  /** "2019" → "2019"; "2019-08" → "Aug 2019" / "2019년 8월" / "2019年8月". */
  period: (period: string) => string
  /** A plain integer (sample sizes): 1000 → "1,000". */
  integer: (value: number) => string
}

const DASH = '–'

/** Finite-only and memoised: Intl formatting is slow and charts repeat the same values. */
function safe(fn: (v: number) => string): (v: number) => string {
  return memo((v: number) => (Number.isFinite(v) ? fn(v) : DASH))
}

function memo<K>(fn: (k: K) => string, max = 4096): (k: K) => string {
  const cache = new Map<K, string>()
  return (k) => {
    const hit = cache.get(k)
    if (hit !== undefined) return hit
    const out = fn(k)
    if (cache.size >= max) cache.clear()
    cache.set(k, out)
    return out
  }
}

/** Is `lang` one of the supported languages? */
export function isLang(lang: unknown): lang is Lang {
  return typeof lang === 'string' && (LANGS as readonly string[]).includes(lang)
}

const cache = new Map<Lang, Formatters>()

/** Formatters for `lang` (memoised; Intl objects are costly to build). */
export function createFormatters(lang: Lang = 'en'): Formatters {
  const hit = cache.get(lang)
  if (hit) return hit
  const oneDecimal = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 })
  const fixedOne = new Intl.NumberFormat(lang, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  })
  // en groups by thousands (8.8M); ko/ja by ten-thousands, where 3 significant digits read
  // naturally (882만, 882万) and 1 decimal would be noise (881.2만).
  const compact = new Intl.NumberFormat(
    lang,
    lang === 'en'
      ? { notation: 'compact', maximumFractionDigits: 1 }
      : { notation: 'compact', maximumSignificantDigits: 3 },
  )
  const full = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 })
  const month = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', timeZone: 'UTC' })

  const percent = safe((v) => `${oneDecimal.format(v)}%`)
  const thermometer = safe((v) => fixedOne.format(v))
  const countCompact = safe((v) => compact.format(v))
  const count = safe((v) => full.format(v))
  const integer = safe((v) => full.format(v))
  const tickNumber = safe((v) => oneDecimal.format(v))

  const period = memo((p: string): string => {
    const m = /^(\d{4})(?:-(\d{2}))?$/.exec(p)
    if (!m) return p
    const year = Number(m[1])
    if (m[2] === undefined) return String(year)
    const mon = Number(m[2])
    if (mon < 1 || mon > 12) return p
    return month.format(new Date(Date.UTC(year, mon - 1, 1)))
  })

  const f: Formatters = {
    lang,
    percent,
    thermometer,
    countCompact,
    count,
    integer,
    period,
    value: (v, unit) =>
      unit === 'percent' ? percent(v) : unit === 'thermometer' ? thermometer(v) : count(v),
    tick: (v, unit) =>
      unit === 'percent' ? percent(v) : unit === 'thermometer' ? tickNumber(v) : countCompact(v),
  }
  cache.set(lang, f)
  return f
}
