/**
 * Chart titles, chart-kit labels and break names: the type, English (in every bundle) and the
 * loader of Korean and Japanese (one chunk each, fetched when a reader picks the language).
 * Kept apart from the page messages so the embed can carry chart strings without the
 * dashboard's. Components read the current language's strings from `useLocale().charts`;
 * Node code (the export CLI, tests) takes all three at once from ./charts.
 */
import { DEFAULT_LABELS, type ChartLabels } from '../charts/core/labels'
import type { CohortId } from '../domain/age-bands'
import type { QuestionFamily } from '../domain/measures'
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
  /** Wording families of favourability questions, named in the legend. */
  questionFamilies: Record<QuestionFamily, string>
  /** A headline card's line on other polls of the same year: "{year}", "{list}". */
  otherPolls: string
  /** "(the people)": a question about the people, not the country. */
  aboutPeople: string
  /** The explainer under the favourability chart: why polls give different shares. */
  whyPollsDiffer: { summary: string; points: string[] }
  /** Glossary of the terms the charts use. */
  glossary: { summary: string; terms: { term: string; text: string }[] }
  samplingToggle: string
  leadersToggle: string
  eventsToggle: string
  respondents: Record<'both' | 'KR' | 'JP', string>
  /** The trend chart per opinion measure: filter label, chart title, subtitle. */
  measures: Record<Measure, { label: string; title: string; subtitle: string }>
  measureFilter: string
  /** Label of a compact embed's one-survey-at-a-time picker (age cohorts). */
  sourceSwitch: string
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
  questionFamilies: {
    goodImpression: 'good impression',
    like: 'like',
    affinity: 'affinity',
    favourable: 'favourable',
    affection: 'affection',
    thermometer: '0–100 feeling',
    positive: 'positive impression',
  },
  aboutPeople: 'the people',
  otherPolls: 'Other {year} polls: {list}',
  whyPollsDiffer: {
    summary: 'Why do these polls give such different shares?',
    points: [
      'They ask different questions. “Do you like Japan?”, “What is your impression of Japan?”, “Do you feel affinity toward Korea?” and a 0–100 feeling score measure related but different things; the legend names each question’s wording.',
      'The answer scales differ. Some count “good” and “relatively good” together, some only “like”; a scale with a middle option gives lower shares on both sides.',
      'Some ask about the country, others about its people (dashed lines); people usually score higher.',
      'Mode and sample differ: face-to-face, telephone, mail and online panels, and samples of 18+ or 19+ adults, give different shares for the same question.',
      'Timing matters: a poll fielded just after a dispute or a summit can differ from one fielded months later. Compare a source with itself over time before comparing sources.',
    ],
  },
  glossary: {
    summary: 'Terms used in these charts',
    terms: [
      {
        term: 'Feeling thermometer',
        text: 'A 0–100 score of how warmly respondents feel toward a country; the chart shows the mean, not a share of respondents.',
      },
      {
        term: 'Age base',
        text: 'The youngest age a survey samples (e.g. 20+ until 2016 and 18+ after in the Cabinet Office survey). A change of age base is a method break.',
      },
      {
        term: '≈ after an age band',
        text: 'The source published a band that only approximates the chosen age group (e.g. 20–29 for 18–29); the chart keeps the published band.',
      },
      {
        term: 'under20',
        text: 'Respondents under 20 in a survey of adults 18+ or 19+: ages 18–19 (or 19).',
      },
      {
        term: 'Method break',
        text: 'A change of mode, age base, partner or definition; the line is split there and the values before and after are not compared.',
      },
      {
        term: '95% sampling error',
        text: 'Computed here from the published sample size, as for a simple random sample, in percentage points. Real surveys have other errors too; no band is drawn where no sample size was published.',
      },
      {
        term: 'Confidence',
        text: 'High: the publisher’s page or two agreeing pages. Medium: one news page. Low: a forum, blog or machine translation, or a value derived from other published figures.',
      },
    ],
  },
  samplingToggle: 'Show 95% sampling error',
  leadersToggle: 'Show leaders’ terms',
  eventsToggle: 'Show events',
  respondents: { both: 'Both directions', KR: 'Koreans on Japan', JP: 'Japanese on Korea' },
  measureFilter: 'Measure',
  sourceSwitch: 'Survey',
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
