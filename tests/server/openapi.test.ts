import { describe, expect, it } from 'vitest'
import { buildOpenApiDocument } from '../../src/data/api-v1'
import {
  observationSchema,
  problemSchema,
  seriesMetaSchema,
  eventSchema,
  leaderTermSchema,
} from '../../src/data/schemas'

type Json = Record<string, unknown>
const doc = buildOpenApiDocument() as unknown as Json
const at = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Json)[k] : undefined), value)

function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, out))
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v)
      else refs(v, out)
    }
  return out
}

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 with info and servers', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/)
    expect(at(doc, 'info', 'title')).toBeTypeOf('string')
    expect(at(doc, 'info', 'version')).toBeTypeOf('string')
    expect(at(doc, 'servers', '0', 'url')).toBe('/api')
  })

  it('has a GET for every endpoint', () => {
    const paths = at(doc, 'paths') as Json
    expect(Object.keys(paths).sort()).toEqual([
      '/v1/events',
      '/v1/leaders',
      '/v1/openapi.json',
      '/v1/series',
      '/v1/series/{id}/observations',
    ])
    for (const item of Object.values(paths))
      expect(at(item, 'get', 'operationId')).toBeTypeOf('string')
  })

  it('documents the observations parameters and problem responses', () => {
    const op = at(doc, 'paths', '/v1/series/{id}/observations', 'get')
    const names = (at(op, 'parameters') as { name: string; in: string }[]).map(
      (p) => `${p.in}:${p.name}`,
    )
    expect(names).toEqual(['query:ageGroup', 'query:from', 'query:to'])
    expect(at(doc, 'paths', '/v1/series/{id}/observations', 'parameters', '0', 'name')).toBe('id')
    for (const status of ['400', '404', '405', '500'])
      expect(
        at(op, 'responses', status, 'content', 'application/problem+json', 'schema', '$ref'),
      ).toBe('#/components/schemas/Problem')
    expect(at(op, 'responses', '200', 'content', 'application/json', 'schema', '$ref')).toBe(
      '#/components/schemas/ObservationsResponse',
    )
  })

  it('generates components from the zod schemas, with every field', () => {
    const schemas = at(doc, 'components', 'schemas') as Json
    const cases = [
      ['SeriesMeta', seriesMetaSchema],
      ['Observation', observationSchema],
      ['Event', eventSchema],
      ['LeaderTerm', leaderTermSchema],
      ['Problem', problemSchema],
    ] as const
    for (const [id, schema] of cases) {
      const props = Object.keys(at(schemas, id, 'properties') as Json).sort()
      expect(props, id).toEqual(Object.keys(schema.shape).sort())
      expect(at(schemas, id, 'required'), id).toEqual(expect.arrayContaining(props.slice(0, 1)))
      expect(at(schemas, id, '$schema'), id).toBeUndefined()
    }
    expect(at(schemas, 'Observation', 'properties', 'confidence', 'enum')).toEqual([
      'high',
      'medium',
      'low',
    ])
    expect(at(schemas, 'Period', 'pattern')).toBeTypeOf('string')
  })

  it('resolves every $ref inside the document', () => {
    const schemas = at(doc, 'components', 'schemas') as Json
    const all = refs(doc)
    expect(all.length).toBeGreaterThan(10)
    for (const ref of all) {
      expect(ref).toMatch(/^#\/components\/schemas\//)
      expect(schemas[ref.split('/').pop() ?? ''], ref).toBeDefined()
    }
  })

  it('is plain JSON and built once', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc)
    expect(buildOpenApiDocument()).toBe(buildOpenApiDocument())
  })
})
