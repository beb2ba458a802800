import { describe, expect, it } from 'vitest'
import { layoutAgeCohorts } from '../../src/charts/age-cohorts/layout'
import { cohortBands, cohortGroups } from '../fixtures/charts/cases'
import { findNonFinite } from './helpers'

const SIZE = { width: 640, height: 360 }

describe('layoutAgeCohorts', () => {
  it('handles empty input', () => {
    const g = layoutAgeCohorts({ groups: [], bands: [] }, SIZE)
    expect(g.empty).toBe(true)
    expect(g.height).toBe(360)
    expect(findNonFinite(g)).toEqual([])
  })

  it('keeps sources as separate groups with bands in canonical order', () => {
    const g = layoutAgeCohorts({ groups: cohortGroups, bands: cohortBands }, SIZE)
    expect(g.groups.map((x) => x.key)).toEqual(['a', 'b'])
    expect(g.groups[0]!.rows.map((r) => r.band)).toEqual([
      '18-29',
      '30-39',
      '40-49',
      '50-59',
      '60+',
    ])
    expect(g.groups[1]!.rows.map((r) => r.band)).toEqual(['20s', '30s', '40s', '50s', '60s', '70+'])
    expect(g.groups[0]!.title).toBe('Source A · 2015 → 2023')
    expect(g.notes[0]).toMatch(/published/)
  })

  it('draws arrows from the earlier to the later wave', () => {
    const g = layoutAgeCohorts({ groups: cohortGroups, bands: cohortBands }, SIZE)
    const row = g.groups[0]!.rows[0]!
    expect(row.from!.info.period).toBe('2015')
    expect(row.to!.info.period).toBe('2023')
    expect(row.arrow).not.toBeNull()
    expect(row.arrow!.x2).toBeGreaterThan(row.arrow!.x1)
    // 60+: falls → arrow points left.
    const down = g.groups[0]!.rows[4]!
    expect(down.arrow!.x2).toBeLessThan(down.arrow!.x1)
    // Equal values: no arrow, both dots.
    const same = g.groups[1]!.rows.find((r) => r.band === '60s')!
    expect(same.arrow).toBeNull()
    expect(same.to!.hollow).toBe(true)
    // Missing later value: only the earlier dot.
    const missing = g.groups[1]!.rows.find((r) => r.band === '70+')!
    expect(missing.to).toBeNull()
    expect(missing.from).not.toBeNull()
  })

  it('highlights the selected band and lays out unknown bands last', () => {
    const groups = [
      {
        ...cohortGroups[0]!,
        points: [...cohortGroups[0]!.points, { band: 'unknown', period: '2023', value: 10 }],
      },
    ]
    const g = layoutAgeCohorts({ groups, bands: cohortBands }, SIZE, { highlightBand: '18-29' })
    expect(g.groups[0]!.rows.at(-1)!.band).toBe('unknown')
    expect(g.groups[0]!.rows.filter((r) => r.highlighted).map((r) => r.band)).toEqual(['18-29'])
  })

  it('single wave and single point', () => {
    const g = layoutAgeCohorts(
      {
        groups: [{ ...cohortGroups[0]!, points: [{ band: '18-29', period: '2023', value: 0 }] }],
        bands: [],
      },
      { width: 320, height: 0 },
    )
    expect(g.groups[0]!.rows[0]!.from).toBeNull()
    expect(g.groups[0]!.rows[0]!.to!.x).toBe(g.plot.x)
    expect(findNonFinite(g)).toEqual([])
  })

  it('hides groups, keeps legend colours, and tabulates exactly the dots', () => {
    const g = layoutAgeCohorts({ groups: cohortGroups, bands: cohortBands }, SIZE, {
      hidden: ['a'],
    })
    expect(g.groups.map((x) => x.key)).toEqual(['b'])
    expect(g.legend.map((l) => l.color)).toEqual(cohortGroups.map((c) => c.color))
    expect(g.table.rows).toHaveLength(g.nav.flat().length)
  })

  it('is NaN-free at every width', () => {
    for (const width of [320, 640, 1600]) {
      const g = layoutAgeCohorts({ groups: cohortGroups, bands: cohortBands }, { width, height: 0 })
      expect(findNonFinite(g)).toEqual([])
      for (const grp of g.groups) expect(grp.ticks.length).toBeLessThanOrEqual(8)
    }
  })

  it('keeps the waves in a group title on narrow charts, shortening only the label', () => {
    const long = cohortGroups.map((g) => ({
      ...g,
      label: `${g.label} ${'with a very long survey title '.repeat(4)}`,
    }))
    const g = layoutAgeCohorts({ groups: long, bands: cohortBands }, { width: 320, height: 360 })
    for (const grp of g.groups) {
      expect(grp.title).toMatch(/…/)
      expect(grp.title).toMatch(/ · .+$/)
      expect(grp.title.endsWith('…')).toBe(false)
    }
  })
})
