/**
 * Charts chosen by metadata, not by id (issue "Open data layer"): what the client derives from a
 * contract-only series, what extensions change, and which chart each series lands in.
 */
import { describe, expect, it } from 'vitest'
import {
  cohortRefs,
  favorabilityRefs,
  opinionTourismRefs,
  sourceFamilies,
  tourismRefs,
} from '../../src/data/chart-inputs'
import {
  directionOf,
  familyFromOrg,
  profileSeriesList,
  shortLabel,
} from '../../src/data/series-profile'
import { FALLBACK_COLORS, SOURCE_COLORS } from '../../src/domain/palette'
import { contractMeta, processedProfiles } from '../support/processed'

const both = { respondents: 'both', sources: [] } as const

describe('a contract-only series', () => {
  const profiles = profileSeriesList(
    [
      contractMeta({ id: 'acme-like-jp', sourceOrg: 'Acme Polling (에이크미)', measure: 'like' }),
      contractMeta({
        id: 'acme-arrivals',
        sourceOrg: 'Acme Tourism Board; annual report',
        respondents: 'JP',
        target: 'KR',
        measure: 'visitor_arrivals',
        unit: 'count',
        granularity: 'year',
      }),
    ],
    'en',
  )
  const opinion = profiles.find((p) => p.id === 'acme-like-jp')
  const visits = profiles.find((p) => p.id === 'acme-arrivals')

  it('gets its topic and measure group from measure and unit', () => {
    expect([opinion?.topic, opinion?.measureGroup]).toEqual(['opinion', 'favourable'])
    expect([visits?.topic, visits?.measureGroup]).toEqual(['tourism', 'flow'])
  })

  it('gets a family and a readable label from its publisher', () => {
    expect(opinion?.family).toBe('acme-polling')
    expect(opinion?.label).toBe('Acme Polling')
    expect(visits?.label).toBe('Acme Tourism Board')
    expect(opinion?.title).toBe('Title of acme-like-jp')
  })

  it('is primary, with its direction from respondents and target, and no declared cadence', () => {
    expect(opinion?.primary).toBe(true)
    expect(opinion?.direction).toBe('KR-JP')
    expect(visits?.direction).toBe('JP-KR')
    expect(opinion?.cadence).toBeNull()
  })

  it('gets a fallback colour, not a declared family colour and not the grey of "other"', () => {
    const declared = new Set(Object.values(SOURCE_COLORS).map((c) => c.light))
    for (const p of [opinion, visits]) {
      expect(FALLBACK_COLORS).toContainEqual(p?.color)
      expect(declared.has(p?.color.light ?? '')).toBe(false)
    }
    expect(opinion?.color).not.toEqual(visits?.color)
  })
})

describe('extensions, where a server sends them, win over what is derived', () => {
  it('takes family, labels in the reader language, cadence, measure group and primary', () => {
    const meta = contractMeta({
      id: 'x',
      family: 'genron',
      label: 'Genron (people)',
      sourceLabel: 'Genron NPO',
      i18n: { ko: { label: '겐론(국민)', title: '제목' } },
      cadence: 'annual',
      measureGroup: 'trust',
      primary: false,
      topic: 'opinion',
    })
    const [en] = profileSeriesList([meta], 'en')
    const [ko] = profileSeriesList([meta], 'ko')
    expect(en).toMatchObject({
      family: 'genron',
      label: 'Genron (people)',
      sourceLabel: 'Genron NPO',
      cadence: 'annual',
      measureGroup: 'trust',
      primary: false,
      color: SOURCE_COLORS.genron,
    })
    expect(ko).toMatchObject({ label: '겐론(국민)', title: '제목', sourceLabel: 'Genron NPO' })
  })
})

describe('colours', () => {
  const metas = ['zeta', 'alpha', 'mid'].map((org, i) =>
    contractMeta({ id: `s${i}`, sourceOrg: `${org} polls` }),
  )

  it('depend on the families of the whole list, not on its order or on a view', () => {
    const a = profileSeriesList(metas, 'en')
    const b = profileSeriesList([...metas].reverse(), 'en')
    const colour = (ps: typeof a, id: string) => ps.find((p) => p.id === id)?.color
    for (const id of ['s0', 's1', 's2']) expect(colour(a, id)).toEqual(colour(b, id))
    expect(new Set(a.map((p) => p.color.light)).size).toBe(3)
    // a view that shows one of them draws it in the same colour
    const view = favorabilityRefs(a, { ...both, sources: ['zeta-polls'] })
    expect(view.map((p) => p.color)).toEqual([colour(a, 's0')])
  })

  it('keep the declared colour of a known family', () => {
    const [p] = profileSeriesList([contractMeta({ id: 'y', family: 'cao' })], 'en')
    expect(p?.color).toEqual(SOURCE_COLORS.cao)
  })
})

describe('labels and families from a publisher name', () => {
  it('drops parentheses and what follows a semicolon, and shortens long names', () => {
    expect(shortLabel('Cabinet Office of Japan (内閣府); Prime Minister’s Office')).toBe(
      'Cabinet Office of Japan',
    )
    expect(shortLabel('A'.repeat(60))).toHaveLength(40)
    expect(shortLabel('A'.repeat(60)).endsWith('…')).toBe(true)
  })
  it('makes a kebab-case family, with a hash for a name without Latin letters', () => {
    expect(familyFromOrg('The Genron NPO & EAI')).toBe('the-genron-npo-eai')
    expect(familyFromOrg('한국갤럽')).toMatch(/^source-[0-9a-z]+$/)
    expect(familyFromOrg('한국갤럽')).not.toBe(familyFromOrg('한국리서치'))
  })
  it('has no direction when respondents and target are the same country', () => {
    expect(directionOf({ respondents: 'KR', target: 'KR' })).toBeNull()
  })
})

describe('which chart draws a series', () => {
  const profiles = profileSeriesList(
    [
      contractMeta({ id: 'n-like', measure: 'like', ageGroups: ['all', '18-29', '60+'] }),
      contractMeta({ id: 'n-dislike', measure: 'dislike' }),
      contractMeta({
        id: 'n-relations',
        measure: 'relations_good',
        respondents: 'JP',
        target: 'KR',
      }),
      contractMeta({ id: 'n-relations-bad', measure: 'relations_bad' }),
      contractMeta({ id: 'n-therm', measure: 'feeling', unit: 'thermometer' }),
      contractMeta({ id: 'n-alt', measure: 'like', primary: false, ageGroups: ['all', '20s'] }),
      contractMeta({ id: 'n-self', measure: 'like', target: 'KR' }),
      contractMeta({ id: 'n-arrivals', measure: 'arrivals', unit: 'count', granularity: 'year' }),
      contractMeta({ id: 'n-arr-m', measure: 'arrivals', unit: 'count', granularity: 'month' }),
      contractMeta({ id: 'n-ytd', measure: 'arrivals_year_to_date', unit: 'count' }),
      contractMeta({ id: 'n-share', measure: 'share_of_travellers', ageGroups: ['20s'] }),
      contractMeta({ id: 'n-kids', measure: 'arrivals', unit: 'count', ageGroups: ['0-20'] }),
    ],
    'en',
  )
  const ids = (ps: readonly { id: string }[]) => ps.map((p) => p.id).sort()

  it('favourability: every primary series of the measure group, either direction', () => {
    expect(ids(favorabilityRefs(profiles, both))).toEqual(['n-like', 'n-therm'])
    expect(ids(favorabilityRefs(profiles, { ...both, measure: 'unfavourable' }))).toEqual([
      'n-dislike',
    ])
    expect(ids(favorabilityRefs(profiles, { ...both, measure: 'relations' }))).toEqual([
      'n-relations',
    ])
    expect(favorabilityRefs(profiles, { ...both, respondents: 'JP' })).toEqual([])
  })

  it('age cohorts: primary favourable series with a band that serves a cohort', () => {
    expect(ids(cohortRefs(profiles, both))).toEqual(['n-like'])
  })

  it('tourism: primary all-ages counts of trips, never running totals or shares', () => {
    expect(ids(tourismRefs(profiles, both))).toEqual(['n-arr-m', 'n-arrivals'])
  })

  it('opinion and travel: a favourable percent series and an annual flow per direction', () => {
    const pair = opinionTourismRefs(profiles, both)
    expect(ids(pair.opinion)).toEqual(['n-like'])
    expect(ids(pair.tourism)).toEqual(['n-arrivals'])
  })

  it('a sources filter naming no family of the data filters nothing', () => {
    expect(ids(favorabilityRefs(profiles, { ...both, sources: ['nope'] }))).toEqual(
      ids(favorabilityRefs(profiles, both)),
    )
  })
})

describe('the committed dataset, chosen by its metadata', () => {
  const profiles = processedProfiles()

  it('keeps visitor counts out of opinion charts and opinion out of the tourism chart', () => {
    for (const p of favorabilityRefs(profiles, both)) expect(p.meta.unit).not.toBe('count')
    for (const p of cohortRefs(profiles, both)) expect(p.topic).toBe('opinion')
    for (const p of tourismRefs(profiles, both)) expect(p.meta.unit).toBe('count')
  })

  it('pairs one survey asked both ways with each direction’s annual arrivals', () => {
    const pair = opinionTourismRefs(profiles, both)
    expect(pair.opinion.map((p) => p.id)).toEqual([
      'genron-kr-good-impression-jp',
      'genron-jp-good-impression-kr',
    ])
    expect(pair.tourism.map((p) => p.id)).toEqual([
      'jnto-kr-visitors-to-jp',
      'kto-jp-visitors-to-kr',
    ])
  })

  it('draws annual and monthly arrivals, not alternative counts, in the tourism chart', () => {
    expect(tourismRefs(profiles, both).map((p) => p.id)).toEqual([
      'jnto-kr-visitors-to-jp',
      'jnto-kr-visitors-to-jp-monthly',
      'kto-jp-visitors-to-kr',
      'kto-jp-visitors-to-kr-monthly',
    ])
  })

  it('offers every opinion family in the sources filter once, with its short name', () => {
    const families = sourceFamilies(profiles)
    expect(new Set(families.map((f) => f.family)).size).toBe(families.length)
    expect(families.find((f) => f.family === 'cao')?.label).toBe('Cabinet Office')
    expect(families.some((f) => f.family === 'jnto')).toBe(false)
  })
})
