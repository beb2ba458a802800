import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  COHORTS,
  DEFAULT_STATE,
  LANGS,
  MEASURES,
  parseDashboardState,
  serializeDashboardState,
  THEMES,
  unknownSources,
  type DashboardState,
} from '../../src/url/state'

describe('dashboard URL state', () => {
  it('an empty query string is the default view and serializes to nothing', () => {
    const { state, ignored } = parseDashboardState('')
    expect(state).toEqual(DEFAULT_STATE)
    expect(ignored).toEqual([])
    expect(serializeDashboardState(state)).toBe('')
  })

  it('reads the contract parameters', () => {
    const { state, ignored } = parseDashboardState(
      '?age=18-29&from=2018&to=2025&lang=ko&theme=dark',
    )
    expect(ignored).toEqual([])
    expect(state).toMatchObject({ age: '18-29', from: 2018, to: 2025, lang: 'ko', theme: 'dark' })
  })

  it('writes only non-default values', () => {
    expect(serializeDashboardState({ ...DEFAULT_STATE, age: '18-29' })).toBe('?age=18-29')
    expect(serializeDashboardState({ ...DEFAULT_STATE, lang: 'ja', from: 2019 })).toBe(
      '?from=2019&lang=ja',
    )
  })

  it('migrates older cohort spellings and a "+" decoded as a space', () => {
    expect(parseDashboardState('?age=20s').state.age).toBe('18-29')
    expect(parseDashboardState('?age=70+').state.age).toBe('70+')
    expect(parseDashboardState('?age=70%2B').state.age).toBe('70+')
    expect(serializeDashboardState({ ...DEFAULT_STATE, age: '70+' })).toBe('?age=70%2B')
  })

  it('falls back to defaults for malformed values and reports each one', () => {
    const { state, ignored } = parseDashboardState(
      '?age=teens&from=19x9&to=3000&lang=fr&theme=neon&zoom=4',
    )
    expect(state).toEqual(DEFAULT_STATE)
    expect(ignored.map((p) => p.name)).toEqual(['age', 'from', 'to', 'lang', 'theme', 'zoom'])
  })

  it('drops an inverted period instead of showing an empty range', () => {
    const { state, ignored } = parseDashboardState('?from=2024&to=2010')
    expect(state.from).toBeNull()
    expect(state.to).toBeNull()
    expect(ignored.length).toBe(2)
  })

  // Regression: `sources=foo` was accepted, emptied every opinion chart with a note blaming the
  // age group, and showed "Survey sources: 1" with no box to untick.
  it('keeps well-formed source family ids and reports malformed ones', () => {
    const malformed = parseDashboardState('?sources=%3Cb%3E,a--b')
    expect(malformed.state.sources).toEqual([])
    expect(malformed.ignored).toEqual([{ name: 'sources', value: '<b>,a--b' }])
    const mixed = parseDashboardState('?sources=pew,<x>,genron')
    expect(mixed.state.sources).toEqual(['genron', 'pew'])
    expect(mixed.ignored).toEqual([{ name: 'sources', value: 'pew,<x>,genron' }])
    // which families exist is the data's business, not the URL's: any kebab id is kept
    const anyId = parseDashboardState('?sources=chosun-mainichi,acme-polling')
    expect(anyId.state.sources).toEqual(['acme-polling', 'chosun-mainichi'])
    expect(anyId.ignored).toEqual([])
  })

  it('reports the source families the data does not have', () => {
    const families = new Set(['genron', 'pew'])
    expect(unknownSources(['genron', 'foo', 'bar'], families)).toEqual({
      name: 'sources',
      value: 'foo,bar',
    })
    expect(unknownSources(['genron'], families)).toBeNull()
    expect(unknownSources([], families)).toBeNull()
  })

  it('reads the measure, accepting the American spelling', () => {
    expect(parseDashboardState('?measure=trust').state.measure).toBe('trust')
    expect(parseDashboardState('?measure=favorable').state.measure).toBe('favourable')
    expect(parseDashboardState('?measure=happiness').ignored).toEqual([
      { name: 'measure', value: 'happiness' },
    ])
  })

  it('keeps mock scenario and embed parameters out of the unknown list', () => {
    expect(parseDashboardState('?mock=slow&chart=tourism-flows&static=1').ignored).toEqual([])
  })

  it('round-trips every valid state', () => {
    const year = fc.option(fc.integer({ min: 1988, max: 2030 }), { nil: null })
    const stateArb = fc
      .record({
        age: fc.constantFrom(...COHORTS),
        from: year,
        to: year,
        lang: fc.constantFrom(...LANGS),
        theme: fc.constantFrom(...THEMES),
        respondents: fc.constantFrom('both' as const, 'KR' as const, 'JP' as const),
        sources: fc.uniqueArray(fc.constantFrom('genron', 'cao', 'hrc', 'gallup', 'jnto'), {
          maxLength: 3,
        }),
        measure: fc.constantFrom(...MEASURES),
      })
      .filter((s) => s.from === null || s.to === null || s.from <= s.to)
      .map((s): DashboardState => ({ ...s, sources: [...s.sources].sort() }))
    fc.assert(
      fc.property(stateArb, (s) => {
        const parsed = parseDashboardState(serializeDashboardState(s))
        expect(parsed.ignored).toEqual([])
        expect(parsed.state).toEqual(s)
      }),
    )
  })

  it('never throws and always yields a valid state for arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (qs) => {
        const { state } = parseDashboardState(qs)
        expect(COHORTS).toContain(state.age)
        expect(LANGS).toContain(state.lang)
        expect(THEMES).toContain(state.theme)
      }),
    )
  })
})
