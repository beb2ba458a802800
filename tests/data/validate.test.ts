import { describe, expect, it } from 'vitest'
import { buildDataset } from '../../data/scripts/build'
import { parseCsv } from '../../data/scripts/csv'
import {
  checkHttpUrl,
  checkIsoDate,
  checkPeriod,
  checkValue,
  findDuplicateKeys,
  validateEventRows,
} from '../../data/scripts/validate'
import { figureRow, firstExtraLine, realSources, withExtraFigures } from './helpers'

describe('validation rules (pure)', () => {
  it('rejects values outside their unit range', () => {
    expect(checkValue('percent', 101)).toMatch(/outside 0–100/)
    expect(checkValue('thermometer', -1)).toMatch(/outside 0–100/)
    expect(checkValue('count', 1.5)).toMatch(/non-negative integer/)
    expect(checkValue('count', -3)).toMatch(/non-negative integer/)
    expect(checkValue('percent', 100)).toBeNull()
    expect(checkValue('count', 0)).toBeNull()
  })
  it('rejects bad periods, URLs and dates', () => {
    expect(checkPeriod('2019-13')).toMatch(/YYYY or YYYY-MM/)
    expect(checkPeriod('19')).not.toBeNull()
    expect(checkPeriod('2019-12')).toBeNull()
    expect(checkHttpUrl('ftp://example.org/x')).toMatch(/not http\(s\)/)
    expect(checkHttpUrl('https://example.org/x')).toBeNull()
    expect(checkIsoDate('2019-02-30')).toMatch(/not a real calendar date/)
    expect(checkIsoDate('2024-02-29')).toBeNull()
  })
  it('names both lines of a duplicate key', () => {
    const errs = findDuplicateKeys([
      { key: 's|2019|all', file: 'a.csv', line: 2 },
      { key: 's|2019|all', file: 'b.csv', line: 7 },
    ])
    expect(errs).toEqual([
      'b.csv:7: duplicate (series, period, ageGroup) s|2019|all, first at a.csv:2',
    ])
  })
})

describe('build rejects bad rows with file:row', () => {
  const line = firstExtraLine()
  const cases: [string, string, RegExp][] = [
    ['percent 101', figureRow({ period: '2030', value: '101' }), /percent value 101/],
    [
      'thermometer -1',
      figureRow({
        series_id: 'hrc_kr_thermo_jp',
        country_of_respondents: 'KR',
        target_country: 'JP',
        measure: 'thermometer_mean',
        period: '2030-01',
        value: '-1',
        unit: 'score0_100',
      }),
      /thermometer value -1/,
    ],
    [
      'count 1.5',
      figureRow({
        series_id: 'jnto_kr_visitors_to_jp',
        country_of_respondents: 'KR',
        target_country: 'JP',
        measure: 'visitor_arrivals',
        period: '2030',
        value: '1.5',
        unit: 'persons',
      }),
      /count value 1.5/,
    ],
    ['period 2019-13', figureRow({ period: '2019-13' }), /period "2019-13"/],
    ['ftp url', figureRow({ period: '2030', source_url: 'ftp://example.org/x' }), /not http\(s\)/],
    [
      'unknown series',
      figureRow({ series_id: 'nope_series', period: '2030' }),
      /unknown series_id "nope_series"/,
    ],
    [
      'duplicate key',
      figureRow({ period: '2013' }),
      /duplicate \(series, period, ageGroup\) genron-jp-good-impression-kr\|2013\|all, first at reference-figures.csv:2/,
    ],
    [
      'unknown age band',
      figureRow({ period: '2030', age_group: '13-17' }),
      /age_group "13-17" has no canonical order/,
    ],
  ]
  for (const [name, row, message] of cases) {
    it(name, () => {
      const { errors } = buildDataset(withExtraFigures(row))
      expect(errors.length).toBeGreaterThan(0)
      const hit = errors.find((e) => message.test(e))
      expect(hit, errors.join('\n')).toBeDefined()
      expect(hit?.startsWith(`age-extension.csv:${line}: `)).toBe(true)
    })
  }
  it('lists all errors, not just the first', () => {
    const { errors } = buildDataset(
      withExtraFigures(
        figureRow({ period: '2030', value: '101' }),
        figureRow({ period: '2019-13' }),
      ),
    )
    expect(errors.some((e) => e.startsWith(`age-extension.csv:${line}: `))).toBe(true)
    expect(errors.some((e) => e.startsWith(`age-extension.csv:${line + 1}: `))).toBe(true)
  })
  it('rejects an impossible event date', () => {
    const events = realSources.events.replace('2019-08-22', '2019-02-30')
    const { errors } = buildDataset({ ...realSources, events })
    expect(errors.some((e) => /^events\.csv:\d+: date "2019-02-30"/.test(e))).toBe(true)
    const table = parseCsv(
      'date,title,short_description,source_url\n2019-02-30,T,D,https://x.org\n',
    )
    expect(validateEventRows('events.csv', table)).toEqual([
      'events.csv:2: date "2019-02-30" is not a real calendar date (YYYY-MM-DD)',
    ])
  })
  it('rejects an impossible leader date', () => {
    const leaders = realSources.leaders.replace('2017-03-10', '2017-02-30')
    const { errors } = buildDataset({ ...realSources, leaders })
    expect(errors.some((e) => /^leader-terms\.csv:\d+: end_date: date "2017-02-30"/.test(e))).toBe(
      true,
    )
  })
  it('rejects a correction whose old value does not match', () => {
    const corrections = realSources.corrections.replace(',low,high,', ',medium,high,')
    const { errors } = buildDataset({ ...realSources, corrections })
    expect(errors.some((e) => /^corrections\.csv:2: confidence of /.test(e))).toBe(true)
  })
})
