/**
 * The embed's response validation, derived at build time from the zod schemas in
 * src/data/schemas.ts (the single contract, ARCHITECTURE.md principle 7). zod's classic API is
 * about 26 KB gzip, most of the embed's 60 KB budget, so the embed build (scripts/vite.embed.config.ts)
 * resolves `src/data/schemas.ts` to a generated module instead: the same export names, each a
 * JSON Schema from `z.toJSONSchema` behind `safeParse` (src/embed/json-schema.ts). The client
 * code is unchanged; TypeScript types still come from zod.
 *
 * Fail closed: anything the JSON Schema subset cannot say (a refinement, a transform, a regex
 * flag, another string format) throws here, so the build stops rather than checking less. The
 * one refinement, `isoDateSchema`'s "the day exists", is carried as `format: "date"`.
 * tests/unit/embed-validator.test.ts runs both over the processed data and mutations of it.
 */
import { z } from 'zod'
import * as schemas from '../src/data/schemas'
import { compileSchema, type JsonSchema } from '../src/embed/json-schema'

/** The schemas the API client uses at run time (src/data/client.ts, src/data/queries.ts). */
export const EMBED_SCHEMA_NAMES = [
  'seriesListResponseSchema',
  'observationsResponseSchema',
  'eventsResponseSchema',
  'leadersResponseSchema',
  'problemSchema',
] as const

export type EmbedSchemaName = (typeof EMBED_SCHEMA_NAMES)[number]

/** Plain data exports of src/data/schemas.ts the client uses, copied into the module as JSON. */
export const EMBED_CONSTANT_NAMES = ['SERIES_EXTENSION_KEYS', 'OBSERVATION_EXTENSION_KEYS'] as const

/** zod schemas whose refinement is "a calendar date that exists" (JSON Schema `format: date`). */
const DATE_SCHEMAS = new Set<unknown>([schemas.isoDateSchema])

const CHECKS = new Set([
  'min_length',
  'max_length',
  'length_equals',
  'greater_than',
  'less_than',
  'number_format',
  'string_format',
])

interface ZodDefLike {
  type: string
  check?: string
  format?: string
  pattern?: RegExp
  protocol?: RegExp
  hostname?: RegExp
  normalize?: boolean
  checks?: { _zod: { def: ZodDefLike } }[]
  shape?: Record<string, ZodLike>
  catchall?: ZodLike
  element?: ZodLike
  innerType?: ZodLike
  options?: ZodLike[]
}
interface ZodLike {
  _zod: { def: ZodDefLike }
}

/** Throws unless every part of `schema` is something the JSON Schema subset checks in full. */
function assertRepresentable(schema: ZodLike, where: string): void {
  const def = schema._zod.def
  const bad = (what: string) => {
    throw new Error(`embed-schemas: ${where}: ${what} cannot be checked without zod`)
  }
  const checkDefs = [...(def.checks ?? []).map((c) => c._zod.def)]
  if (def.check) checkDefs.push(def) // a string format schema (z.url()) is its own check
  for (const c of checkDefs) {
    if (c.check === 'custom' && DATE_SCHEMAS.has(schema)) continue
    if (!c.check || !CHECKS.has(c.check)) bad(`check "${c.check}"`)
    if (c.check === 'number_format' && c.format !== 'safeint') bad(`number format "${c.format}"`)
    if (c.check === 'string_format') {
      if (c.format === 'regex') {
        if (!c.pattern || c.pattern.flags !== '') bad('a regex with flags')
      } else if (c.format === 'url') {
        if (c.normalize || c.hostname || c.protocol?.source !== '^https?$')
          bad('a URL other than z.url({ protocol: /^https?$/ })')
      } else bad(`string format "${c.format}"`)
    }
  }
  switch (def.type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'null':
    case 'enum':
    case 'literal':
      return
    case 'object':
      for (const [k, s] of Object.entries(def.shape ?? {})) assertRepresentable(s, `${where}.${k}`)
      if (def.catchall) assertRepresentable(def.catchall, `${where}.*`)
      return
    case 'array':
      if (def.element) assertRepresentable(def.element, `${where}[]`)
      return
    case 'nullable':
    case 'optional':
      if (def.innerType) assertRepresentable(def.innerType, where)
      return
    case 'union':
      for (const s of def.options ?? []) assertRepresentable(s, where)
      return
    default:
      bad(`a ${def.type} schema`)
  }
}

/** The JSON Schema of one zod schema, in its input form (unknown keys allowed, as zod strips them). */
export function toEmbedJsonSchema(schema: z.ZodType, name = '(schema)'): JsonSchema {
  assertRepresentable(schema as unknown as ZodLike, name)
  const json = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'throw',
    override: (ctx) => {
      if (DATE_SCHEMAS.has(ctx.zodSchema)) ctx.jsonSchema.format = 'date'
    },
  }) as JsonSchema & { $schema?: string }
  delete json.$schema
  compileSchema(json) // throws on any keyword or format the validator does not implement
  return json
}

/** JSON Schema of every schema the embed's client uses, by export name. */
export function embedJsonSchemas(): Record<EmbedSchemaName, JsonSchema> {
  return Object.fromEntries(
    EMBED_SCHEMA_NAMES.map((name) => [name, toEmbedJsonSchema(schemas[name], name)]),
  ) as Record<EmbedSchemaName, JsonSchema>
}

/** Source of the module the embed build serves for src/data/schemas.ts. */
export function embedSchemasModule(validatorPath: string): string {
  const lines = [
    '// generated by scripts/embed-schemas.ts from src/data/schemas.ts: do not edit',
    `import { compileSchema } from ${JSON.stringify(validatorPath)}`,
  ]
  for (const [name, json] of Object.entries(embedJsonSchemas()))
    lines.push(`export const ${name} = /* @__PURE__ */ compileSchema(${JSON.stringify(json)})`)
  for (const name of EMBED_CONSTANT_NAMES)
    lines.push(`export const ${name} = ${JSON.stringify(schemas[name])}`)
  return `${lines.join('\n')}\n`
}
