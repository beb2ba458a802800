import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PROCESSED_DIR, RAW_FILES, buildDataset, runBuild, sha256 } from '../../data/scripts/build'
import { checkDataset } from '../../data/scripts/check'
import { parseCatalogue } from '../../data/scripts/catalogue'
import { parseCsv } from '../../data/scripts/csv'
import {
  eventsResponseSchema,
  leadersResponseSchema,
  manifestSchema,
  observationsResponseSchema,
  seriesListResponseSchema,
} from '../../src/data/schemas'
import type { ObservationRow, SeriesMeta } from '../../src/data/schemas'
import { figureRow, realSources, withExtraFigures } from './helpers'

const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(join(PROCESSED_DIR, path), 'utf8'))
const series = (readJson('series.json') as { series: SeriesMeta[] }).series
const observationsOf = (id: string): ObservationRow[] =>
  (readJson(`observations/${id}.json`) as { observations: ObservationRow[] }).observations
const allObservations = series.flatMap((s) => observationsOf(s.id))
const rawFigureRows = [
  realSources.reference,
  realSources.ageExtension,
  realSources.ageExtension2,
].flatMap((t) => parseCsv(t).records)
const catalogue = parseCatalogue(realSources.catalogue)
const notServed = new Set(catalogue.notServed.map((n) => n.rawSeriesId))
const servedRawRows = rawFigureRows.filter((r) => !notServed.has(r.fields.series_id ?? ''))

const temps: string[] = []
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'rokjp-data-'))
  temps.push(d)
  return d
}
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true })
  vi.restoreAllMocks()
})

describe('processed files', () => {
  it('parse with the zod contract', () => {
    expect(seriesListResponseSchema.safeParse(readJson('series.json')).success).toBe(true)
    expect(eventsResponseSchema.safeParse(readJson('events.json')).success).toBe(true)
    expect(leadersResponseSchema.safeParse(readJson('leaders.json')).success).toBe(true)
    expect(manifestSchema.safeParse(readJson('manifest.json')).success).toBe(true)
    for (const name of readdirSync(join(PROCESSED_DIR, 'observations'))) {
      const parsed = observationsResponseSchema.safeParse(readJson(`observations/${name}`))
      expect(parsed.success, name).toBe(true)
    }
  })
  it('are up to date with the raw inputs and the manifest', () => {
    expect(checkDataset(join(PROCESSED_DIR, '../raw'), PROCESSED_DIR).problems).toEqual([])
  })
})

describe('counts', () => {
  it('turn every served row of the three CSVs into exactly one observation', () => {
    expect(rawFigureRows).toHaveLength(479)
    // the one row not served: FKI's 0–10 score, a unit API v1 cannot carry
    expect(rawFigureRows.length - servedRawRows.length).toBe(1)
    expect(allObservations).toHaveLength(478)
    const manifest = manifestSchema.parse(readJson('manifest.json'))
    expect(manifest.counts).toEqual({
      series: series.length,
      observations: 478,
      events: 17,
      leaders: 21,
    })
    for (const s of series) expect(s.coverage?.observations).toBe(observationsOf(s.id).length)
  })
  it('keep 17 events and 21 leaders, incumbents with a null end', () => {
    const { events } = eventsResponseSchema.parse(readJson('events.json'))
    const { leaders } = leadersResponseSchema.parse(readJson('leaders.json'))
    expect(events).toHaveLength(17)
    expect(leaders).toHaveLength(21)
    expect(leaders.filter((l) => l.end === null).map((l) => l.leader)).toEqual([
      'Lee Jae-myung (이재명)',
      'Takaichi Sanae (高市早苗)',
    ])
  })
})

describe('content rules', () => {
  it('gives an age band only its own published n, keeping the whole survey’s apart', () => {
    const sampled = new Map(catalogue.entries.map((e) => [e.id, e.sampledAges]))
    const bandOwnN = new Set(
      parseCsv(realSources.ageExtension2).records.map(
        (r) => `${r.fields.series_id}|${r.fields.age_group}|${r.fields.period}`,
      ),
    )
    const rawIdOf = new Map(catalogue.entries.map((e) => [e.id, e.rawSeriesId]))
    let kept = 0
    let moved = 0
    for (const s of series)
      for (const o of observationsOf(s.id)) {
        if (o.ageGroup === 'all') {
          expect(o.surveySampleSize ?? null, `${s.id} ${o.period}`).toBeNull()
          continue
        }
        const fromBandFile = bandOwnN.has(`${rawIdOf.get(s.id)}|${o.ageGroup}|${o.period}`)
        if (o.sampleSize !== null) {
          // published for the band itself, or the survey sampled only that band
          expect(fromBandFile || sampled.get(s.id) === o.ageGroup, `${s.id} ${o.ageGroup}`).toBe(
            true,
          )
          kept++
        }
        if (o.surveySampleSize) {
          expect(o.sampleSize, `${s.id} ${o.ageGroup} ${o.period}`).toBeNull()
          moved++
        }
      }
    expect(kept).toBeGreaterThan(0)
    expect(moved).toBeGreaterThan(50)
  })

  it('has no Genron Japanese 2024 wave', () => {
    for (const id of ['genron-jp-good-impression-kr', 'genron-jp-bad-impression-kr'])
      expect(observationsOf(id).filter((o) => o.period === '2024')).toEqual([])
    expect(observationsOf('genron-kr-good-impression-jp').some((o) => o.period === '2024')).toBe(
      true,
    )
  })
  it('marks exactly the derived rows (after corrections) as estimated, low confidence', () => {
    const derived = rawFigureRows.filter((r) =>
      (r.fields.evidence_excerpt ?? '').startsWith('DERIVED:'),
    )
    expect(derived).toHaveLength(15)
    const estimated = allObservations.filter((o) => o.estimated)
    expect(estimated).toHaveLength(13)
    for (const o of estimated) {
      expect(o.confidence).toBe('low')
      // the generic sentence, then the row note saying from which figures it was derived
      expect(o.note).toMatch(/^Derived, not published as such\. \S/)
    }
    const cao2020 = observationsOf('cao-jp-affinity-kr').find(
      (o) => o.period === '2020' && o.ageGroup === 'all',
    )
    expect(cao2020).toMatchObject({
      value: 34.9,
      estimated: false,
      confidence: 'medium',
      sampleSize: 1865,
    })
  })
  it('relabels the Genron 2016 Korean band as 19-29 and keeps the Japanese 20-29', () => {
    expect(observationsOf('genron-kr-good-impression-jp').map((o) => o.ageGroup)).toContain('19-29')
    expect(observationsOf('genron-kr-good-impression-jp').map((o) => o.ageGroup)).not.toContain(
      '20-29',
    )
    expect(observationsOf('genron-jp-good-impression-kr').map((o) => o.ageGroup)).toContain('20-29')
  })
  it('has breaks for the Cabinet Office 2016 age base and 2020 mode change', () => {
    const cao = series.find((s) => s.id === 'cao-jp-affinity-kr')
    expect(cao?.breaks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ period: '2016', kind: 'age_base' }),
        expect.objectContaining({ period: '2020', kind: 'mode' }),
      ]),
    )
  })
  it('notes the Genron 2019 contradiction on the observation', () => {
    const o = observationsOf('genron-kr-good-impression-jp').find((x) => x.period === '2019')
    expect(o?.value).toBe(31.7)
    expect(o?.note).toMatch(/J-CAST reports 31\.3%/)
  })
  it('keeps different counting definitions in separate series', () => {
    const ids = series.map((s) => s.id)
    for (const id of [
      'jnto-kr-visitors-to-jp',
      'moj-kr-entrants-jp',
      'krgov-kr-departures-to-jp',
      'kto-jp-visitors-to-kr',
      'kosis-jp-visitors-to-kr-excl-crew',
    ])
      expect(ids).toContain(id)
  })
  it('lists ageGroups with "all" first and sources as the distinct observation URLs', () => {
    for (const s of series) {
      const obs = observationsOf(s.id)
      if (s.ageGroups.includes('all')) expect(s.ageGroups[0]).toBe('all')
      expect(new Set(s.ageGroups)).toEqual(new Set(obs.map((o) => o.ageGroup)))
      expect(s.sources.map((x) => x.url).sort()).toEqual(
        [...new Set(obs.map((o) => o.sourceUrl))].sort(),
      )
    }
  })
})

describe('build output', () => {
  it('is deterministic: two builds are byte-identical', () => {
    const a = buildDataset(realSources)
    const b = buildDataset(realSources)
    expect(a.errors).toEqual([])
    expect([...a.outputs.entries()]).toEqual([...b.outputs.entries()])
    const manifest = manifestSchema.parse(JSON.parse(a.outputs.get('manifest.json') ?? ''))
    for (const [path, digest] of Object.entries(manifest.files))
      expect(sha256(a.outputs.get(path) ?? '')).toBe(digest)
  })
  it('writes into a temp dir and writes nothing there on a bad row', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {})
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const raw = tempDir()
    const bad = withExtraFigures(figureRow({ period: '2030', value: '101' }))
    for (const [k, name] of Object.entries(RAW_FILES))
      writeFileSync(join(raw, name), bad[k as keyof typeof RAW_FILES])
    const out = tempDir()
    expect(runBuild(raw, out)).toBe(1)
    expect(readdirSync(out)).toEqual([])
    const good = tempDir()
    for (const [k, name] of Object.entries(RAW_FILES))
      writeFileSync(join(raw, name), realSources[k as keyof typeof RAW_FILES])
    expect(runBuild(raw, good)).toBe(0)
    expect(existsSync(join(good, 'manifest.json'))).toBe(true)
    expect(readFileSync(join(good, 'series.json'), 'utf8')).toBe(
      readFileSync(join(PROCESSED_DIR, 'series.json'), 'utf8'),
    )
  })
  it('check reports a stale processed file', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {})
    const raw = join(PROCESSED_DIR, '../raw')
    const out = tempDir()
    expect(runBuild(raw, out)).toBe(0)
    writeFileSync(join(out, 'events.json'), '{"events":[]}\n')
    const { problems } = checkDataset(raw, out)
    expect(problems).toContain(
      'data/processed/events.json: stale, differs from the build (run npm run data:build)',
    )
    expect(problems).toContain('data/processed/events.json: sha256 does not match manifest.json')
  })
})
