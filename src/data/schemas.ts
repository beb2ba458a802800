/**
 * API v1 contract (../shared/CONTRACT.md) as zod 4 schemas: the single source for TypeScript
 * types, response parsing in the client, the MSW mock, the reference server, the data build's
 * validation and the OpenAPI document. Fields beyond the contract are additions only
 * (marked "extension"), never renames.
 */
import { z } from 'zod'

// No `new Function` probing: the built pages' CSP forbids eval (docs/security.md).
z.config({ jitless: true })

/** `YYYY` or `YYYY-MM` with a real month. */
export const periodSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'period must be YYYY or YYYY-MM')

/** A calendar date `YYYY-MM-DD` that exists (no 2019-02-30). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
  }, 'date does not exist')

export const httpUrlSchema = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })

export const countrySchema = z.enum(['KR', 'JP'])
export const unitSchema = z.enum(['percent', 'thermometer', 'count'])
export const granularitySchema = z.enum(['wave', 'year', 'month'])
export const breakKindSchema = z.enum(['mode', 'age_base', 'partner', 'definition', 'other'])
export const confidenceSchema = z.enum(['high', 'medium', 'low'])

export const seriesIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'series id must be kebab-case')

export const breakSchema = z.object({
  period: periodSchema,
  kind: breakKindSchema,
  note: z.string().min(1),
})

export const sourceRefSchema = z.object({
  url: httpUrlSchema,
  title: z.string().nullable(),
})

export const seriesMetaSchema = z.object({
  id: seriesIdSchema,
  title: z.string().min(1),
  sourceOrg: z.string().min(1),
  survey: z.string().min(1),
  question: z.string().nullable(),
  respondents: countrySchema,
  target: countrySchema,
  measure: z.string().min(1),
  unit: unitSchema,
  granularity: granularitySchema,
  ageGroups: z.array(z.string().min(1)),
  breaks: z.array(breakSchema),
  sources: z.array(sourceRefSchema),
  // extension: "opinion" for survey series, "tourism" for visitor counts and traveller shares
  topic: z.enum(['opinion', 'tourism']),
  // extension: how the survey was conducted (mode, population, sample), as published
  method: z.string().nullable(),
  // extension: caveats, contradictions between sources and how they were resolved
  notes: z.array(z.string()),
  // extension: first and last period and number of observations
  coverage: z.object({ from: periodSchema, to: periodSchema, observations: z.number().int() }),
})

export const observationSchema = z.object({
  period: periodSchema,
  ageGroup: z.string().min(1),
  value: z.number().finite(),
  sampleSize: z.number().int().positive().nullable(),
  fieldwork: z.string().nullable(),
  sourceUrl: httpUrlSchema,
  confidence: confidenceSchema,
  estimated: z.boolean(),
  note: z.string().nullable(),
})

export const seriesListResponseSchema = z.object({ series: z.array(seriesMetaSchema) })

export const observationsResponseSchema = z.object({
  seriesId: seriesIdSchema,
  observations: z.array(observationSchema),
})

export const eventSchema = z.object({
  date: isoDateSchema,
  title: z.string().min(1),
  description: z.string(),
  sourceUrl: httpUrlSchema,
})

export const eventsResponseSchema = z.object({ events: z.array(eventSchema) })

/** extension: terms of office of ROK presidents and Japanese prime ministers. */
export const leaderTermSchema = z.object({
  country: countrySchema,
  leader: z.string().min(1),
  start: isoDateSchema,
  end: isoDateSchema.nullable(),
  sourceUrl: httpUrlSchema,
})

export const leadersResponseSchema = z.object({ leaders: z.array(leaderTermSchema) })

/** RFC 9457 problem details, as the API returns for 400 and 404. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
})

/** Query parameters of the observations endpoint; all optional. */
export const observationsQuerySchema = z
  .object({
    ageGroup: z.string().min(1).max(40).optional(),
    from: periodSchema.optional(),
    to: periodSchema.optional(),
  })
  .strict()

/**
 * extension: data/processed/manifest.json, written by the data build: when the raw inputs were
 * taken, how many rows each resource holds, and the sha256 of every other processed file.
 */
export const manifestSchema = z.object({
  dataAsOf: isoDateSchema,
  counts: z.object({
    series: z.number().int().nonnegative(),
    observations: z.number().int().nonnegative(),
    events: z.number().int().nonnegative(),
    leaders: z.number().int().nonnegative(),
  }),
  files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 hex digest')),
})

export type Period = z.infer<typeof periodSchema>
export type Country = z.infer<typeof countrySchema>
export type Unit = z.infer<typeof unitSchema>
export type Granularity = z.infer<typeof granularitySchema>
export type BreakKind = z.infer<typeof breakKindSchema>
export type Confidence = z.infer<typeof confidenceSchema>
export type SeriesBreak = z.infer<typeof breakSchema>
export type SeriesMeta = z.infer<typeof seriesMetaSchema>
export type ObservationRow = z.infer<typeof observationSchema>
export type SeriesListResponse = z.infer<typeof seriesListResponseSchema>
export type ObservationsResponse = z.infer<typeof observationsResponseSchema>
export type EventRow = z.infer<typeof eventSchema>
export type EventsResponse = z.infer<typeof eventsResponseSchema>
export type LeaderTermRow = z.infer<typeof leaderTermSchema>
export type LeadersResponse = z.infer<typeof leadersResponseSchema>
export type Problem = z.infer<typeof problemSchema>
export type ObservationsQuery = z.infer<typeof observationsQuerySchema>
export type Manifest = z.infer<typeof manifestSchema>
