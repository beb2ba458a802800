/**
 * Adding a wave or a survey touches only data/: on a copy of data/raw and data/catalogue, a new
 * row and a new catalogue file go through the real build, and the dashboard's own selection code
 * (src/data, unchanged) draws them. The figures below exist only in the temporary copy.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CATALOGUE_DIR } from '../../data/scripts/catalogue'
import { RAW_DIR, buildDataset, readSources } from '../../data/scripts/build'
import { cohortRefs, favorabilityFacets, favorabilityRefs } from '../../src/data/chart-inputs'
import {
  observationsResponseSchema,
  seriesListResponseSchema,
  type ObservationRow,
} from '../../src/data/schemas'
import { profileSeriesList } from '../../src/data/series-profile'
import { FALLBACK_COLORS } from '../../src/domain/palette'
import { CHART_STRINGS } from '../../src/i18n/charts'
import { figureRow } from './helpers'

let dir: string
let raw: string
let catalogue: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rokjp-extend-'))
  raw = join(dir, 'raw')
  catalogue = join(dir, 'catalogue')
  cpSync(RAW_DIR, raw, { recursive: true })
  cpSync(CATALOGUE_DIR, catalogue, { recursive: true })
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** Builds the copy; returns the API documents as the dashboard would receive them. */
function build() {
  const result = buildDataset(readSources(raw, catalogue))
  expect(result.errors).toEqual([])
  const out = (path: string) => JSON.parse(result.outputs.get(path) ?? 'null') as unknown
  const series = seriesListResponseSchema.parse(out('series.json')).series
  const rows = (id: string): ObservationRow[] =>
    observationsResponseSchema.parse(out(`observations/${id}.json`)).observations
  return { series, rows }
}

const inputsOf = (
  profiles: ReturnType<typeof profileSeriesList>,
  rows: (id: string) => ObservationRow[],
) => profiles.map((ref) => ({ ref, meta: ref.meta, rows: rows(ref.id) }))

describe('extending the dataset through data/ only', () => {
  it('adding a wave is one row: the series gains it and the chart draws it', () => {
    appendFileSync(
      join(raw, 'reference-figures.csv'),
      `${figureRow({
        series_id: 'cao_jp_affinity_kr',
        measure: 'feel_affinity',
        period: '2029',
        value: '55.5',
        sample_size: '1700',
      })}\r\n`,
    )
    const { series, rows } = build()
    const profiles = profileSeriesList(series, 'en')
    const refs = favorabilityRefs(profiles, { respondents: 'JP', sources: ['cao'] })
    const [facet] = favorabilityFacets(
      inputsOf(refs, rows),
      { age: 'all', respondents: 'JP' },
      CHART_STRINGS.en,
    )
    const cao = facet?.series.find((d) => d.points.some((p) => p.period === '2029'))
    expect(cao?.points.find((p) => p.period === '2029')?.value).toBe(55.5)
    expect(series.find((s) => s.id === 'cao-jp-affinity-kr')?.coverage?.to).toBe('2029')
  })

  it('adding a survey is one catalogue file plus its rows: it lands in the right charts', () => {
    writeFileSync(
      join(catalogue, 'harbour.yaml'),
      [
        'family: harbour',
        'label: { en: Harbour Polling, ko: 하버 폴링, ja: ハーバー調査 }',
        'sourceOrg: Harbour Polling Institute',
        'survey: Harbour Omnibus',
        'method: Online panel, ages 18+, n≈1,000.',
        'cadence: annual',
        'series:',
        '  - id: harbour-kr-warm-jp',
        '    raw: harbour_kr_warm_jp',
        '    title: South Koreans who feel warmly toward Japan (Harbour Polling)',
        '    question: How warm do you feel toward Japan? Paraphrase.',
        '    topic: opinion',
        '    measureGroup: favourable',
        '    granularity: wave',
        '',
      ].join('\n'),
    )
    const rowsCsv = [
      ['all', '2027', '44.4', '1000'],
      ['all', '2028', '46.6', '1000'],
      ['18-29', '2028', '58.8', '210'],
    ].map(([age, period, value, n]) =>
      figureRow({
        series_id: 'harbour_kr_warm_jp',
        country_of_respondents: 'KR',
        target_country: 'JP',
        measure: 'warm',
        age_group: age,
        period,
        value,
        sample_size: n,
      }),
    )
    appendFileSync(join(raw, 'reference-figures.csv'), `${rowsCsv.join('\r\n')}\r\n`)
    const { series, rows } = build()

    const meta = series.find((s) => s.id === 'harbour-kr-warm-jp')
    expect(meta).toMatchObject({ family: 'harbour', label: 'Harbour Polling', primary: true })
    const profiles = profileSeriesList(series, 'en')
    const harbour = profiles.find((p) => p.id === 'harbour-kr-warm-jp')
    // a family the palette does not declare gets a fallback colour
    expect(FALLBACK_COLORS).toContainEqual(harbour?.color)
    expect(profileSeriesList(series, 'ko').find((p) => p.id === harbour?.id)?.label).toBe(
      '하버 폴링',
    )

    const both = { respondents: 'both', sources: [] } as const
    expect(favorabilityRefs(profiles, both).map((p) => p.id)).toContain('harbour-kr-warm-jp')
    expect(cohortRefs(profiles, both).map((p) => p.id)).toContain('harbour-kr-warm-jp')
    const facets = favorabilityFacets(
      inputsOf(favorabilityRefs(profiles, both), rows),
      { age: '18-29', respondents: 'both' },
      CHART_STRINGS.en,
    )
    const line = facets.flatMap((f) => f.series).find((d) => d.key === 'harbour-kr-warm-jp')
    // a band row of reference-figures.csv carries the whole survey's n: never the band's
    expect(line?.points.map((p) => [p.period, p.value, p.sampleSize, p.surveySampleSize])).toEqual([
      ['2028', 58.8, null, 210],
    ])
  })

  it('a broken catalogue file is named with its line, and nothing is built', () => {
    writeFileSync(
      join(catalogue, 'broken.yaml'),
      'family: Broken Family\nlabel: Broken\nseries:\n  - id: x\n    raw: y\n',
    )
    const { errors } = buildDataset(readSources(raw, catalogue))
    expect(errors).toContainEqual(expect.stringMatching(/^data\/catalogue\/broken\.yaml:1: family/))
    expect(errors).toContainEqual(
      expect.stringMatching(/^data\/catalogue\/broken\.yaml:4: series\.0/),
    )
  })

  it('a raw series that no catalogue file names is an error at its row', () => {
    appendFileSync(
      join(raw, 'reference-figures.csv'),
      `${figureRow({ series_id: 'nobody_knows_me', period: '2020' })}\r\n`,
    )
    const lines = readFileSync(join(raw, 'reference-figures.csv'), 'utf8').trimEnd().split('\n')
    const { errors } = buildDataset(readSources(raw, catalogue))
    expect(errors).toContainEqual(
      expect.stringMatching(
        new RegExp(`^reference-figures\\.csv:${lines.length}: unknown series_id "nobody_knows_me"`),
      ),
    )
  })
})
