/**
 * Property-based hardening of the dashboard URL parser (src/url/state.ts): structured
 * mutations of real query strings (repeated keys, unicode, %-encodings, very long values,
 * prototype keys, separators) never throw and always give a valid state. Fixed seed, so a
 * failure reproduces.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  COHORTS,
  DEFAULT_STATE,
  LANGS,
  MAX_YEAR,
  MEASURES,
  MIN_YEAR,
  RESPONDENTS,
  THEMES,
  parseDashboardState,
  serializeDashboardState,
  type DashboardState,
} from '../../src/url/state'

const SEED = 20260707
const run = { seed: SEED, numRuns: 400 }

const KEYS = [
  'age',
  'from',
  'to',
  'lang',
  'theme',
  'respondents',
  'sources',
  'measure',
  'mock',
  'chart',
  'static',
  'embed',
] as const
const PROTO_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  '__lookupGetter__',
] as const
const GOOD_VALUES = [
  '18-29',
  '30-39',
  '70+',
  '20s',
  '70',
  'all',
  '1990',
  '2024',
  'en',
  'ko',
  'ja',
  'dark',
  'light',
  'auto',
  'KR',
  'jp',
  'both',
  'genron,cao',
  'favorable',
  'trust',
] as const

/** Checks every field of a state against its domain. */
function expectValidState(state: DashboardState): void {
  expect(typeof state.age).toBe('string')
  expect(COHORTS).toContain(state.age)
  expect(LANGS).toContain(state.lang)
  expect(THEMES).toContain(state.theme)
  expect(RESPONDENTS).toContain(state.respondents)
  expect(MEASURES).toContain(state.measure)
  for (const y of [state.from, state.to]) {
    if (y !== null) {
      expect(Number.isInteger(y)).toBe(true)
      expect(y).toBeGreaterThanOrEqual(MIN_YEAR)
      expect(y).toBeLessThanOrEqual(MAX_YEAR)
    }
  }
  if (state.from !== null && state.to !== null) expect(state.from).toBeLessThanOrEqual(state.to)
  expect(Array.isArray(state.sources)).toBe(true)
  for (const s of state.sources) expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  expect(state.sources.length).toBeLessThanOrEqual(40)
  for (const s of state.sources) expect(s.length).toBeLessThanOrEqual(40)
  expect(new Set(state.sources).size).toBe(state.sources.length)
  // no key beyond the declared ones (nothing smuggled in through __proto__)
  expect(Object.keys(state).sort()).toEqual(Object.keys(DEFAULT_STATE).sort())
  expect(Object.getPrototypeOf(state)).toBe(Object.prototype)
}

/** Percent-encodes every character of `s` (the parser must see through it). */
const encodeAll = (s: string) =>
  [...new TextEncoder().encode(s)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')

/** encodeURIComponent, except that a lone surrogate (which it rejects) goes through UTF-8. */
const encode = (s: string) => {
  try {
    return encodeURIComponent(s)
  } catch {
    return encodeAll(s)
  }
}

const valueArb = fc.oneof(
  fc.constantFrom(...GOOD_VALUES),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }), // unicode, incl. astral and combining marks
  fc.constantFrom(...PROTO_KEYS),
  fc.constantFrom(
    '%',
    '%%',
    '%zz',
    '%E0%A4%A',
    '%00',
    '\u0000',
    '\uFFFD',
    '\uD800',
    '+',
    ' 18-29 ',
  ),
  fc.constantFrom('NaN', 'Infinity', '-1', '1e3', '0x7E0', '١٩٩٠', '１９９０', '2024.0', '99999'),
  fc.integer({ min: 0, max: 5000 }).map((n) => 'x'.repeat(n)), // very long values
  fc
    .array(fc.constantFrom('genron', 'cao', 'GENRON', '', ' ', ',', 'a b', '__proto__'), {
      maxLength: 8,
    })
    .map((xs) => xs.join(',')),
)

const keyArb = fc.oneof(
  fc.constantFrom(...KEYS),
  fc.constantFrom(...PROTO_KEYS),
  fc.constantFrom(...KEYS).map((k) => k.toUpperCase()),
  fc.string({ maxLength: 12 }),
)

/** One `key=value` pair, with an encoding chosen per pair. */
const pairArb = fc
  .tuple(keyArb, valueArb, fc.constantFrom('plain', 'uri', 'all', 'raw-equals', 'no-value'))
  .map(([k, v, enc]) => {
    switch (enc) {
      case 'plain':
        return `${encode(k)}=${encode(v)}`
      case 'uri':
        return `${k}=${v}` // unencoded: &, =, #, % and spaces reach URLSearchParams as typed
      case 'all':
        return `${encodeAll(k)}=${encodeAll(v)}`
      case 'raw-equals':
        return `${k}==${v}=`
      default:
        return k
    }
  })

const queryArb = fc
  .tuple(
    fc.array(pairArb, { maxLength: 24 }),
    fc.constantFrom('?', '', '??', '?&'),
    fc.constantFrom('&', '&&', ';'),
  )
  .map(([pairs, lead, sep]) => `${lead}${pairs.join(sep)}`)

describe('URL state fuzz', () => {
  it('never throws and always yields a valid state for structured query strings', () => {
    fc.assert(
      fc.property(queryArb, (qs) => {
        const { state, ignored } = parseDashboardState(qs)
        expectValidState(state)
        for (const p of ignored) {
          expect(typeof p.name).toBe('string')
          expect(typeof p.value).toBe('string')
          expect(p.value.length).toBeLessThanOrEqual(200)
        }
      }),
      run,
    )
  })

  it('repeated keys: the first occurrence wins, later ones are not reported twice', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('age', 'lang', 'theme', 'from'),
        fc.array(valueArb, { minLength: 2, maxLength: 6 }),
        (key, values) => {
          const qs = values.map((v) => `${key}=${encode(v)}`).join('&')
          const first = parseDashboardState(`${key}=${encode(values[0]!)}`)
          const all = parseDashboardState(qs)
          expectValidState(all.state)
          expect(all.state).toEqual(first.state)
          expect(all.ignored.filter((p) => p.name === key).length).toBeLessThanOrEqual(1)
        },
      ),
      run,
    )
  })

  it('an unparseable value for one key never changes the others', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KEYS.slice(0, 8)),
        valueArb,
        fc.constantFrom('age=30-39&lang=ja&theme=dark', 'from=1995&to=2020&respondents=KR'),
        (key, junk, good) => {
          const base = parseDashboardState(good).state
          const { state } = parseDashboardState(`${key}=${encode(junk)}&${good}`)
          expectValidState(state)
          for (const k of Object.keys(base) as (keyof DashboardState)[]) {
            // keys set by `good` keep their value unless the junk key came first and was valid
            if (k !== key && !(key === 'from' && k === 'to') && !(key === 'to' && k === 'from'))
              expect(state[k]).toEqual(base[k])
          }
        },
      ),
      run,
    )
  })

  it('accepts a URLSearchParams as well as a string, with the same result', () => {
    fc.assert(
      fc.property(queryArb, (qs) => {
        const a = parseDashboardState(qs)
        const b = parseDashboardState(new URLSearchParams(qs))
        expect(b).toEqual(a)
      }),
      run,
    )
  })

  it('serialize ∘ parse is idempotent: a parsed state survives its own link', () => {
    fc.assert(
      fc.property(queryArb, (qs) => {
        const { state } = parseDashboardState(qs)
        const again = parseDashboardState(serializeDashboardState(state))
        expect(again.state).toEqual(state)
        expect(again.ignored).toEqual([])
      }),
      run,
    )
  })

  it('handles a 1 MB query string in bounded time without throwing', () => {
    const qs = `age=${'9'.repeat(500_000)}&sources=${'a,'.repeat(250_000)}`
    const { state, ignored } = parseDashboardState(qs)
    expectValidState(state)
    // values are read up to 200 characters; "a" is a well-formed family id (whether the data
    // has it is for the app to say once the series list is in: unknownSources)
    expect(ignored.map((p) => p.name)).toEqual(['age'])
    expect(state.sources).toEqual(['a'])
  })

  // Regression: a plain-object alias lookup once resolved `age=__proto__` to Object.prototype
  // and blanked the page.
  it('prototype keys as values fall back to the default (age=__proto__)', () => {
    for (const v of PROTO_KEYS) {
      for (const qs of [`age=${v}`, `age=${encodeAll(v)}`]) {
        const { state, ignored } = parseDashboardState(qs)
        expectValidState(state)
        expect(state.age).toBe('all')
        expect(ignored.map((p) => p.name)).toEqual(['age'])
      }
    }
  })

  it('prototype keys as parameter names are reported as unknown, never applied', () => {
    for (const k of PROTO_KEYS) {
      const { state, ignored } = parseDashboardState(`${k}=18-29&${k}[age]=x`)
      expectValidState(state)
      expect(state).toEqual(DEFAULT_STATE)
      expect(ignored.map((p) => p.name)).toContain(k)
    }
  })
})
