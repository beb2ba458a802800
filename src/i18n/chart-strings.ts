/**
 * Chart titles, chart-kit labels and break names: the type, English (in every bundle) and the
 * loader of Korean and Japanese (one chunk each, fetched when a reader picks the language).
 * Kept apart from the page messages so the embed can carry chart strings without the
 * dashboard's. Components read the current language's strings from `useLocale().charts`;
 * Node code (the export CLI, tests) takes all three at once from ./charts.
 */
import { DEFAULT_LABELS, type ChartLabels } from '../charts/core/labels'
import type { CohortId } from '../domain/age-bands'
import type { SeriesBreak } from '../data/schemas'
import type { Lang, Measure } from '../url/state'

export { fill } from './fill'

export interface ChartStrings {
  labels: ChartLabels
  breaks: Record<SeriesBreak['kind'], string>
  titles: Record<
    'favorability-trend' | 'age-cohorts' | 'tourism-flows' | 'opinion-vs-tourism',
    string
  >
  subtitles: Record<
    'favorability-trend' | 'age-cohorts' | 'tourism-flows' | 'opinion-vs-tourism',
    string
  >
  /** "{sources}" replaced by the source organisations. */
  sourceLine: string
  /** "{cohort}" and "{sources}". */
  missingForCohort: string
  /** "{cohort}". */
  noneForCohort: string
  /** No series of the chosen measure from the chosen survey sources in this direction. */
  noneForSources: string
  /** "{band}", "{reason}". */
  approximateBand: string
  partialFailure: string
  allAges: string
  /** Labels of the harmonised age cohorts, as the filter and subtitles show them. */
  cohorts: Record<CohortId, string>
  direction: Record<'KR-JP' | 'JP-KR', string>
  /** Who travels where, for visitor lines whose label does not say it. */
  travel: Record<'KR-JP' | 'JP-KR', string>
  samplingToggle: string
  leadersToggle: string
  eventsToggle: string
  respondents: Record<'both' | 'KR' | 'JP', string>
  /** The trend chart per opinion measure: filter label, chart title, subtitle. */
  measures: Record<Measure, { label: string; title: string; subtitle: string }>
  measureFilter: string
}

export const chartStringsEn: ChartStrings = {
  // the chart kit's defaults are English: one copy of each string
  labels: DEFAULT_LABELS,
  breaks: {
    mode: 'Survey mode changed',
    age_base: 'Age base changed',
    partner: 'Survey partner changed',
    definition: 'Definition changed',
    other: 'Method changed',
  },
  titles: {
    'favorability-trend': 'How favourably Koreans and Japanese see each other',
    'age-cohorts': 'Favourability by age group',
    'tourism-flows': 'Visitors between South Korea and Japan',
    'opinion-vs-tourism': 'Opinion and travel, side by side',
  },
  subtitles: {
    'favorability-trend':
      'Share with a positive view of the other country, by survey; thermometer scores (0–100) in their own panel',
    'age-cohorts': 'Each source’s published age bands, latest wave against the one before',
    'tourism-flows': 'Visitor arrivals as counted by each destination’s tourism office',
    'opinion-vs-tourism':
      'A sentiment series above, the matching visitor flow below, on one time axis',
  },
  sourceLine: 'Source: {sources}',
  missingForCohort: 'No {cohort} figure was published by: {sources}.',
  noneForCohort:
    'No source in this chart published a figure for {cohort}. Choose another age group or All ages.',
  noneForSources:
    'None of the selected survey sources published this measure. Choose other sources or another measure.',
  approximateBand: '{band} stands in for the selected cohort: {reason}.',
  partialFailure: 'Some series could not be loaded:',
  allAges: 'All ages',
  cohorts: {
    all: 'All ages',
    '18-29': '18–29',
    '30-39': '30s',
    '40-49': '40s',
    '50-59': '50s',
    '60-69': '60s',
    '70+': '70+',
  },
  direction: { 'KR-JP': 'Koreans on Japan', 'JP-KR': 'Japanese on Korea' },
  travel: { 'KR-JP': 'Koreans to Japan', 'JP-KR': 'Japanese to Korea' },
  samplingToggle: 'Show 95% sampling error',
  leadersToggle: 'Show leaders’ terms',
  eventsToggle: 'Show events',
  respondents: { both: 'Both directions', KR: 'Koreans on Japan', JP: 'Japanese on Korea' },
  measureFilter: 'Measure',
  measures: {
    favourable: {
      label: 'Favourable view',
      title: 'How favourably Koreans and Japanese see each other',
      subtitle:
        'Share with a positive view of the other country, by survey; thermometer scores (0–100) in their own panel',
    },
    unfavourable: {
      label: 'Unfavourable view',
      title: 'How many Koreans and Japanese view each other unfavourably',
      subtitle: 'Share with a bad impression, dislike or no affinity, by survey',
    },
    relations: {
      label: 'Relations are good',
      title: 'Do Koreans and Japanese think relations are good?',
      subtitle: 'Share saying relations between the two countries are good, by survey',
    },
    trust: {
      label: 'Trust',
      title: 'Do Koreans and Japanese trust each other’s country?',
      subtitle: 'Share saying the other country can be trusted, by survey',
    },
  },
}

const loaders: Record<Lang, () => Promise<ChartStrings>> = {
  en: () => Promise.resolve(chartStringsEn),
  ko: () => import('./charts-ko').then((m) => m.chartStringsKo),
  ja: () => import('./charts-ja').then((m) => m.chartStringsJa),
}

/** Loads the chart strings of `lang`; falls back to English if the chunk cannot be fetched. */
export async function loadChartStrings(lang: Lang): Promise<ChartStrings> {
  try {
    return await loaders[lang]()
  } catch {
    return chartStringsEn
  }
}
