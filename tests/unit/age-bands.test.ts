import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CANONICAL_BAND_ORDER,
  COHORTS,
  bandOrder,
  bandsForCohort,
  cohortOf,
  compareBands,
} from '../../src/domain/age-bands'

const OBS_DIR = join(__dirname, '../../data/processed/observations')
const publishedBands = new Set<string>()
for (const name of readdirSync(OBS_DIR)) {
  const doc = JSON.parse(readFileSync(join(OBS_DIR, name), 'utf8')) as {
    observations: { ageGroup: string }[]
  }
  for (const o of doc.observations) publishedBands.add(o.ageGroup)
}

describe('canonical band order', () => {
  it('covers every band in the processed data', () => {
    for (const band of publishedBands) expect(bandOrder(band), band).toBeDefined()
  })
  it('has no duplicates and starts with "all"', () => {
    expect(new Set(CANONICAL_BAND_ORDER).size).toBe(CANONICAL_BAND_ORDER.length)
    expect(CANONICAL_BAND_ORDER[0]).toBe('all')
  })
  it('sorts known bands canonically and unknown ones last', () => {
    expect(['70+', '30s', 'all', 'zzz', '18-29', '60+', '60s'].sort(compareBands)).toEqual([
      'all',
      '18-29',
      '30s',
      '60s',
      '60+',
      '70+',
      'zzz',
    ])
  })
})

describe('cohorts', () => {
  it('has the seven harmonised cohorts with labels', () => {
    expect(COHORTS.map((c) => c.id)).toEqual([
      'all',
      '18-29',
      '30-39',
      '40-49',
      '50-59',
      '60-69',
      '70+',
    ])
    expect(COHORTS[0]?.label).toBe('All ages')
    expect(COHORTS[2]?.label).toBe('30s')
  })
  it('maps exact bands exactly', () => {
    expect(cohortOf('18-29')).toEqual([{ cohort: '18-29', exact: true, reason: null }])
    expect(cohortOf('30s')).toEqual([{ cohort: '30-39', exact: true, reason: null }])
    expect(cohortOf('70+')).toEqual([{ cohort: '70+', exact: true, reason: null }])
    expect(cohortOf('all')).toEqual([{ cohort: 'all', exact: true, reason: null }])
  })
  it('maps near bands approximately, with a reason', () => {
    for (const band of ['20s', '20-29', '19-29', '21-30']) {
      const [m] = cohortOf(band)
      expect(m?.cohort).toBe('18-29')
      expect(m?.exact).toBe(false)
      expect(m?.reason).toBeTruthy()
    }
    expect(cohortOf('20s')[0]?.reason).toBe('20–29: excludes 18–19')
    expect(cohortOf('60+').map((m) => [m.cohort, m.exact])).toEqual([
      ['60-69', false],
      ['70+', false],
    ])
  })
  it('maps bands that straddle cohorts or include children to none', () => {
    for (const band of ['18-39', '0-30', '16-25', 'under20', '0-20', '40-59', '20-39'])
      expect(cohortOf(band), band).toEqual([])
  })
  it('selects bands for a cohort, exact first', () => {
    expect(bandsForCohort('18-29', ['all', '20s', '18-29', '30s', '19-29'])).toEqual([
      { band: '18-29', exact: true, reason: null },
      { band: '19-29', exact: false, reason: '19–29: excludes 18-year-olds' },
      { band: '20s', exact: false, reason: '20–29: excludes 18–19' },
    ])
    expect(bandsForCohort('70+', ['60+'])).toEqual([
      { band: '60+', exact: false, reason: '60 and over: spans the 60s and 70+' },
    ])
    expect(bandsForCohort('40-49', ['all', '18-39'])).toEqual([])
  })
  it('gives every published band with a cohort a reason when approximate', () => {
    for (const band of publishedBands)
      for (const m of cohortOf(band)) expect(m.exact || Boolean(m.reason)).toBe(true)
  })
})
