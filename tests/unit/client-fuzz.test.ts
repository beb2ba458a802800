/**
 * Property-based hardening of the API client (src/data/client.ts): real bodies from
 * data/processed, mutated (fields dropped, types changed, NaN/Infinity/strings for numbers,
 * huge arrays, nested garbage, truncated or non-JSON text), go through `fetchJson`. Each either
 * parses to data that satisfies the schema, with every number finite, or rejects with an
 * ApiError of kind `schema` or `parse`: never another exception. Fixed seed.
 */
import { readFileSync, readdirSync } from 'node:fs'
import fc from 'fast-check'
import type { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { ApiError, fetchJson } from '../../src/data/client'
import {
  eventsResponseSchema,
  leadersResponseSchema,
  observationsResponseSchema,
  seriesListResponseSchema,
} from '../../src/data/schemas'

const SEED = 20260707
const DIR = 'data/processed'

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

interface Fixture {
  name: string
  body: Json
  schema: z.ZodType
}

const read = (file: string) => JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as Json
const observationFiles = readdirSync(`${DIR}/observations`)
  .filter((f) => f.endsWith('.json'))
  .sort()
const FIXTURES: Fixture[] = [
  { name: 'series', body: read('series.json'), schema: seriesListResponseSchema },
  { name: 'events', body: read('events.json'), schema: eventsResponseSchema },
  { name: 'leaders', body: read('leaders.json'), schema: leadersResponseSchema },
  // every 8th observations file: small and large, survey and tourism series
  ...observationFiles
    .filter((_, i) => i % 8 === 0)
    .map((f) => ({
      name: `observations/${f}`,
      body: read(`observations/${f}`),
      schema: observationsResponseSchema,
    })),
]

type Path = (string | number)[]

/** Every path in a JSON tree (the root is []), in a stable order. */
function paths(v: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at)
  if (Array.isArray(v)) v.forEach((c, i) => paths(c, [...at, i], out))
  else if (v && typeof v === 'object') for (const k of Object.keys(v)) paths(v[k]!, [...at, k], out)
  return out
}
const PATHS = new Map(FIXTURES.map((f) => [f.name, paths(f.body)]))
/** Paths ending in a number-valued field (value, sampleSize, status counts …). */
const NUMBER_PATHS = new Map(
  FIXTURES.map((f) => [
    f.name,
    PATHS.get(f.name)!.filter((p) => typeof get(f.body, p) === 'number'),
  ]),
)

function get(v: Json, p: Path): Json {
  let cur: Json = v
  for (const k of p) cur = (cur as Record<string | number, Json>)[k]!
  return cur
}

/** Returns a copy of `root` with the node at `p` replaced (or removed when `value` is DROP). */
const DROP = Symbol('drop')
function setAt(root: Json, p: Path, value: Json | typeof DROP): Json {
  if (p.length === 0) return value === DROP ? null : value
  const copy = structuredClone(root)
  const parent = get(copy, p.slice(0, -1)) as Record<string | number, Json> | Json[]
  const key = p[p.length - 1]!
  if (value === DROP) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1)
    else delete (parent as Record<string, Json>)[key]
  } else (parent as Record<string | number, Json>)[key] = value
  return copy
}

/** A placeholder string replaced in the JSON text by a raw token (1e999, NaN …). */
const RAW = '\u0000RAW\u0000'
const RAW_TOKENS = ['1e999', '-1e999', 'NaN', 'Infinity', '-0', '1e-400', '0x10', '01', '.5', '1.']

const deepGarbage = fc.integer({ min: 1, max: 3000 }).map((depth) => {
  let v: Json = 'bottom'
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { v }
  return v
})

const garbage: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    false,
    0,
    -1,
    1e308,
    -1e308,
    '',
    'NaN',
    'Infinity',
    '12',
    '1e3',
  ),
  fc.constantFrom<Json>({}, [], [null], { value: 'x' }, { __proto__: 1 } as unknown as Json),
  fc.string({ maxLength: 30 }),
  fc.double().map((d) => d as Json), // NaN/±Infinity become null in JSON text
  fc.integer().map((n) => n as Json),
  fc.jsonValue({ maxDepth: 3 }).map((v) => v as Json),
  deepGarbage,
)

interface Mutant {
  fixture: Fixture
  text: string
  contentType: string
  label: string
}

/** A structural mutation of the body at a random path. */
const structural: fc.Arbitrary<Mutant> = fc
  .tuple(
    fc.nat(FIXTURES.length - 1),
    fc.nat(),
    fc.constantFrom('drop', 'replace', 'raw-number', 'wrap', 'duplicate'),
    garbage,
    fc.constantFrom(...RAW_TOKENS),
  )
  .map(([fi, pi, op, g, raw]) => {
    const fixture = FIXTURES[fi]!
    const all = op === 'raw-number' ? NUMBER_PATHS.get(fixture.name)! : PATHS.get(fixture.name)!
    const list = all.length > 0 ? all : PATHS.get(fixture.name)!
    const p = list[pi % list.length]!
    let body: Json
    switch (op) {
      case 'drop':
        body = setAt(fixture.body, p, DROP)
        break
      case 'replace':
        body = setAt(fixture.body, p, g)
        break
      case 'raw-number':
        body = setAt(fixture.body, p, RAW)
        break
      case 'wrap':
        body = setAt(fixture.body, p, [get(fixture.body, p)])
        break
      default: {
        // an array grown by repeating its own items (or the node put into a 2-item array)
        const node = get(fixture.body, p)
        body = setAt(
          fixture.body,
          p,
          Array.isArray(node) ? [...node, ...node, ...node] : [node, node],
        )
      }
    }
    const text = JSON.stringify(body).split(JSON.stringify(RAW)).join(raw)
    return { fixture, text, contentType: 'application/json', label: `${op} ${p.join('.')}` }
  })

/** A text-level mutation: truncation, splices, wrong content. */
const textual: fc.Arbitrary<Mutant> = fc
  .tuple(
    fc.nat(FIXTURES.length - 1),
    fc.nat(),
    fc.constantFrom('truncate', 'splice', 'bom', 'replace-all', 'wrong-type'),
    fc.string({ maxLength: 6 }),
    fc.constantFrom(
      '',
      'null',
      '[]',
      '"string"',
      '0',
      '<!doctype html><title>502</title>',
      '{"series":',
      '\u0000',
      '{"observations":[{"value":NaN}]}',
    ),
  )
  .map(([fi, pos, op, insert, whole]) => {
    const fixture = FIXTURES[fi]!
    const json = JSON.stringify(fixture.body)
    const at = pos % Math.max(1, json.length)
    const text =
      op === 'truncate'
        ? json.slice(0, at)
        : op === 'splice'
          ? json.slice(0, at) + insert + json.slice(at + 1)
          : op === 'bom'
            ? `\uFEFF${json}`
            : op === 'replace-all'
              ? whole
              : json
    const contentType = op === 'wrong-type' ? 'text/html; charset=utf-8' : 'application/json'
    return { fixture, text, contentType, label: `${op} @${at}` }
  })

/** Every number anywhere in `v` is finite. */
function allFinite(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v)
  if (Array.isArray(v)) return v.every(allFinite)
  if (v && typeof v === 'object') return Object.values(v).every(allFinite)
  return true
}

async function outcome(m: Mutant): Promise<'ok' | 'schema' | 'parse'> {
  try {
    const data: unknown = await fetchJson('http://localhost/api/v1/fuzz', m.fixture.schema, {
      fetchImpl: async () =>
        new Response(m.text, { status: 200, headers: { 'content-type': m.contentType } }),
    })
    expect(m.fixture.schema.safeParse(data).success, m.label).toBe(true)
    expect(allFinite(data), m.label).toBe(true)
    return 'ok'
  } catch (error) {
    if (!(error instanceof ApiError)) throw error // never another exception
    expect(['schema', 'parse'], `${m.label}: ${error.kind}`).toContain(error.kind)
    expect(error.status).toBe(200)
    return error.kind as 'schema' | 'parse'
  }
}

describe('API client fuzz', () => {
  it('the unmutated fixtures parse', async () => {
    for (const fixture of FIXTURES) {
      const text = JSON.stringify(fixture.body)
      expect(
        await outcome({ fixture, text, contentType: 'application/json', label: 'as is' }),
      ).toBe('ok')
    }
  })

  it('structurally mutated bodies parse to valid data or reject as schema/parse', async () => {
    const seen = new Set<string>()
    await fc.assert(
      fc.asyncProperty(structural, async (m) => {
        seen.add(await outcome(m))
      }),
      { seed: SEED, numRuns: 300 },
    )
    // the generator reaches both sides
    expect(seen.has('schema')).toBe(true)
    expect(seen.has('ok')).toBe(true)
  }, 30_000)

  it('text-mutated bodies parse to valid data or reject as schema/parse', async () => {
    const seen = new Set<string>()
    await fc.assert(
      fc.asyncProperty(textual, async (m) => {
        seen.add(await outcome(m))
      }),
      { seed: SEED, numRuns: 300 },
    )
    expect(seen.has('parse')).toBe(true)
  }, 30_000)

  it('a non-finite value never reaches the caller (1e999, -1e999, NaN as text or string)', async () => {
    const fixture = FIXTURES.find((f) => f.name.startsWith('observations/'))!
    const json = JSON.stringify(fixture.body)
    for (const token of [
      '1e999',
      '-1e999',
      'NaN',
      'Infinity',
      '"NaN"',
      '"Infinity"',
      '"12"',
      'null',
    ]) {
      const text = json.replace(/"value":[^,}]+/, `"value":${token}`)
      expect(
        await outcome({ fixture, text, contentType: 'application/json', label: token }),
      ).not.toBe('ok')
    }
  })

  it('huge arrays are parsed or rejected, not crashed on', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 10_000, max: 30_000 }),
        fc.boolean(),
        async (n, poison) => {
          const fixture = FIXTURES.find((f) => f.name.startsWith('observations/'))!
          const body = fixture.body as { seriesId: string; observations: Json[] }
          const rows: Json[] = Array.from(
            { length: n },
            (_, i) => body.observations[i % body.observations.length] ?? null,
          )
          if (poison) rows[n - 1] = { ...(rows[n - 1] as object), value: '1' } as Json
          const text = JSON.stringify({ seriesId: body.seriesId, observations: rows })
          const r = await outcome({
            fixture,
            text,
            contentType: 'application/json',
            label: `n=${n}`,
          })
          expect(r).toBe(poison ? 'schema' : 'ok')
        },
      ),
      { seed: SEED, numRuns: 3 },
    )
  }, 60_000)
})
