/**
 * The in-memory dataset behind API v1, shared by the MSW mock and the reference server. Both
 * build it from the files in `data/processed/` (the mock by importing them, the server by
 * reading them from disk) through {@link parseDataset}, so both serve exactly the same rows.
 */
import { z } from 'zod'
import {
  eventsResponseSchema,
  leadersResponseSchema,
  servedObservationsResponseSchema,
  servedSeriesListResponseSchema,
  type EventRow,
  type LeaderTermRow,
  type ServedObservationRow,
  type ServedSeriesMeta,
} from '../schemas'

/** Validated contents of a processed dataset directory. */
export interface Dataset {
  series: ServedSeriesMeta[]
  /** Observations by series id, in file order (period, then age band). */
  observations: Record<string, ServedObservationRow[]>
  events: EventRow[]
  leaders: LeaderTermRow[]
  /** `dataAsOf` from manifest.json, when present. */
  dataAsOf: string | null
}

/**
 * Raw JSON of a processed dataset directory, file by file: `series.json`, every
 * `observations/<seriesId>.json`, and the optional `events.json`, `leaders.json`,
 * `manifest.json` (a missing optional file serves an empty list).
 */
export interface DatasetFiles {
  series: unknown
  observations: Record<string, unknown>
  events?: unknown
  leaders?: unknown
  manifest?: unknown
}

/** A processed file that does not satisfy the API v1 schemas. */
export class DatasetError extends Error {
  override name = 'DatasetError'
}

const manifestSchema = z.looseObject({ dataAsOf: z.string().nullable().optional() })

function parseFile<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw new DatasetError(`${file}: ${z.prettifyError(parsed.error)}`)
  return parsed.data
}

/**
 * Validates raw processed files against the API v1 schemas as this project serves them (every
 * extension present: the server is strict in what it sends) and assembles a {@link Dataset}.
 * `files.observations` is keyed by file name (e.g. `observations/x.json`) for error messages;
 * each file's own `seriesId` decides where its rows go. Throws {@link DatasetError} on any
 * schema violation, duplicate id, or observations for a series that `series.json` lacks.
 */
export function parseDataset(files: DatasetFiles): Dataset {
  const { series } = parseFile(servedSeriesListResponseSchema, files.series, 'series.json')
  const known = new Set<string>()
  for (const s of series) {
    if (known.has(s.id)) throw new DatasetError(`series.json: duplicate series id "${s.id}"`)
    known.add(s.id)
  }
  const observations: Record<string, ServedObservationRow[]> = {}
  for (const s of series) observations[s.id] = []
  for (const [file, raw] of Object.entries(files.observations).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  )) {
    const parsed = parseFile(servedObservationsResponseSchema, raw, file)
    if (!known.has(parsed.seriesId))
      throw new DatasetError(`${file}: series "${parsed.seriesId}" is not in series.json`)
    if (observations[parsed.seriesId]?.length)
      throw new DatasetError(`${file}: second file for series "${parsed.seriesId}"`)
    observations[parsed.seriesId] = parsed.observations
  }
  const events =
    files.events === undefined
      ? []
      : parseFile(eventsResponseSchema, files.events, 'events.json').events
  const leaders =
    files.leaders === undefined
      ? []
      : parseFile(leadersResponseSchema, files.leaders, 'leaders.json').leaders
  const manifest =
    files.manifest === undefined ? {} : parseFile(manifestSchema, files.manifest, 'manifest.json')
  return { series, observations, events, leaders, dataAsOf: manifest.dataAsOf ?? null }
}

/** A {@link Dataset} with lookups prepared once, as the resolver wants it. */
export interface DatasetIndex {
  readonly dataset: Dataset
  readonly seriesById: ReadonlyMap<string, ServedSeriesMeta>
}

/** Builds the lookup index of a dataset; cheap, call once per dataset. */
export function createDatasetIndex(dataset: Dataset): DatasetIndex {
  return { dataset, seriesById: new Map(dataset.series.map((s) => [s.id, s])) }
}

/** A dataset with no series, events or leaders. */
export const emptyDataset: Dataset = {
  series: [],
  observations: {},
  events: [],
  leaders: [],
  dataAsOf: null,
}
