import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  COHORT_SERIES,
  MEASURE_SERIES,
  OPINION_VS_TOURISM,
  TOURISM_SERIES,
} from '../../src/domain/chart-series'
import { seriesListResponseSchema } from '../../src/data/schemas'

const { series } = seriesListResponseSchema.parse(
  JSON.parse(readFileSync('data/processed/series.json', 'utf8')),
)
const byId = new Map(series.map((s) => [s.id, s]))

describe('chart series declarations', () => {
  const all = [
    ...Object.values(MEASURE_SERIES).flat(),
    ...COHORT_SERIES,
    ...TOURISM_SERIES.annual,
    ...TOURISM_SERIES.monthly,
  ]

  it('name only series that exist in the dataset, with the right direction', () => {
    for (const ref of all) {
      const meta = byId.get(ref.id)
      expect(meta, ref.id).toBeDefined()
      expect(`${meta?.respondents}-${meta?.target}`, ref.id).toBe(ref.direction)
    }
    for (const pair of Object.values(OPINION_VS_TOURISM)) {
      expect(byId.has(pair.opinionId)).toBe(true)
      expect(byId.get(pair.tourismId)?.unit).toBe('count')
    }
  })

  it('keep counts out of the favourability chart and opinion out of tourism', () => {
    for (const ref of Object.values(MEASURE_SERIES).flat())
      expect(byId.get(ref.id)?.unit).not.toBe('count')
    for (const ref of [...TOURISM_SERIES.annual, ...TOURISM_SERIES.monthly])
      expect(byId.get(ref.id)?.unit).toBe('count')
  })

  it('list cohort series that really publish age bands', () => {
    for (const ref of COHORT_SERIES) {
      const bands = byId.get(ref.id)?.ageGroups.filter((g) => g !== 'all') ?? []
      expect(bands.length, ref.id).toBeGreaterThan(0)
    }
  })
})

describe('chart series labels', () => {
  it('have a Korean and a Japanese form for every declared series', async () => {
    const { CHART_STRINGS } = await import('../../src/i18n/charts')
    const refs = [
      ...Object.values(MEASURE_SERIES).flat(),
      ...COHORT_SERIES,
      ...TOURISM_SERIES.annual,
      ...TOURISM_SERIES.monthly,
    ]
    for (const r of refs) {
      expect(CHART_STRINGS.ko.seriesLabels[r.label], r.label).toBeTruthy()
      expect(CHART_STRINGS.ja.seriesLabels[r.label], r.label).toBeTruthy()
    }
  })
})
