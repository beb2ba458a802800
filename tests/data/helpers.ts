/** Shared fixtures for data-build tests: the real raw sources and small row builders. */
import { readSources } from '../../data/scripts/build'
import type { RawSources } from '../../data/scripts/build'

/** The committed raw inputs. */
export const realSources: RawSources = readSources()

/** A header plus rows of the figures CSV format. */
export const FIGURE_HEADER =
  'series_id,source_org,survey_name,country_of_respondents,target_country,measure,age_group,period,value,unit,fieldwork,sample_size,source_url,evidence_excerpt,confidence'

/** One figures row with overridable fields (defaults: a valid Genron row). */
export function figureRow(over: Partial<Record<string, string>> = {}): string {
  const f: Record<string, string> = {
    series_id: 'genron_jp_good_kr',
    source_org: 'Org',
    survey_name: 'Survey',
    country_of_respondents: 'JP',
    target_country: 'KR',
    measure: 'good_impression',
    age_group: 'all',
    period: '2013',
    value: '31.1',
    unit: 'percent',
    fieldwork: '',
    sample_size: '1000',
    source_url: 'https://example.org/a',
    evidence_excerpt: 'quoted',
    confidence: 'high',
    ...over,
  }
  return FIGURE_HEADER.split(',')
    .map((k) => f[k] ?? '')
    .join(',')
}

/** Sources with extra lines appended to the age-extension CSV. */
export function withExtraFigures(...lines: string[]): RawSources {
  const base = realSources.ageExtension.replace(/\r?\n?$/, '\n')
  return { ...realSources, ageExtension: base + lines.join('\n') + '\n' }
}

/** Line number the first appended figure row lands on. */
export function firstExtraLine(): number {
  return realSources.ageExtension.replace(/\r?\n?$/, '\n').split('\n').length
}
