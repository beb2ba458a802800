import { describe, expect, it } from 'vitest'
import {
  cadenceGaps,
  isProvisionalNote,
  lineBreaks,
  selectTimeSeries,
  toCohortGroups,
  withinYears,
} from '../../src/data/transforms'
import { cohortRefs, cohortView } from '../../src/data/chart-inputs'
import {
  processedInput as input,
  processedProfiles,
  processedRows as rowsOf,
  processedSeries,
} from '../support/processed'

const ref = (id: string) => id
const label = (k: string) => `break:${k}`

describe('cadence gaps', () => {
  it('breaks an annual line where a year has no wave, and joins consecutive years', () => {
    const pts = ['2021', '2022', '2023', '2025'].map((period) => ({ period }))
    expect(cadenceGaps(pts, 'annual')).toEqual(['2023'])
  })
  it('joins quarterly waves three months apart but not across a missing quarter', () => {
    const pts = ['2023-01', '2023-04', '2023-10'].map((period) => ({ period }))
    expect(cadenceGaps(pts, 'quarterly')).toEqual(['2023-04'])
  })
  it('joins monthly data only month to month', () => {
    const pts = ['2019-07', '2019-08', '2019-12'].map((period) => ({ period }))
    expect(cadenceGaps(pts, 'monthly')).toEqual(['2019-08'])
  })
  it('has no gaps for a single point or none', () => {
    expect(cadenceGaps([], 'annual')).toEqual([])
    expect(cadenceGaps([{ period: '2020' }], 'annual')).toEqual([])
  })
})

describe('selectTimeSeries', () => {
  it('leaves the Japanese Genron 2024 wave as a gap (no point, line stops after 2023)', () => {
    const { lines } = selectTimeSeries([input(ref('genron-jp-good-impression-kr'))], 'all', label)
    const line = lines[0]!
    expect(line.datum.points.map((p) => p.period)).not.toContain('2024')
    expect(line.datum.gapAfter).toContain('2023')
  })

  it('keeps every value exactly as published', () => {
    const rows = rowsOf('cao-jp-affinity-kr').filter((r) => r.ageGroup === 'all')
    const { lines } = selectTimeSeries([input(ref('cao-jp-affinity-kr'))], 'all', label)
    const values = new Map(lines[0]!.datum.points.map((p) => [p.period, p.value]))
    for (const r of rows) expect(values.get(r.period)).toBe(r.value)
    expect(lines[0]!.datum.points.filter((p) => p.estimated).length).toBe(
      rows.filter((r) => r.estimated).length,
    )
  })

  it('marks the Cabinet Office mode change of 2020 as a line break', () => {
    const { lines } = selectTimeSeries([input(ref('cao-jp-affinity-kr'))], 'all', label)
    expect(lines[0]!.datum.breaks).toContainEqual({ period: '2020', label: 'break:mode' })
  })

  it('uses an exact 18-29 band before an approximate 20s one and says when it approximates', () => {
    const { lines } = selectTimeSeries([input(ref('gallup-kr-like-jp'))], '18-29', label)
    expect(lines[0]!.band).toBe('18-29')
    expect(lines[0]!.exact).toBe(true)
    const genron = selectTimeSeries([input(ref('genron-kr-good-impression-jp'))], '18-29', label)
    expect(genron.lines[0]!.band).toBe('19-29')
    expect(genron.lines[0]!.exact).toBe(false)
    expect(genron.lines[0]!.datum.label).toContain('19-29')
  })

  it('lists series without a figure for the cohort instead of drawing them', () => {
    const { lines, missing } = selectTimeSeries(
      [input(ref('jpri-kr-favorable-jp')), input(ref('cao-jp-affinity-kr'))],
      '70+',
      label,
    )
    expect(missing.map((m) => m.id)).toEqual(['jpri-kr-favorable-jp'])
    expect(lines.map((l) => l.datum.key)).toEqual(['cao-jp-affinity-kr'])
  })
})

describe('breaks and provisional figures', () => {
  it('treats a provisional note as a flag on the point, not a line break', () => {
    const meta = processedSeries.find((m) => m.id === 'jnto-kr-visitors-to-jp')!
    const provisional = meta.breaks.filter(isProvisionalNote)
    expect(provisional.length).toBeGreaterThan(0)
    expect(lineBreaks(meta, label).map((b) => b.period)).not.toContain(provisional[0]!.period)
  })
})

describe('toCohortGroups', () => {
  it('keeps the two latest banded waves of each source and never merges sources', () => {
    const groups = toCohortGroups([
      input(ref('cao-jp-affinity-kr')),
      input(ref('gallup-kr-like-jp')),
    ])
    expect(groups.map((g) => g.key)).toEqual(['cao-jp-affinity-kr', 'gallup-kr-like-jp'])
    for (const g of groups)
      expect(new Set(g.points.map((p) => p.period)).size).toBeLessThanOrEqual(2)
    expect(groups[0]!.points.every((p) => p.band !== 'all')).toBe(true)
  })
})

describe('withinYears', () => {
  it('keeps rows inside inclusive year bounds, monthly periods by their year', () => {
    const rows = ['2017', '2018', '2019-08', '2025'].map((period) => ({ period }))
    expect(withinYears(rows, 2018, 2019).map((r) => r.period)).toEqual(['2018', '2019-08'])
    expect(withinYears(rows, null, null)).toHaveLength(4)
  })
})

describe('cohortView', () => {
  // Regression: the source line credited every loaded source, also those the year range left
  // without a single drawn band (age=70+&from=2024&to=2024 listed Gallup, Genron, Asahi…).
  it('credits only the sources whose bands are drawn', () => {
    const inputs = cohortRefs(processedProfiles(), { respondents: 'both', sources: [] }).map((p) =>
      input(p.id),
    )
    const strings = {
      breaks: {} as never,
      missingForCohort: '{cohort}: {sources}',
      approximateBand: '{band}: {reason}',
      direction: {} as never,
      travel: {} as never,
      cohorts: {} as never,
      questionFamilies: {} as never,
      aboutPeople: '',
    }
    const v = cohortView(inputs, { age: '70+', from: 2024, to: 2024 }, strings)
    const drawn = new Set(v.groups.map((g) => g.source))
    expect(v.groups.length).toBeGreaterThan(0)
    expect(v.groups.length).toBeLessThan(inputs.length)
    expect(new Set(v.sources)).toEqual(drawn)
  })
})

describe('localised legend labels', () => {
  it('name each series in the reader language (from the i18n extension) and keep the ids as keys', async () => {
    const { CHART_STRINGS } = await import('../../src/i18n/charts')
    const { favorabilityFacets } = await import('../../src/data/chart-inputs')
    const inputsKo = [input('gallup-kr-like-jp', 'ko'), input('cao-jp-affinity-kr', 'ko')]
    const ko = favorabilityFacets(inputsKo, { age: 'all', respondents: 'both' }, CHART_STRINGS.ko)
    const labels = ko.flatMap((f) => f.series.map((d) => d.label))
    // the source's short name in Korean, and the wording family of its question
    // the CAO line credits each wave: the Prime Minister's Office ran it until 2000
    expect(labels).toEqual(['한국갤럽 · 호감(좋아함)', '총리부 → 내각부 · 친밀감'])
    expect(ko.flatMap((f) => f.series.map((d) => d.key))).toEqual([
      'gallup-kr-like-jp',
      'cao-jp-affinity-kr',
    ])
    const inputs = [input('gallup-kr-like-jp'), input('cao-jp-affinity-kr')]
    const en = favorabilityFacets(inputs, { age: 'all', respondents: 'both' }, CHART_STRINGS.en)
    expect(en.flatMap((f) => f.series.map((d) => d.label))).toEqual([
      'Gallup Korea · like',
      'Prime Minister’s Office → Cabinet Office · affinity',
    ])
  })
})
