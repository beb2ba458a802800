/**
 * User-visible strings of the chart kit. The caller injects translations (en/ko/ja); these are
 * the English defaults. No string is hard-coded in a component.
 */
import type { ChartUnit } from './types'

export interface ChartLabels {
  showTable: string
  hideTable: string
  source: string
  notes: string
  methodBreaks: string
  estimated: string
  provisional: string
  sampleSize: string
  /** The whole survey's n shown for an age band whose own n was not published. */
  surveySampleSize: string
  fieldwork: string
  marginOfError: string
  samplingErrorBand: string
  /** The note that says how the sampling band is computed (here, from n, in points). */
  samplingErrorNote: string
  /** Why some points have no sampling band: the source published no n for them. */
  noSampleSizeBand: string
  noData: string
  legend: string
  range: string
  rangeFrom: string
  rangeTo: string
  resetRange: string
  keyboardHint: string
  series: string
  period: string
  value: string
  category: string
  unitTitles: Record<ChartUnit, string>
  annual: string
  monthly: string
  earlier: string
  later: string
  bandsNote: string
  provisionalNote: string
  /** Download menu (SVG, PNG, CSV of exactly what the chart shows). */
  download: string
  downloadSvg: string
  downloadPng: string
  downloadPng2x: string
  downloadCsv: string
  downloadJson: string
  /** Footer line of exported images, followed by the link to the view. */
  viewIn: string
  /** The question behind a series (tooltip, table). */
  question: string
  /** Who ran a wave. */
  conductedBy: string
  confidence: string
  /** Confidence levels as the reader is told them. */
  confidenceLevels: Record<'high' | 'medium' | 'low', string>
  /** The page a figure was read from: "Read from: example.org". */
  readFrom: string
  /** Key of the confidence marks, in the chart notes. */
  confidenceKey: string
  /** Key of dashed lines (a question about the people, not the country). */
  peopleKey: string
  /** Key of dotted joins (a long span between two published waves). */
  longJoinKey: string
  /** Why a period has no figure. */
  gapNoWave: string
  gapNotFound: string
  /** Lead of the list of gaps in the notes, keying the bars on the axis. */
  gapsKey: string
}

export const DEFAULT_LABELS: ChartLabels = {
  showTable: 'Show table',
  hideTable: 'Hide table',
  source: 'Source',
  notes: 'Notes',
  methodBreaks: 'Method breaks',
  estimated: 'Estimated',
  provisional: 'Provisional',
  sampleSize: 'Sample size',
  surveySampleSize: 'Whole survey’s sample (this age group’s not published)',
  fieldwork: 'Fieldwork',
  marginOfError: '95% sampling error',
  samplingErrorBand: '95% sampling error only',
  samplingErrorNote:
    'Shaded: 95% sampling error in points, computed here from the published n as for a simple random sample; it leaves out every other kind of survey error.',
  noSampleSizeBand:
    'Points without a band: the source published no sample size for that figure (for an age band, its own n; the whole survey’s n is not used).',
  noData: 'No data for this selection',
  legend: 'Series (press to show or hide)',
  range: 'Time range',
  rangeFrom: 'From',
  rangeTo: 'To',
  resetRange: 'Reset range',
  keyboardHint:
    'Use the arrow keys to move between points: left and right along a series, up and down between series. Escape clears.',
  series: 'Series',
  period: 'Period',
  value: 'Value',
  category: 'Age group',
  unitTitles: {
    percent: 'Percent of respondents',
    thermometer: 'Feeling thermometer (0–100)',
    count: 'Visitors',
  },
  annual: 'Annual',
  monthly: 'Monthly',
  earlier: 'Earlier wave',
  later: 'Later wave',
  bandsNote: 'Age bands as each source published them; sources are never merged.',
  provisionalNote: 'Hollow points are provisional or estimated figures.',
  download: 'Download',
  downloadSvg: 'SVG image',
  downloadPng: 'PNG image',
  downloadPng2x: 'PNG image (2×)',
  downloadCsv: 'CSV data',
  downloadJson: 'JSON data',
  viewIn: 'View in ROK–Japan Pulse',
  question: 'Question',
  conductedBy: 'Run by',
  confidence: 'Confidence',
  confidenceLevels: {
    high: 'high (the publisher’s page, or two agreeing pages)',
    medium: 'medium (one news page)',
    low: 'low (a forum, blog or machine translation, or derived)',
  },
  readFrom: 'Read from',
  confidenceKey:
    'Ringed points: medium confidence (one news page). Faded points with a dashed ring: low confidence (a forum, blog or machine translation, or derived).',
  peopleKey: 'Dashed lines: the question was about the people, not the country.',
  gapNoWave: 'no wave fielded',
  gapNotFound: 'figure not found',
  gapsKey: 'Bars on the time axis mark periods with no figure:',
  longJoinKey:
    'Dotted lines join two published waves more than two years apart: no figure was published in between, so the line shows no change there.',
}

/** Defaults overlaid with the caller's strings. */
export function resolveLabels(labels?: Partial<ChartLabels>): ChartLabels {
  return labels ? { ...DEFAULT_LABELS, ...labels } : DEFAULT_LABELS
}
