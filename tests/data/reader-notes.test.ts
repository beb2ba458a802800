/**
 * Readers see reader notes, never the curation log; every reader text exists in en/ko/ja; each
 * wave is credited to who ran it. Checked on the served files and on the build's rules.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDataset } from '../../data/scripts/build'
import { parseCatalogueFile } from '../../data/scripts/catalogue'
import { curationWording } from '../../data/scripts/validate'
import { PROCESSED_DIR } from '../../data/scripts/build'
import { figureRow, realSources } from './helpers'

const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(join(PROCESSED_DIR, path), 'utf8'))

/** Machine fields: ids, URLs, dates and enum or vocabulary values (never prose for a reader). */
const MACHINE =
  /(^|\.)(id|seriesId|url|sourceUrl|officialUrl|period|periods\[\d+\]|date|start|end|measure|unit|granularity|kind|confidence|topic|measureGroup|cadence|family|ageGroup|ageGroups\[\d+\]|respondents|target|from|to)$/

/** Every string value of a JSON document that a reader can be shown. */
function servedTexts(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string')
    return MACHINE.test(path) || /^https?:/.test(value) ? [] : [{ path, text: value }]
  if (Array.isArray(value)) return value.flatMap((v, i) => servedTexts(v, `${path}[${i}]`))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => servedTexts(v, path ? `${path}.${k}` : k))
  return []
}

const files = [
  'series.json',
  ...readdirSync(join(PROCESSED_DIR, 'observations')).map((f) => `observations/${f}`),
]

describe('served texts', () => {
  it('contain no curation wording anywhere (every served string is scanned)', () => {
    const hits: string[] = []
    let scanned = 0
    for (const f of files)
      for (const { path, text } of servedTexts(readJson(f))) {
        scanned++
        const hit = curationWording(text)
        if (hit) hits.push(`${f} ${path}: ${hit}`)
      }
    expect(scanned).toBeGreaterThan(1000)
    expect(hits).toEqual([])
  })

  it('give every reader note in Korean and Japanese too', () => {
    const { series } = readJson('series.json') as {
      series: {
        id: string
        notes: string[]
        breaks: unknown[]
        i18n: Record<string, { notes?: string[]; breaks?: string[] }>
      }[]
    }
    for (const s of series)
      for (const lang of ['ko', 'ja']) {
        expect(s.i18n[lang]?.notes ?? [], `${s.id} ${lang} notes`).toHaveLength(s.notes.length)
        expect(s.i18n[lang]?.breaks ?? [], `${s.id} ${lang} breaks`).toHaveLength(s.breaks.length)
      }
    for (const f of files.filter((x) => x.startsWith('observations/'))) {
      const { observations } = readJson(f) as {
        observations: {
          period: string
          note: string | null
          conductedBy: string
          i18n: Record<string, { note?: string; conductedBy?: string }>
        }[]
      }
      for (const o of observations)
        for (const lang of ['ko', 'ja']) {
          if (o.note) expect(o.i18n[lang]?.note, `${f} ${o.period} ${lang}`).toBeTruthy()
          expect(o.i18n[lang]?.conductedBy, `${f} ${o.period} ${lang} credit`).toBeTruthy()
        }
    }
  })

  it('credit the EAI waves to EAI, never to The Genron NPO, and 2013 never to the 2025 partners', () => {
    const rows = (id: string) =>
      (
        readJson(`observations/${id}.json`) as {
          observations: { period: string; ageGroup: string; conductedBy: string }[]
        }
      ).observations.filter((o) => o.ageGroup === 'all')
    const kr = rows('genron-kr-good-impression-jp')
    const by = (p: string) => kr.find((o) => o.period === p)?.conductedBy ?? ''
    expect(by('2024')).toMatch(/EAI/)
    expect(by('2024')).not.toMatch(/Genron/)
    expect(by('2025')).toMatch(/EAI/)
    expect(by('2025')).toMatch(/API|Asia Pacific Initiative/)
    expect(by('2025')).not.toMatch(/Genron/)
    expect(by('2013')).toMatch(/Genron/)
    expect(by('2013')).not.toMatch(/API|KEI/)
  })
})

describe('the curation-wording rule', () => {
  it.each([
    'Only one page (Daum) gives it; check against the official table.',
    'jitantech.com (an AI-style blog) labels another set of bands.',
    'the ohkpop.com mirror first used was garbled',
    'Also given as 49,000 (series moj-kr-entrants-jp).',
    'Counts from moj_kr_entrants_jp differ.',
    'Provisional. Provisional.',
    '공식 표 확인 필요',
    '公式の表で要確認',
  ])('refuses %j', (text) => {
    expect(curationWording(text)).not.toBeNull()
  })
  it.each([
    'Chosun Ilbo and KBS give 31.1% for 2013; two other outlets call 29.1% (2016) the high.',
    'No Japanese wave in 2024: the joint poll was not held.',
    'Japan’s Ministry of Justice counts 2,305,980 Korean entrants in 2013, under another definition.',
  ])('accepts %j', (text) => {
    expect(curationWording(text)).toBeNull()
  })
})

describe('catalogue reader-text rules', () => {
  const file = (notes: string) =>
    [
      'family: t',
      'label: { en: T, ko: 티, ja: ティ }',
      'sourceOrg: T',
      'survey: S',
      'method: null',
      'cadence: annual',
      'series:',
      '  - id: t-s',
      '    raw: t_s',
      '    title: T',
      '    question: null',
      '    topic: opinion',
      '    measureGroup: favourable',
      '    granularity: wave',
      `    notes:${notes}`,
      '',
    ].join('\n')

  it('refuses a reader note without Korean or Japanese', () => {
    const { errors } = parseCatalogueFile('data/catalogue/t.yaml', file('\n      - Only English'))
    expect(errors.join('\n')).toMatch(/t\.yaml:8: t-s: note "Only English" has no ko or ja text/)
  })
  it('refuses curation wording in a reader note and says where it belongs', () => {
    const { errors } = parseCatalogueFile(
      'data/catalogue/t.yaml',
      file('\n      - { en: Check against the table, ko: 표, ja: 表 }'),
    )
    expect(errors.join('\n')).toMatch(/reads like curation log .*move it to log:/)
  })
  it('accepts the same words in the log, which is never served', () => {
    const { errors, entries } = parseCatalogueFile(
      'data/catalogue/t.yaml',
      file(' []\n    log: [Check against the table; the mirror was garbled]'),
    )
    expect(errors).toEqual([])
    expect(JSON.stringify(entries)).not.toMatch(/mirror/)
  })
})

describe('the build', () => {
  it('requires a reader note on a derived value, telling how it was derived', () => {
    const extra = figureRow({
      period: '2030',
      value: '40',
      evidence_excerpt: 'DERIVED: 2031 value 42 minus reported 2-point rise',
    })
    const { errors } = buildDataset({
      ...realSources,
      ageExtension: `${realSources.ageExtension.replace(/\r?\n?$/, '\n')}${extra}\n`,
    })
    expect(errors.join('\n')).toMatch(
      /derived value of genron-jp-good-impression-kr 2030\|all: add a rowNote/,
    )
  })
})
