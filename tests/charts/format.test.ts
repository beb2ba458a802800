import { describe, expect, it } from 'vitest'
import { createFormatters, isLang } from '../../src/domain/format'

describe('createFormatters', () => {
  const en = createFormatters('en')
  const ko = createFormatters('ko')
  const ja = createFormatters('ja')

  it('formats percent and thermometer values', () => {
    expect(en.percent(52.4)).toBe('52.4%')
    expect(en.percent(52)).toBe('52%')
    expect(ko.percent(52.4)).toBe('52.4%')
    expect(en.thermometer(42.7)).toBe('42.7')
    expect(en.thermometer(42)).toBe('42.0')
  })

  it('formats compact counts per language', () => {
    expect(en.countCompact(8_820_000)).toBe('8.8M')
    expect(ko.countCompact(8_820_000)).toBe('882만')
    expect(ja.countCompact(8_820_000)).toBe('882万')
    expect(en.countCompact(1e9)).toBe('1B')
    expect(ko.countCompact(1e9)).toBe('10억')
    expect(en.countCompact(0)).toBe('0')
  })

  it('formats full counts with separators', () => {
    expect(en.count(9_459_600)).toBe('9,459,600')
    expect(ja.count(9_459_600)).toBe('9,459,600')
    expect(en.value(9_459_600, 'count')).toBe('9,459,600')
    expect(en.tick(2_000_000, 'count')).toBe('2M')
  })

  it('formats periods', () => {
    expect(en.period('2019')).toBe('2019')
    expect(en.period('2019-08')).toBe('Aug 2019')
    expect(ko.period('2019-08')).toBe('2019년 8월')
    expect(ja.period('2019-08')).toBe('2019年8月')
    expect(en.period('nonsense')).toBe('nonsense')
  })

  it('never prints NaN', () => {
    for (const f of [en, ko, ja]) {
      expect(f.percent(Number.NaN)).toBe('–')
      expect(f.countCompact(Infinity)).toBe('–')
    }
  })

  it('recognises languages', () => {
    expect(isLang('ko')).toBe(true)
    expect(isLang('fr')).toBe(false)
  })
})
