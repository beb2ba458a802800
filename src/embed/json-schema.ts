/**
 * A small validator for the subset of JSON Schema that `z.toJSONSchema` emits for the API's
 * response schemas. The embed build parses responses with it instead of zod (about 26 KB gzip):
 * scripts/embed-schemas.ts derives the JSON Schemas from src/data/schemas.ts, the one source of
 * the contract, and the embed's Vite config serves them in place of that module with the same
 * `safeParse` the client calls. tests/unit/embed-validator.test.ts proves it rejects whatever
 * zod rejects and returns what zod returns.
 *
 * Where JSON Schema and zod differ, it follows zod: string lengths count UTF-16 code units;
 * patterns are tested as zod tests them (no flags, unanchored); an object without
 * `additionalProperties` drops unknown keys (zod's default object), `false` rejects them
 * (`z.strictObject`). Two formats: `date`, a `YYYY-MM-DD` day that exists (the refinement of
 * `isoDateSchema`, which JSON Schema cannot carry, so the generator marks it), and `uri`, zod's
 * http(s) URL check (trimmed, `scheme://`, parsed by `URL`; tabs and newlines removed from the
 * result as zod does). Anything else it does not know makes `compileSchema` throw: it never
 * passes what it cannot check.
 */

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array' | 'object'

export interface JsonSchema {
  type?: JsonType | JsonType[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean | JsonSchema
  items?: JsonSchema
  enum?: unknown[]
  const?: unknown
  pattern?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  format?: 'date' | 'uri'
  description?: string
}

/** Every keyword the validator implements; any other makes {@link compileSchema} throw. */
export const SUPPORTED_KEYWORDS: readonly string[] = [
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'const',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'anyOf',
  'oneOf',
  'format',
  'description',
]

const FORMATS: readonly string[] = ['date', 'uri']

export interface ValidationIssue {
  path: (string | number)[]
  message: string
}

export type SafeParseResult<T> =
  { success: true; data: T } | { success: false; error: { issues: ValidationIssue[] } }

export interface CompiledSchema<T> {
  safeParse(value: unknown): SafeParseResult<T>
}

type Path = (string | number)[]

/** Throws on a keyword, type or format the validator does not implement. */
function assertSupported(schema: JsonSchema, where: string): void {
  for (const key of Object.keys(schema))
    if (!SUPPORTED_KEYWORDS.includes(key))
      throw new Error(`json-schema: unsupported keyword "${key}" at ${where}`)
  if (schema.format !== undefined && !FORMATS.includes(schema.format))
    throw new Error(`json-schema: unsupported format "${schema.format}" at ${where}`)
  for (const [k, s] of Object.entries(schema.properties ?? {})) assertSupported(s, `${where}.${k}`)
  if (typeof schema.additionalProperties === 'object')
    assertSupported(schema.additionalProperties, `${where}.*`)
  if (schema.items) assertSupported(schema.items, `${where}[]`)
  for (const s of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) assertSupported(s, where)
}

const patterns = new Map<string, RegExp>()
function regex(source: string): RegExp {
  let re = patterns.get(source)
  if (!re) patterns.set(source, (re = new RegExp(source)))
  return re
}

/** The refinement of `isoDateSchema`: the day exists (no 2019-02-30). */
function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

/** zod's `z.url({ protocol: /^https?$/ })`: the checked value as zod returns it, or null. */
function httpUrl(s: string): string | null {
  const trimmed = s.trim()
  if (!/^https?:\/\//i.test(trimmed)) return null
  try {
    if (!/^https?:$/.test(new URL(trimmed).protocol)) return null
  } catch {
    return null
  }
  return trimmed.replace(/[\t\n\r]/g, '')
}

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value)
  return typeof value
}

function hasType(type: JsonType, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string'
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'integer':
      return Number.isInteger(value)
    case 'boolean':
      return typeof value === 'boolean'
    case 'null':
      return value === null
    case 'array':
      return Array.isArray(value)
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value)
    default:
      return false
  }
}

/**
 * Checks `value` against `schema`, pushing what is wrong to `issues`; returns the output value
 * (objects rebuilt with their known keys, URLs as zod returns them).
 */
function check(schema: JsonSchema, value: unknown, path: Path, issues: ValidationIssue[]): unknown {
  const fail = (message: string) => {
    issues.push({ path, message })
    return value
  }

  if (schema.anyOf || schema.oneOf) {
    const branches = schema.anyOf ?? schema.oneOf ?? []
    let matched = 0
    let out: unknown = value
    for (const branch of branches) {
      const branchIssues: ValidationIssue[] = []
      const result = check(branch, value, path, branchIssues)
      if (branchIssues.length === 0) {
        if (matched === 0) out = result
        matched++
        if (schema.anyOf) break
      }
    }
    if (matched === 0) return fail(`no allowed shape matches (received ${typeOf(value)})`)
    if (schema.oneOf && matched > 1) return fail('more than one allowed shape matches')
    value = out
  }

  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type]
    if (!types.some((t) => hasType(t, value)))
      return fail(`expected ${types.join(' or ')}, received ${typeOf(value)}`)
  }
  if (schema.enum && !schema.enum.includes(value))
    return fail(`expected one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`)
  if ('const' in schema && value !== schema.const)
    return fail(`expected ${JSON.stringify(schema.const)}`)

  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength)
      fail(`must have at least ${schema.minLength} characters`)
    if (schema.maxLength !== undefined && value.length > schema.maxLength)
      fail(`must have at most ${schema.maxLength} characters`)
    if (schema.pattern !== undefined && !regex(schema.pattern).test(value))
      fail(`must match ${schema.pattern}`)
    if (schema.format === 'date' && !isRealDate(value)) fail('date does not exist')
    if (schema.format === 'uri') {
      const url = httpUrl(value)
      if (url === null) return fail('must be an http(s) URL')
      return url
    }
    return value
  }

  if (typeof value === 'number') {
    if (schema.minimum !== undefined && !(value >= schema.minimum))
      fail(`must be at least ${schema.minimum}`)
    if (schema.maximum !== undefined && !(value <= schema.maximum))
      fail(`must be at most ${schema.maximum}`)
    if (schema.exclusiveMinimum !== undefined && !(value > schema.exclusiveMinimum))
      fail(`must be greater than ${schema.exclusiveMinimum}`)
    if (schema.exclusiveMaximum !== undefined && !(value < schema.exclusiveMaximum))
      fail(`must be less than ${schema.exclusiveMaximum}`)
    return value
  }

  if (Array.isArray(value)) {
    const items = schema.items
    return items ? value.map((item, i) => check(items, item, [...path, i], issues)) : value
  }

  if (typeof value === 'object' && value !== null) {
    const input = value as Record<string, unknown>
    const properties = schema.properties ?? {}
    const out: Record<string, unknown> = {}
    for (const key of schema.required ?? [])
      if (input[key] === undefined) issues.push({ path: [...path, key], message: 'required' })
    for (const [key, sub] of Object.entries(properties)) {
      const v = input[key]
      if (v !== undefined) out[key] = check(sub, v, [...path, key], issues)
    }
    const extra = schema.additionalProperties
    if (extra !== undefined && extra !== true)
      for (const key of Object.keys(input)) {
        if (Object.hasOwn(properties, key)) continue
        if (extra === false) issues.push({ path: [...path, key], message: 'unknown key' })
        else out[key] = check(extra, input[key], [...path, key], issues)
      }
    else if (extra === true)
      for (const key of Object.keys(input))
        if (!Object.hasOwn(properties, key)) out[key] = input[key]
    return out
  }

  return value
}

/** A schema object with zod's `safeParse` shape, backed by the JSON Schema subset above. */
export function compileSchema<T = unknown>(schema: JsonSchema): CompiledSchema<T> {
  assertSupported(schema, '(root)')
  return {
    safeParse(value) {
      const issues: ValidationIssue[] = []
      const data = check(schema, value, [], issues)
      return issues.length === 0
        ? { success: true, data: data as T }
        : { success: false, error: { issues } }
    },
  }
}
