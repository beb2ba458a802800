/**
 * The embed parses API responses with JSON Schemas generated from the zod schemas
 * (scripts/embed-schemas.ts, src/embed/json-schema.ts) instead of zod itself. Here both run over
 * every file in data/processed, over every leaf of a row of each response replaced by
 * contract-breaking values, and over fast-check mutations of whole files (fixed seed). The
 * validator must reject whatever zod rejects, and where both accept return what zod returns.
 * Where it rejects something zod accepts, the case is counted: there are none.
 */
import { readFileSync, readdirSync } from 'node:fs'
import fc from 'fast-check'
import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import {
  EMBED_SCHEMA_NAMES,
  embedJsonSchemas,
  embedSchemasModule,
  toEmbedJsonSchema,
  type EmbedSchemaName,
} from '../../scripts/embed-schemas'
import * as schemas from '../../src/data/schemas'
import { compileSchema, type CompiledSchema } from '../../src/embed/json-schema'

const SEED = 20260514
const DIR = 'data/processed'

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }
type Path = (string | number)[]

const VALIDATORS = Object.fromEntries(
  Object.entries(embedJsonSchemas()).map(([name, json]) => [name, compileSchema(json)]),
) as Record<EmbedSchemaName, CompiledSchema<unknown>>

interface Fixture {
  name: string
  schema: EmbedSchemaName
  body: Json
}

const read = (file: string) => JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as Json
const FIXTURES: Fixture[] = [
  { name: 'series.json', schema: 'seriesListResponseSchema', body: read('series.json') },
  { name: 'events.json', schema: 'eventsResponseSchema', body: read('events.json') },
  { name: 'leaders.json', schema: 'leadersResponseSchema', body: read('leaders.json') },
  ...readdirSync(`${DIR}/observations`)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      name: `observations/${f}`,
      schema: 'observationsResponseSchema' as const,
      body: read(`observations/${f}`),
    })),
]

/** Tallies of one comparison run. */
interface Tally {
  cases: number
  bothAccept: number
  bothReject: number
  /** zod accepts, the validator rejects: allowed (stricter), reported, expected 0. */
  stricter: string[]
}
const newTally = (): Tally => ({ cases: 0, bothAccept: 0, bothReject: 0, stricter: [] })

/** Runs zod and the validator on `value`; fails the test if the validator is looser or differs. */
function compare(name: EmbedSchemaName, value: unknown, label: string, tally: Tally): void {
  const zod = schemas[name].safeParse(value)
  const ours = VALIDATORS[name].safeParse(value)
  tally.cases++
  if (!zod.success) {
    if (ours.success) throw new Error(`${label}: zod rejects, the validator accepts`)
    expect(ours.error.issues.length).toBeGreaterThan(0)
    tally.bothReject++
  } else if (!ours.success) {
    tally.stricter.push(`${label}: ${JSON.stringify(ours.error.issues.slice(0, 2))}`)
  } else {
    expect(ours.data, label).toEqual(zod.data)
    tally.bothAccept++
  }
}

function get(v: Json, p: Path): Json {
  let cur: Json = v
  for (const k of p) cur = (cur as Record<string | number, Json>)[k]!
  return cur
}

const DROP = Symbol('drop')
/** A copy of `root` with the node at `p` replaced, or removed for DROP. */
function setAt(root: Json, p: Path, value: unknown): unknown {
  if (p.length === 0) return value === DROP ? undefined : value
  const copy = structuredClone(root)
  const parent = get(copy, p.slice(0, -1)) as Record<string | number, unknown>
  const key = p[p.length - 1]!
  if (value === DROP) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1)
    else delete parent[key]
  } else parent[key] = value
  return copy
}

/** Every path in a JSON tree (the root is []). */
function paths(v: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at)
  if (Array.isArray(v)) v.forEach((c, i) => paths(c, [...at, i], out))
  else if (v && typeof v === 'object') for (const k of Object.keys(v)) paths(v[k]!, [...at, k], out)
  return out
}

/** Values that break (or test the edges of) the contract's fields. */
const EDGE_VALUES: unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -0,
  1,
  -1,
  1.5,
  2 ** 53,
  -(2 ** 53),
  1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  '',
  ' ',
  'x',
  '12',
  'NaN',
  // periods, dates
  '2019',
  '2019-01',
  '2019-12',
  '2019-13',
  '2019-00',
  '2019-1',
  '19',
  '2019-01-01',
  '2019-02-29',
  '2020-02-29',
  '2019-02-30',
  '2019-13-01',
  '2019-1-1',
  '0000-01-01',
  ' 2019-01-01',
  // URLs
  'https://example.org/a?b=1#c',
  'http://example.org',
  'HTTPS://EXAMPLE.ORG/',
  ' https://example.org/ ',
  'https://exa\nmple.org/\tx',
  'ftp://example.org',
  'http:example.org',
  'https:/example.org',
  'javascript:alert(1)',
  'https://',
  'https://exa mple.org',
  'https://[::1',
  'not a url',
  '//example.org',
  // enums, ids
  'KR',
  'JP',
  'kr',
  'XX',
  'percent',
  'count',
  'month',
  'mode',
  'high',
  'opinion',
  'tourism',
  'Bad_ID',
  'good-id',
  '-bad',
  'a'.repeat(41),
  // containers
  {},
  [],
  [null],
  { extra: 1 },
  ['x'],
]

describe('embed validator (JSON Schema from zod) against zod', () => {
  it('covers every schema the API client uses, and the generated module exports them', () => {
    const code = embedSchemasModule('/validator.ts')
    for (const name of EMBED_SCHEMA_NAMES)
      expect(code).toContain(`export const ${name} = /* @__PURE__ */ compileSchema(`)
    // nothing but the validator is imported: no zod in the embed
    expect(code.split('\n').filter((l) => l.startsWith('import'))).toEqual([
      'import { compileSchema } from "/validator.ts"',
    ])
  })

  it('accepts every file in data/processed as zod does, with the same data', () => {
    const tally = newTally()
    for (const f of FIXTURES) compare(f.schema, f.body, f.name, tally)
    expect(tally.cases).toBeGreaterThan(60)
    expect(tally.bothAccept).toBe(tally.cases)
  })

  it('rejects what zod rejects, leaf by leaf, on a row of each response', () => {
    const rows: Fixture[] = [
      ...FIXTURES.filter((f) => f.schema !== 'observationsResponseSchema'),
      // a survey series with sample sizes and a tourism series
      ...FIXTURES.filter((f) => f.schema === 'observationsResponseSchema').filter(
        (f, i) => i === 0 || f.name.includes('jnto'),
      ),
    ].map((f) => {
      // the first row of every list keeps each case small
      const body = structuredClone(f.body) as Record<string, Json>
      for (const [k, v] of Object.entries(body)) if (Array.isArray(v)) body[k] = v.slice(0, 1)
      return { ...f, body }
    })
    rows.push({
      name: 'problem',
      schema: 'problemSchema',
      body: { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No such series' },
    })
    const tally = newTally()
    for (const row of rows)
      for (const p of paths(row.body)) {
        compare(row.schema, setAt(row.body, p, DROP), `${row.name} drop ${p.join('.')}`, tally)
        for (const value of EDGE_VALUES)
          compare(
            row.schema,
            setAt(row.body, p, value),
            `${row.name} ${p.join('.')} = ${String(value)}`,
            tally,
          )
        const node = get(row.body, p)
        if (node && typeof node === 'object' && !Array.isArray(node))
          compare(
            row.schema,
            setAt(row.body, p, { ...node, extraField: 'x' }),
            `${row.name} ${p.join('.')} + extraField`,
            tally,
          )
      }
    console.info(
      `embed validator, leaf substitutions: ${tally.cases} cases, zod and validator both reject ${tally.bothReject}, both accept ${tally.bothAccept}, validator stricter ${tally.stricter.length}`,
    )
    expect(tally.bothReject).toBeGreaterThan(1000)
    expect(tally.bothAccept).toBeGreaterThan(100)
    expect(tally.stricter).toEqual([])
  })

  it('rejects what zod rejects over fast-check mutations of the processed files', () => {
    const PATHS = new Map(FIXTURES.map((f) => [f.name, paths(f.body)]))
    const garbage: fc.Arbitrary<unknown> = fc.oneof(
      fc.constantFrom(...EDGE_VALUES),
      fc.string({ maxLength: 12 }),
      fc.double(),
      fc.integer(),
      fc.jsonValue({ maxDepth: 2 }),
    )
    const tally = newTally()
    fc.assert(
      fc.property(
        fc.nat(FIXTURES.length - 1),
        fc.nat(),
        fc.constantFrom('drop', 'replace', 'wrap', 'extra-key', 'duplicate'),
        garbage,
        (fi, pi, op, value) => {
          const f = FIXTURES[fi]!
          const list = PATHS.get(f.name)!
          const p = list[pi % list.length]!
          const node = get(f.body, p)
          let mutated: unknown
          if (op === 'drop') mutated = setAt(f.body, p, DROP)
          else if (op === 'replace') mutated = setAt(f.body, p, value)
          else if (op === 'wrap') mutated = setAt(f.body, p, [node])
          else if (op === 'extra-key' && node && typeof node === 'object' && !Array.isArray(node))
            mutated = setAt(f.body, p, { ...node, extraField: value })
          else mutated = setAt(f.body, p, Array.isArray(node) ? [...node, ...node] : [node, node])
          compare(f.schema, mutated, `${f.name} ${op} ${p.join('.')} ${String(value)}`, tally)
        },
      ),
      { seed: SEED, numRuns: 600 },
    )
    console.info(
      `embed validator, fast-check: ${tally.cases} mutations, both reject ${tally.bothReject}, both accept ${tally.bothAccept}, validator stricter ${tally.stricter.length}`,
    )
    expect(tally.bothReject).toBeGreaterThan(200)
    expect(tally.stricter).toEqual([])
  })

  it('reports the path and a message of each problem, as the client summarises them', () => {
    const result = VALIDATORS.observationsResponseSchema.safeParse({
      seriesId: 'kto-jp-visitors',
      observations: [{ period: '2019-13', value: 'many' }],
    })
    expect(result.success).toBe(false)
    if (result.success) return
    const paths = result.error.issues.map((i) => i.path.join('.'))
    expect(paths).toContain('observations.0.period')
    expect(paths).toContain('observations.0.value')
    expect(paths).toContain('observations.0.sourceUrl')
    for (const issue of result.error.issues) expect(issue.message).toMatch(/\S/)
  })
})

describe('the generator fails closed', () => {
  it.each([
    ['a refinement', z.object({ a: z.string().refine((s) => s !== 'x') })],
    ['a transform', z.object({ a: z.string().transform((s) => s.length) })],
    ['another string format', z.object({ a: z.email() })],
    ['a regex with flags', z.object({ a: z.string().regex(/^a$/i) })],
    ['a URL of any scheme', z.object({ a: z.url() })],
    ['a trim', z.object({ a: z.string().trim() })],
    ['a default', z.object({ a: z.string().default('x') })],
    ['a multipleOf', z.object({ a: z.number().multipleOf(2) })],
  ])('throws on %s', (_, schema) => {
    expect(() => toEmbedJsonSchema(schema)).toThrow()
  })

  it('throws on a JSON Schema keyword the validator does not implement', () => {
    expect(() => compileSchema({ type: 'string', contentEncoding: 'base64' } as never)).toThrow()
    expect(() => compileSchema({ type: 'string', format: 'email' } as never)).toThrow()
  })
})
