import { describe, expect, it } from 'vitest'
import type { ObservationRow, SeriesBreak, SeriesMeta } from '../../src/data/schemas'
import { profileSeriesList } from '../../src/data/series-profile'
import {
  breaksBetween,
  headlineSeries,
  isProvisional,
  selectHeadline,
} from '../../src/features/headline/headline'
import { contractMeta, processedProfiles, processedRows } from '../support/processed'

type Meta = Pick<SeriesMeta, 'id' | 'unit' | 'breaks'>

function row(period: string, value: number, extra: Partial<ObservationRow> = {}): ObservationRow {
  return {
    period,
    ageGroup: 'all',
    value,
    sampleSize: null,
    fieldwork: null,
    sourceUrl: `https://example.org/${period}`,
    confidence: 'high',
    estimated: false,
    note: null,
    ...extra,
  }
}

const pct = (breaks: SeriesBreak[] = []): Meta => ({ id: 'p', unit: 'percent', breaks })

describe('selectHeadline', () => {
  it('takes the latest all-ages wave and the difference in points since the previous one', () => {
    const d = selectHeadline(pct(), [
      row('2023', 28.9),
      row('2025', 52.4),
      row('2024', 41.7),
      row('2025', 60, { ageGroup: '18-29' }),
    ])
    expect(d?.latest.period).toBe('2025')
    expect(d?.latest.value).toBe(52.4)
    expect(d?.change.kind).toBe('difference')
    if (d?.change.kind !== 'difference') throw new Error('expected a difference')
    expect(d.change.previous.period).toBe('2024')
    expect(d.change.measure).toBe('points')
    expect(d.change.delta).toBeCloseTo(10.7, 10)
  })

  it('compares across a gap with the previous published wave, never a filled-in one', () => {
    const d = selectHeadline(pct(), [row('2022', 30.4), row('2023', 37.4), row('2025', 24.8)])
    if (d?.change.kind !== 'difference') throw new Error('expected a difference')
    expect(d.change.previous.period).toBe('2023')
    expect(d.change.delta).toBeCloseTo(-12.6, 10)
  })

  it('gives no difference when a method break lies between the two waves', () => {
    const mode: SeriesBreak = { period: '2020', kind: 'mode', note: 'mail from 2020' }
    const d = selectHeadline(pct([mode]), [row('2019', 26.7), row('2020', 34.9)])
    expect(d?.change).toEqual({ kind: 'break', previous: row('2019', 26.7), breaks: [mode] })
    // a break before both waves, or after the latest, does not matter
    const e = selectHeadline(pct([mode]), [row('2021', 37), row('2022', 45.9)])
    expect(e?.change.kind).toBe('difference')
    const f = selectHeadline(pct([{ ...mode, period: '2026' }]), [
      row('2021', 37),
      row('2022', 45.9),
    ])
    expect(f?.change.kind).toBe('difference')
  })

  it('treats a break at the previous wave as already in force (no break between)', () => {
    const b: SeriesBreak = { period: '2024', kind: 'partner', note: 'new partner' }
    expect(breaksBetween([b], '2024', '2025')).toEqual([])
    expect(breaksBetween([b], '2023', '2024')).toEqual([b])
  })

  it('gives counts as a percentage change', () => {
    const d = selectHeadline({ id: 'c', unit: 'count', breaks: [] }, [
      row('2024', 8_817_800),
      row('2025', 9_459_600),
    ])
    if (d?.change.kind !== 'difference') throw new Error('expected a difference')
    expect(d.change.measure).toBe('percent')
    expect(d.change.delta).toBeCloseTo((9_459_600 / 8_817_800 - 1) * 100, 10)
  })

  it('never divides by zero: a previous count of 0 gives no change', () => {
    const d = selectHeadline({ id: 'c', unit: 'count', breaks: [] }, [
      row('2020', 0),
      row('2021', 5),
    ])
    expect(d?.change).toEqual({ kind: 'none', previous: row('2020', 0) })
  })

  it('has no change for a single wave, and no headline without an all-ages row', () => {
    expect(selectHeadline(pct(), [row('2025', 10)])?.change).toEqual({
      kind: 'none',
      previous: null,
    })
    expect(selectHeadline(pct(), [row('2025', 10, { ageGroup: '18-29' })])).toBeNull()
    expect(selectHeadline(pct(), [])).toBeNull()
  })
})

describe('isProvisional', () => {
  it('reads a provisional status from the row or from a status note at its period', () => {
    expect(isProvisional(pct(), row('2019', 1, { fieldwork: 'calendar year (provisional)' }))).toBe(
      true,
    )
    expect(isProvisional(pct(), row('2019', 1, { note: 'Preliminary and rounded.' }))).toBe(true)
    const status: SeriesBreak = {
      period: '2025',
      kind: 'other',
      note: 'Estimates are revised later. The 2025 value is as first reported.',
    }
    expect(isProvisional(pct([status]), row('2025', 1))).toBe(true)
    expect(isProvisional(pct([status]), row('2024', 1))).toBe(false)
    expect(isProvisional(pct(), row('2024', 1))).toBe(false)
  })

  it('does not count a provisional status note as a method break', () => {
    const status: SeriesBreak = { period: '2025', kind: 'other', note: 'provisional (暫定値)' }
    const d = selectHeadline({ id: 'c', unit: 'count', breaks: [status] }, [
      row('2024', 100),
      row('2025', 110),
    ])
    expect(d?.change.kind).toBe('difference')
    expect(d?.provisional).toBe(true)
  })
})

describe('which series get a card', () => {
  it("cards the two-way survey, each side's longest other series, then the annual flows", () => {
    const cards = headlineSeries(processedProfiles()).map((p) => p.id)
    expect(cards).toEqual([
      'genron-kr-good-impression-jp',
      'genron-jp-good-impression-kr',
      'hrc-kr-thermometer-jp',
      'cao-jp-affinity-kr',
      'jnto-kr-visitors-to-jp',
      'kto-jp-visitors-to-kr',
    ])
  })

  it('cards series the app has never seen, chosen by their metadata alone', () => {
    const series = [
      contractMeta({ id: 'zz-opinion-kr', respondents: 'KR', target: 'JP' }),
      contractMeta({ id: 'zz-opinion-jp', respondents: 'JP', target: 'KR' }),
      contractMeta({ id: 'zz-dislike-kr', measure: 'dislike' }),
      contractMeta({
        id: 'zz-arrivals',
        sourceOrg: 'Acme Tourism Board',
        measure: 'visitor_arrivals',
        unit: 'count',
        granularity: 'year',
      }),
    ]
    const cards = headlineSeries(profileSeriesList(series, 'en')).map((p) => p.id)
    expect(cards).toEqual(['zz-opinion-kr', 'zz-opinion-jp', 'zz-arrivals'])
  })

  it('never cards a series twice, and cards nothing for an empty list', () => {
    const ids = headlineSeries(processedProfiles()).map((p) => p.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(headlineSeries([])).toEqual([])
  })
})

describe('headline series against the dataset', () => {
  it('every carded series has an all-ages headline: its latest all-ages row', () => {
    for (const p of headlineSeries(processedProfiles())) {
      const rows = processedRows(p.id)
      const d = selectHeadline(p.meta, rows)
      expect(d, p.id).not.toBeNull()
      const maxAll = rows
        .filter((r) => r.ageGroup === 'all')
        .reduce((a, b) => (b.period > a.period ? b : a))
      expect(d?.latest).toEqual(maxAll)
      if (d?.change.kind === 'difference') expect(Number.isFinite(d.change.delta), p.id).toBe(true)
    }
  })
})
