/** CSV export: RFC 4180, BOM, exactly the plotted rows with their source fields. */
import { describe, expect, it } from 'vitest'
import { layoutAgeCohorts } from '../../src/charts/age-cohorts/layout'
import { layoutFavorabilityTrend } from '../../src/charts/favorability-trend/layout'
import { CSV_COLUMNS, cohortRows, csvField, timeSeriesRows, toCsv } from '../../src/charts/export'
import type { TimeSeriesDatum } from '../../src/charts/core/types'
import { cohortBands, cohortGroups, trendSeries } from '../fixtures/charts/cases'

/** RFC 4180 reader for the test: records split on CRLF outside quotes. */
function readCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else field += c
  }
  expect(field).toBe('')
  return rows
}

const withSources: TimeSeriesDatum[] = trendSeries.map((s) => ({
  ...s,
  points: s.points.map((p, i) => ({
    ...p,
    sourceUrl: `https://example.org/${s.key}/${p.period}`,
    confidence: 'high' as const,
    ageGroup: 'all',
    note: i === 1 ? 'Revised, later "final" figure\nsecond line' : (p.note ?? null),
  })),
}))

describe('toCsv', () => {
  it('quotes fields with comma, quote or line break', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a, b')).toBe('"a, b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField(null)).toBe('')
    expect(csvField(Number.NaN)).toBe('')
    expect(csvField(false)).toBe('false')
  })

  it('writes a BOM, the header and one CRLF-terminated record per plotted point', () => {
    const g = layoutFavorabilityTrend({ series: withSources }, { width: 640, height: 360 })
    const rows = timeSeriesRows('favorability-trend', g, withSources)
    const csv = toCsv(rows)
    expect(csv.startsWith('\uFEFFchart,series_id,series,age_group,period,value,unit,')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    const records = readCsv(csv.slice(1))
    expect(records[0]).toEqual([...CSV_COLUMNS])
    const plotted = g.nav.reduce((n, s) => n + s.length, 0)
    expect(records.length - 1).toBe(plotted)
    expect(records.length - 1).toBe(g.table.rows.length)
    for (const r of records) expect(r).toHaveLength(CSV_COLUMNS.length)
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name)
    const first = records[1]!
    expect(first[col('chart')]).toBe('favorability-trend')
    expect(first[col('series_id')]).toBe('a')
    expect(first[col('value')]).toBe('30')
    expect(first[col('source_url')]).toBe('https://example.org/a/2013')
    expect(first[col('confidence')]).toBe('high')
    expect(first[col('age_group')]).toBe('all')
    const noted = records.find((r) => r[col('note')]?.includes('final'))!
    expect(noted[col('note')]).toBe('Revised, later "final" figure\nsecond line')
    expect(csv).toContain('"Revised, later ""final"" figure\nsecond line"')
  })

  it('leaves out hidden series and points outside the range', () => {
    const all = layoutFavorabilityTrend({ series: withSources }, { width: 640, height: 360 })
    const some = layoutFavorabilityTrend(
      { series: withSources },
      { width: 640, height: 360 },
      {
        hidden: ['b'],
        xRange: [2018, 2024],
      },
    )
    const rows = timeSeriesRows('favorability-trend', some, withSources)
    expect(rows.length).toBeLessThan(timeSeriesRows('x', all, withSources).length)
    expect(rows.every((r) => r.series_id !== 'b')).toBe(true)
    expect(rows.every((r) => Number(String(r.period).slice(0, 4)) >= 2018)).toBe(true)
    expect(rows.length).toBe(some.table.rows.length)
  })

  it('exports the two plotted waves of every age band', () => {
    const g = layoutAgeCohorts(
      { groups: cohortGroups, bands: cohortBands },
      { width: 640, height: 0 },
    )
    const rows = cohortRows('age-cohorts', g, cohortGroups)
    expect(rows.length).toBe(g.table.rows.length)
    expect(rows[0]).toMatchObject({ chart: 'age-cohorts', series_id: 'a', age_group: '18-29' })
    expect(toCsv(rows).split('\r\n').length).toBe(rows.length + 2)
  })
})
