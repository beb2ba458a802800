/**
 * API v1 contract (../shared/CONTRACT.md) as zod 4 schemas: the single source for TypeScript
 * types, response parsing in the client, the MSW mock, the reference server, the data build's
 * validation and the OpenAPI document. Fields beyond the contract are additions only
 * (marked "extension"), never renames.
 */
import { z } from 'zod'
import { CADENCES, MEASURE_GROUPS, TOPICS } from '../domain/measures'

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
  periods: z
    .array(periodSchema)
    .describe('Extension. The periods whose figures were read from this page.')
    .optional(),
})

/** How often a series is fielded (extension; vocabulary in src/domain/measures.ts). */
export const cadenceSchema = z.enum(CADENCES)
/**
 * Which question family a measure belongs to (extension): the favourability chart's measure
 * selector and the tourism charts choose series by it. A server that sends none gets it derived
 * from `measure` and `unit` (src/domain/measures.ts).
 */
export const measureGroupSchema = z.enum(MEASURE_GROUPS)
export const topicSchema = z.enum(TOPICS)

/** Short texts in the reader's language; English is the contract field itself. */
const translatedTextsSchema = z.object({
  title: z.string().min(1).optional(),
  label: z.string().min(1).optional(),
  sourceLabel: z.string().min(1).optional(),
  /** The series' reader notes, in the order of `notes`. */
  notes: z.array(z.string()).optional(),
  /** The notes of the series' method breaks, in the order of `breaks`. */
  breaks: z.array(z.string()).optional(),
})

/**
 * The contract's fields of a series (CONTRACT.md): every one required. Extensions follow in
 * {@link seriesExtensionsShape}; clients treat those as optional.
 */
const seriesContractShape = {
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
}

/**
 * Extensions of a series: this project's additions to API v1. The reference server and the
 * mock send all of them; a client must work without any (docs/api.md says what is derived).
 * Each is checked on its own: a malformed one is dropped, never the series (src/data/client.ts).
 */
const seriesExtensionsShape = {
  topic: topicSchema
    .describe(
      'Extension. "opinion" for surveys, "tourism" for visitor counts and traveller shares.',
    )
    .optional(),
  method: z
    .string()
    .nullable()
    .describe('Extension. How the survey was conducted (mode, population, sample), as published.')
    .optional(),
  notes: z
    .array(z.string())
    .describe('Extension. Caveats and contradictions between sources, and how they were resolved.')
    .optional(),
  coverage: z
    .object({ from: periodSchema, to: periodSchema, observations: z.number().int() })
    .describe('Extension. First and last period and the number of observations.')
    .optional(),
  family: z
    .string()
    .max(40)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'family must be kebab-case')
    .describe('Extension. Source family: the key of the series colour and of the sources filter.')
    .optional(),
  label: z
    .string()
    .min(1)
    .max(80)
    .describe('Extension. Short legend label in English, e.g. "Gallup Korea (people)".')
    .optional(),
  sourceLabel: z
    .string()
    .min(1)
    .max(80)
    .describe('Extension. Short name of the source family in English, e.g. "Cabinet Office".')
    .optional(),
  i18n: z
    .object({ ko: translatedTextsSchema.optional(), ja: translatedTextsSchema.optional() })
    .describe('Extension. Title, label and source label in Korean (ko) and Japanese (ja).')
    .optional(),
  cadence: cadenceSchema
    .describe(
      'Extension. How often the series is fielded; decides which gap between waves is a missing wave.',
    )
    .optional(),
  measureGroup: measureGroupSchema
    .describe('Extension. Question family of the measure; charts choose series by it.')
    .optional(),
  gaps: z
    .array(
      z.object({
        from: periodSchema,
        to: periodSchema,
        reason: z.enum(['noWave', 'notFound']),
      }),
    )
    .describe(
      'Extension. Periods with no figure, and why: no wave was fielded (noWave) or its figure was not found (notFound).',
    )
    .optional(),
  officialUrl: httpUrlSchema
    .nullable()
    .describe(
      "Extension. The publisher's own page or table for the series, where one is known (observations link the page each figure was read from).",
    )
    .optional(),
  primary: z
    .boolean()
    .describe(
      'Extension. False for an alternative wording, definition or sub-sample of another series of the same source: the charts leave it out; tables and lists keep it.',
    )
    .optional(),
}

/** Names of the series fields that are extensions (not in CONTRACT.md). */
export const SERIES_EXTENSION_KEYS = Object.keys(seriesExtensionsShape)

/** A series as a client reads it: the contract, extensions optional, unknown fields dropped. */
export const seriesMetaSchema = z.object({ ...seriesContractShape, ...seriesExtensionsShape })

/** A series as this project serves it (data build, mock, reference server): every extension. */
export const servedSeriesMetaSchema = seriesMetaSchema.required({
  topic: true,
  method: true,
  notes: true,
  coverage: true,
  family: true,
  label: true,
  sourceLabel: true,
  i18n: true,
  cadence: true,
  measureGroup: true,
  officialUrl: true,
  gaps: true,
  primary: true,
})

/** An observation's texts in the reader's language. */
const observationTextsSchema = z.object({
  note: z.string().min(1).optional(),
  conductedBy: z.string().min(1).optional(),
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
  surveySampleSize: z
    .number()
    .int()
    .positive()
    .nullable()
    .describe(
      "Extension. For an age band whose own n the source did not publish: the whole survey's n (never the band's).",
    )
    .optional(),
  conductedBy: z
    .string()
    .min(1)
    .describe(
      'Extension. Who ran this wave (the organisations credited for it), e.g. "EAI with API and KEI".',
    )
    .optional(),
  i18n: z
    .object({
      ko: observationTextsSchema.optional(),
      ja: observationTextsSchema.optional(),
    })
    .describe('Extension. The note and the credit in Korean (ko) and Japanese (ja).')
    .optional(),
})

/** Names of the observation (and source-link) fields that are extensions (not in CONTRACT.md). */
export const OBSERVATION_EXTENSION_KEYS = ['surveySampleSize', 'conductedBy', 'i18n', 'periods']

/** An observation as this project serves it: every extension present. */
export const servedObservationSchema = observationSchema.required({
  surveySampleSize: true,
  conductedBy: true,
  i18n: true,
})

export const seriesListResponseSchema = z.object({ series: z.array(seriesMetaSchema) })
export const servedSeriesListResponseSchema = z.object({
  series: z.array(servedSeriesMetaSchema),
})

export const observationsResponseSchema = z.object({
  seriesId: seriesIdSchema,
  observations: z.array(observationSchema),
})
export const servedObservationsResponseSchema = z.object({
  seriesId: seriesIdSchema,
  observations: z.array(servedObservationSchema),
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
/** A series as the client has it: contract fields, extensions where the server sent them. */
export type SeriesMeta = z.infer<typeof seriesMetaSchema>
/** A series as this project serves it, every extension present. */
export type ServedSeriesMeta = z.infer<typeof servedSeriesMetaSchema>
export type ObservationRow = z.infer<typeof observationSchema>
export type ServedObservationRow = z.infer<typeof servedObservationSchema>
export type SeriesListResponse = z.infer<typeof seriesListResponseSchema>
export type ObservationsResponse = z.infer<typeof observationsResponseSchema>
export type EventRow = z.infer<typeof eventSchema>
export type EventsResponse = z.infer<typeof eventsResponseSchema>
export type LeaderTermRow = z.infer<typeof leaderTermSchema>
export type LeadersResponse = z.infer<typeof leadersResponseSchema>
export type Problem = z.infer<typeof problemSchema>
export type ObservationsQuery = z.infer<typeof observationsQuerySchema>
export type Manifest = z.infer<typeof manifestSchema>
