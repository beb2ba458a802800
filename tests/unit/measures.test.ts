import { describe, expect, it } from 'vitest'
import { deriveCadence, deriveMeasureGroup, deriveTopic } from '../../src/domain/measures'

describe('measure vocabulary (for servers that send no measureGroup or topic)', () => {
  it.each([
    ['good_impression', 'percent', 'favourable'],
    ['like_country', 'percent', 'favourable'],
    ['feel_affinity', 'percent', 'favourable'],
    ['favorable', 'percent', 'favourable'],
    ['feel_affection_for_people', 'percent', 'favourable'],
    ['thermometer_mean', 'thermometer', 'favourable'],
    ['mean_score', 'thermometer', 'favourable'],
    ['bad_impression', 'percent', 'unfavourable'],
    ['dislike_country', 'percent', 'unfavourable'],
    ['unfavorable', 'percent', 'unfavourable'],
    ['no_affinity', 'percent', 'unfavourable'],
    ['negative_impression', 'percent', 'unfavourable'],
    ['relations_good', 'percent', 'relations'],
    ['relations_bad', 'percent', 'other'],
    ['trust', 'percent', 'trust'],
    ['distrust', 'percent', 'other'],
    ['share_naming_japan_most_liked_neighbour', 'percent', 'favourable'],
    ['importance_of_ties', 'percent', 'other'],
  ] as const)('%s (%s) is %s', (measure, unit, group) => {
    const topic = deriveTopic(measure, unit)
    expect(topic).toBe('opinion')
    expect(deriveMeasureGroup(measure, unit, topic)).toBe(group)
  })

  it.each([
    ['visitor_arrivals', 'count', 'flow'],
    ['departures_to_japan', 'count', 'flow'],
    ['foreign_entrants', 'count', 'flow'],
    ['visitor_arrivals_jan_to_period_end', 'count', 'cumulative'],
    ['arrivals_year_to_date', 'count', 'cumulative'],
    ['share_of_travelers', 'percent', 'share'],
    ['anything', 'count', 'flow'],
  ] as const)('%s (%s) is tourism, %s', (measure, unit, group) => {
    expect(deriveTopic(measure, unit)).toBe('tourism')
    expect(deriveMeasureGroup(measure, unit, 'tourism')).toBe(group)
  })
})

describe('cadence from published periods', () => {
  it('reads the median distance between waves', () => {
    expect(deriveCadence(['2019-01', '2019-02', '2019-03', '2019-05'])).toBe('monthly')
    expect(deriveCadence(['2023-01', '2023-04', '2023-07', '2023-10'])).toBe('quarterly')
    expect(deriveCadence(['2013', '2014', '2015', '2017', '2018'])).toBe('annual')
    expect(deriveCadence(['2003', '2011', '2015', '2019', '2022'])).toBe('irregular')
  })
  it('calls fewer than three waves irregular and ignores repeated periods', () => {
    expect(deriveCadence([])).toBe('irregular')
    expect(deriveCadence(['2020', '2021'])).toBe('irregular')
    expect(deriveCadence(['2020', '2020', '2021', '2021', '2022'])).toBe('annual')
  })
})
