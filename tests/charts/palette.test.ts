import { describe, expect, it } from 'vitest'
import {
  BACKGROUNDS,
  DIRECTION_COLORS,
  DIRECTIONS,
  SOURCE_COLORS,
  SOURCE_FAMILIES,
  contrastRatio,
  sourceColor,
} from '../../src/domain/palette'

describe('palette', () => {
  it('has a colour for every declared family and direction', () => {
    expect(Object.keys(SOURCE_COLORS)).toEqual([...SOURCE_FAMILIES])
    expect(Object.keys(DIRECTION_COLORS)).toEqual([...DIRECTIONS])
  })

  it.each([...Object.entries(SOURCE_COLORS), ...Object.entries(DIRECTION_COLORS)])(
    '%s reaches 3:1 against light and dark backgrounds',
    (_key, c) => {
      expect(contrastRatio(c.light, BACKGROUNDS.light)).toBeGreaterThanOrEqual(3)
      expect(contrastRatio(c.dark, BACKGROUNDS.dark)).toBeGreaterThanOrEqual(3)
    },
  )

  it('gives distinct light colours to every family', () => {
    const lights = Object.values(SOURCE_COLORS).map((c) => c.light.toLowerCase())
    expect(new Set(lights).size).toBe(lights.length)
  })

  it('falls back to other for unknown families', () => {
    expect(sourceColor('nope')).toBe(SOURCE_COLORS.other)
    expect(sourceColor('genron')).toBe(SOURCE_COLORS.genron)
  })

  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5)
  })
})
