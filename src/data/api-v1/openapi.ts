/**
 * The OpenAPI 3.1 document of API v1, generated from the zod schemas in `../schemas` with
 * `z.toJSONSchema`, so the contract is written once. Served at `GET {base}/v1/openapi.json`.
 */
import { z } from 'zod'
import {
  breakSchema,
  eventSchema,
  eventsResponseSchema,
  leaderTermSchema,
  leadersResponseSchema,
  observationSchema,
  observationsResponseSchema,
  periodSchema,
  problemSchema,
  seriesIdSchema,
  seriesListResponseSchema,
  seriesMetaSchema,
  sourceRefSchema,
} from '../schemas'

/** A JSON value, as the document is made of. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue | undefined }

/** The generated document: plain JSON. */
export type OpenApiDocument = { openapi: string; [key: string]: JsonValue }

/** Named components, in the order they appear under `components.schemas`. */
const components: [string, z.ZodType][] = [
  ['Period', periodSchema],
  ['SeriesId', seriesIdSchema],
  ['SeriesBreak', breakSchema],
  ['SourceRef', sourceRefSchema],
  ['SeriesMeta', seriesMetaSchema],
  ['SeriesListResponse', seriesListResponseSchema],
  ['Observation', observationSchema],
  ['ObservationsResponse', observationsResponseSchema],
  ['Event', eventSchema],
  ['EventsResponse', eventsResponseSchema],
  ['LeaderTerm', leaderTermSchema],
  ['LeadersResponse', leadersResponseSchema],
  ['Problem', problemSchema],
]

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` })

function componentSchemas(): Record<string, JsonValue> {
  const registry = z.registry<{ id: string }>()
  for (const [id, schema] of components) registry.add(schema, { id })
  // io "input": objects stay open (no additionalProperties: false) because the contract
  // grows by adding fields, and clients must tolerate fields they do not know.
  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    io: 'input',
    unrepresentable: 'any',
  })
  const out: Record<string, JsonValue> = {}
  for (const [id] of components) {
    const { $schema: _s, $id: _i, ...rest } = schemas[id] ?? {}
    out[id] = rest as JsonValue
  }
  return out
}

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
})

const errorResponses = {
  '405': problem('Method other than GET or HEAD.'),
  '500': problem('Server failure. The body never contains a stack trace.'),
}

const notModified = {
  description:
    'Not Modified: the `If-None-Match` request header matched the current `ETag` (live server).',
}

function ok(schemaId: string, description: string) {
  return {
    description,
    headers: {
      ETag: {
        description: 'Strong validator of the body (live server).',
        schema: { type: 'string' },
      },
      'Cache-Control': { description: 'e.g. `public, max-age=300`.', schema: { type: 'string' } },
    },
    content: { 'application/json': { schema: ref(schemaId) } },
  }
}

function listOperation(operationId: string, summary: string, schemaId: string, tag: string) {
  return {
    get: {
      operationId,
      summary,
      tags: [tag],
      responses: {
        '200': ok(schemaId, summary),
        '304': notModified,
        '400': problem('A query parameter was given; this endpoint takes none.'),
        ...errorResponses,
      },
    },
  }
}

let cached: OpenApiDocument | null = null

/**
 * Returns the OpenAPI 3.1 document of API v1 (built once, then reused). Servers list `/api`,
 * the default base; a deployment elsewhere serves the same paths under its own base.
 */
export function buildOpenApiDocument(): OpenApiDocument {
  if (cached) return cached
  const doc = {
    openapi: '3.1.1',
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    info: {
      title: 'ROK–Japan Pulse API',
      version: '1.0.0',
      summary: 'Published South Korea–Japan opinion and tourism figures.',
      description:
        'Read-only JSON API. Errors are RFC 9457 problem details (`application/problem+json`). ' +
        'Unknown query parameters are rejected with 400. Fields may be added in v1, never renamed ' +
        'or removed: clients must ignore fields they do not know.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/api', description: 'Default base (mock and reference server)' }],
    tags: [
      { name: 'series', description: 'Series metadata and observations' },
      { name: 'context', description: 'Events and leaders for annotating charts' },
      { name: 'meta', description: 'This document' },
    ],
    paths: {
      '/v1/series': listOperation(
        'listSeries',
        'All series with their metadata, method breaks and sources.',
        'SeriesListResponse',
        'series',
      ),
      '/v1/series/{id}/observations': {
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            description: 'Series id, as listed by `/v1/series`.',
            schema: ref('SeriesId'),
          },
        ],
        get: {
          operationId: 'listObservations',
          summary: 'Observations of one series, sorted by period, then age band.',
          tags: ['series'],
          parameters: [
            {
              name: 'ageGroup',
              in: 'query',
              required: false,
              description:
                'Only this age band (`all` is the total). A well-formed band the series does ' +
                'not publish gives an empty list.',
              schema: { type: 'string', minLength: 1, maxLength: 40 },
            },
            {
              name: 'from',
              in: 'query',
              required: false,
              description:
                'First period, inclusive. `YYYY` starts in January of that year. Observations ' +
                'whose period overlaps [from, to] are returned.',
              schema: ref('Period'),
            },
            {
              name: 'to',
              in: 'query',
              required: false,
              description: 'Last period, inclusive. `YYYY` ends in December of that year.',
              schema: ref('Period'),
            },
          ],
          responses: {
            '200': ok('ObservationsResponse', 'The matching observations (possibly none).'),
            '304': notModified,
            '400': problem('Unknown, repeated or malformed query parameter, or `from` after `to`.'),
            '404': problem('No series with this id.'),
            ...errorResponses,
          },
        },
      },
      '/v1/events': listOperation(
        'listEvents',
        'Dated events in ROK–Japan relations, for chart annotations.',
        'EventsResponse',
        'context',
      ),
      '/v1/leaders': listOperation(
        'listLeaders',
        'Extension: terms of office of ROK presidents and Japanese prime ministers.',
        'LeadersResponse',
        'context',
      ),
      '/v1/openapi.json': {
        get: {
          operationId: 'getOpenApiDocument',
          summary: 'This OpenAPI 3.1 document.',
          tags: ['meta'],
          responses: {
            '200': {
              description: 'The OpenAPI document.',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
            '304': notModified,
            '400': problem('A query parameter was given; this endpoint takes none.'),
            ...errorResponses,
          },
        },
      },
    },
    components: { schemas: componentSchemas() },
  } satisfies OpenApiDocument
  cached = doc
  return doc
}
