import { beforeAll, describe, expect, it } from 'vitest'
import {
  DatasetError,
  parseDataset,
  resolveApiRequest,
  type ApiResponse,
  type DatasetIndex,
} from '../../src/data/api-v1'
import {
  eventsResponseSchema,
  leadersResponseSchema,
  observationsResponseSchema,
  problemSchema,
  seriesListResponseSchema,
  type ObservationsResponse,
  type Problem,
} from '../../src/data/schemas'
import { loadFixtureIndex } from './fixture-dataset'

let index: DatasetIndex
beforeAll(async () => {
  index = await loadFixtureIndex()
})

function get(pathAndQuery: string, method = 'GET'): ApiResponse {
  const url = new URL(pathAndQuery, 'http://x')
  return resolveApiRequest(index, method, url.pathname, url.searchParams)
}

function periods(pathAndQuery: string): string[] {
  const res = get(pathAndQuery)
  expect(res.status).toBe(200)
  const body = observationsResponseSchema.parse(res.body) as ObservationsResponse
  return body.observations.map((o) => `${o.period}/${o.ageGroup}`)
}

function problem(pathAndQuery: string, status: number, method = 'GET'): Problem {
  const res = get(pathAndQuery, method)
  expect(res.status).toBe(status)
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
  const body = problemSchema.strict().parse(res.body)
  expect(body.status).toBe(status)
  expect(body.detail).not.toMatch(/\n\s+at |\.ts:\d+/)
  return body
}

describe('resolveApiRequest: successful answers satisfy the schemas', () => {
  it.each([
    ['/v1/series', seriesListResponseSchema],
    ['/v1/events', eventsResponseSchema],
    ['/v1/leaders', leadersResponseSchema],
    ['/v1/series/fixture-opinion-kr/observations', observationsResponseSchema],
  ] as const)('%s', (path, schema) => {
    const res = get(path)
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(schema.safeParse(res.body).success).toBe(true)
  })

  it('keeps the file order: period, then age band', () => {
    expect(periods('/v1/series/fixture-opinion-kr/observations')).toEqual([
      '2015/18-29',
      '2015/60+',
      '2015/all',
      '2016/all',
      '2017/18-29',
      '2017/60+',
      '2017/all',
    ])
  })

  it('answers HEAD like GET (the adapter drops the body)', () => {
    expect(get('/v1/events', 'HEAD')).toEqual(get('/v1/events'))
  })

  it('serves an empty series as an empty list', () => {
    expect(periods('/v1/series/fixture-empty/observations')).toEqual([])
  })
})

describe('observations filters', () => {
  const opinion = '/v1/series/fixture-opinion-kr/observations'
  const monthly = '/v1/series/fixture-visitors-jp-kr/observations'

  it('filters by age group; a well-formed band the series lacks gives an empty list', () => {
    expect(periods(`${opinion}?ageGroup=all`)).toEqual(['2015/all', '2016/all', '2017/all'])
    expect(periods(`${opinion}?ageGroup=60%2B`)).toEqual(['2015/60+', '2017/60+'])
    expect(periods(`${opinion}?ageGroup=30-39`)).toEqual([])
  })

  it('treats YYYY bounds as whole years, inclusive', () => {
    expect(periods(`${monthly}?from=2019&to=2019`)).toEqual(['2019-11/all', '2019-12/all'])
    expect(periods(`${monthly}?from=2020`)).toEqual(['2020-01/all', '2020-02/all'])
    expect(periods(`${monthly}?to=2019`)).toEqual(['2019-11/all', '2019-12/all'])
    expect(periods(`${opinion}?from=2016&to=2016`)).toEqual(['2016/all'])
  })

  it('treats YYYY-MM bounds as single months, inclusive', () => {
    expect(periods(`${monthly}?from=2019-12&to=2020-01`)).toEqual(['2019-12/all', '2020-01/all'])
    expect(periods(`${monthly}?from=2020-02&to=2020-02`)).toEqual(['2020-02/all'])
    expect(periods(`${monthly}?from=2019-12&to=2020`)).toEqual([
      '2019-12/all',
      '2020-01/all',
      '2020-02/all',
    ])
  })

  it('keeps a yearly period that overlaps a month range', () => {
    expect(periods(`${opinion}?ageGroup=all&from=2016-06&to=2016-06`)).toEqual(['2016/all'])
  })

  it('combines all three parameters', () => {
    expect(periods(`${opinion}?ageGroup=18-29&from=2016&to=2017`)).toEqual(['2017/18-29'])
  })
})

describe('400: bad parameters', () => {
  const opinion = '/v1/series/fixture-opinion-kr/observations'

  it.each([
    ['from=2019-13', 'from', '2019-13'],
    ['to=19', 'to', '19'],
    ['from=', 'from', '""'],
    ['to=2019-1', 'to', '2019-1'],
    ['from=2019-00', 'from', '2019-00'],
  ])('%s names the parameter and the value', (query, name, value) => {
    const { detail } = problem(`${opinion}?${query}`, 400)
    expect(detail).toContain(`"${name}"`)
    expect(detail).toContain(value)
  })

  it('rejects from after to', () => {
    expect(problem(`${opinion}?from=2018&to=2017`, 400).detail).toMatch(/"from".*after.*"to"/)
    problem(`${opinion}?from=2020-02&to=2020-01`, 400)
    problem(`${opinion}?from=2020&to=2019-12`, 400)
  })

  it('rejects unknown and repeated parameters, on every endpoint', () => {
    expect(problem(`${opinion}?age=all`, 400).detail).toContain('"age"')
    expect(problem(`${opinion}?from=2015&from=2016`, 400).detail).toContain('more than once')
    expect(problem('/v1/series?lang=en', 400).detail).toContain('"lang"')
    problem('/v1/events?x=1', 400)
    problem('/v1/leaders?x=1', 400)
    problem('/v1/openapi.json?x=1', 400)
  })

  it('rejects empty, overlong and control-character age groups', () => {
    problem(`${opinion}?ageGroup=`, 400)
    problem(`${opinion}?ageGroup=${'a'.repeat(41)}`, 400)
    problem(`${opinion}?ageGroup=a%0Ab`, 400)
  })

  it('escapes and truncates echoed values', () => {
    const hostile = `<script>alert("x")</script>${'y'.repeat(100)}`
    const { detail } = problem(`${opinion}?from=${encodeURIComponent(hostile)}`, 400)
    expect(detail).not.toMatch(/[<>]/)
    expect(detail).toContain('\\u003cscript\\u003e')
    expect(detail).toContain('…')
    expect(detail.length).toBeLessThan(160)
    const key = problem(`${opinion}?${encodeURIComponent('<b>')}=1`, 400).detail
    expect(key).not.toMatch(/[<>]/)
  })
})

describe('404 and 405', () => {
  it('404s an unknown series, naming it', () => {
    expect(problem('/v1/series/no-such-series/observations', 404).detail).toContain(
      '"no-such-series"',
    )
    problem('/v1/series/%E0%A4%A/observations', 404)
    problem('/v1/series/FIXTURE-OPINION-KR/observations', 404)
  })

  it.each([
    '',
    '/',
    '/v1',
    '/v1/',
    '/v1/series/',
    '/v2/series',
    '/v1/series/fixture-opinion-kr',
    '/v1/series/fixture-opinion-kr/observations/',
    '/v1/series/a/b/observations',
    '/v1/openapi.yaml',
  ])('404s the unknown path %j', (path) => {
    const res = resolveApiRequest(index, 'GET', path, new URLSearchParams())
    expect(res.status).toBe(404)
    expect(problemSchema.safeParse(res.body).success).toBe(true)
  })

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('405s %s with Allow', (method) => {
    const res = get('/v1/series', method)
    expect(res.status).toBe(405)
    expect(res.headers.allow).toBe('GET, HEAD')
    problem('/v1/nope', 405, method)
  })
})

describe('parseDataset', () => {
  const series = (ids: string[]) => ({
    series: ids.map((id) => ({
      id,
      title: 't',
      sourceOrg: 'o',
      survey: 's',
      question: null,
      respondents: 'KR',
      target: 'JP',
      measure: 'm',
      unit: 'percent',
      granularity: 'year',
      ageGroups: ['all'],
      breaks: [],
      sources: [],
      topic: 'opinion',
      method: null,
      notes: [],
      coverage: { from: '2015', to: '2015', observations: 0 },
      family: 'o',
      label: 'o',
      sourceLabel: 'o',
      i18n: {},
      cadence: 'annual',
      measureGroup: 'other',
      officialUrl: null,
      gaps: [],
      primary: true,
    })),
  })

  it('refuses to serve a series without its extensions (the server is strict)', () => {
    const {
      series: [full],
    } = series(['a'])
    const { family: _f, ...withoutFamily } = full!
    expect(() => parseDataset({ series: { series: [withoutFamily] }, observations: {} })).toThrow(
      /series\.json[\s\S]*family/,
    )
  })

  it('accepts a minimal dataset; optional files default to empty lists', () => {
    const d = parseDataset({ series: series(['a']), observations: {} })
    expect(d).toEqual({
      series: expect.any(Array),
      observations: { a: [] },
      events: [],
      leaders: [],
      dataAsOf: null,
    })
  })

  it.each([
    ['duplicate ids', { series: series(['a', 'a']), observations: {} }, /duplicate/],
    [
      'observations of an unknown series',
      {
        series: series(['a']),
        observations: { 'observations/b.json': { seriesId: 'b', observations: [] } },
      },
      /observations\/b\.json.*not in series\.json/,
    ],
    [
      'a schema violation, naming the file',
      {
        series: series(['a']),
        observations: {
          'observations/a.json': { seriesId: 'a', observations: [{ period: '2015', value: '1' }] },
        },
      },
      /observations\/a\.json/,
    ],
    ['a missing series.json', { series: undefined, observations: {} }, /series\.json/],
  ])('rejects %s', (_name, files, message) => {
    expect(() => parseDataset(files)).toThrow(DatasetError)
    expect(() => parseDataset(files)).toThrow(message)
  })
})
