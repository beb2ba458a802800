/** The committed dataset (data/processed) as the client reads it, and its series profiles. */
import { readFileSync } from 'node:fs'
import {
  observationsResponseSchema,
  seriesListResponseSchema,
  type ObservationRow,
  type SeriesMeta,
} from '../../src/data/schemas'
import { profileSeriesList, type SeriesProfile } from '../../src/data/series-profile'
import type { Lang } from '../../src/domain/format'

/** Every series of data/processed/series.json, parsed with the client's schema. */
export const processedSeries: SeriesMeta[] = seriesListResponseSchema.parse(
  JSON.parse(readFileSync('data/processed/series.json', 'utf8')),
).series

/** Observation rows of one processed series. */
export function processedRows(id: string): ObservationRow[] {
  return observationsResponseSchema.parse(
    JSON.parse(readFileSync(`data/processed/observations/${id}.json`, 'utf8')),
  ).observations
}

/** Profiles of the processed series list. */
export function processedProfiles(lang: Lang = 'en'): SeriesProfile[] {
  return profileSeriesList(processedSeries, lang)
}

/** The profile of one processed series (throws when the id is not in the dataset). */
export function profileOf(id: string, lang: Lang = 'en'): SeriesProfile {
  const p = processedProfiles(lang).find((x) => x.id === id)
  if (!p) throw new Error(`no series ${id} in data/processed`)
  return p
}

/** A chart input (profile, metadata, rows) of one processed series. */
export function processedInput(id: string, lang: Lang = 'en') {
  const ref = profileOf(id, lang)
  return { ref, meta: ref.meta, rows: processedRows(id) }
}

/** A contract-only series (no extension field), as a server that knows nothing of ours sends. */
export function contractMeta(over: Partial<SeriesMeta> & Pick<SeriesMeta, 'id'>): SeriesMeta {
  return {
    title: `Title of ${over.id}`,
    sourceOrg: 'Acme Polling',
    survey: 'Acme Survey',
    question: null,
    respondents: 'KR',
    target: 'JP',
    measure: 'favorable',
    unit: 'percent',
    granularity: 'wave',
    ageGroups: ['all'],
    breaks: [],
    sources: [{ url: 'https://example.org/acme', title: null }],
    ...over,
  }
}
