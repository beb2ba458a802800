/** English UI messages: the reference catalogue. `{name}` placeholders are filled by `t()`. */
export const en = {
  'app.title': 'ROK–Japan Pulse',
  'app.tagline':
    'How South Koreans and Japanese see each other: published survey figures by source and age cohort, beside tourism flows. Every number links to where it was published.',
  'app.skip': 'Skip to content',
  'header.language': 'Language',
  'header.theme': 'Theme',
  'theme.auto': 'Auto',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'notice.ignoredParams':
    'Some link settings were not understood and the defaults are shown instead: {params}.',
  'notice.dismiss': 'Dismiss',
  'overview.heading': 'All series',
  'overview.intro':
    'Every series in the dataset with its most recent all-ages figure. Opinion shares are percent of respondents; thermometer scores are 0–100 means; visitor counts are people.',
  'overview.col.series': 'Series',
  'overview.col.source': 'Source',
  'overview.col.latest': 'Latest (all ages)',
  'overview.col.period': 'Period',
  'overview.col.unit': 'Unit',
  'overview.col.link': 'Source page',
  'overview.topic.opinion': 'Opinion surveys',
  'overview.topic.tourism': 'Tourism',
  'overview.noAllAges': 'Published by age band only',
  'overview.empty': 'The data service returned no series.',
  'overview.estimated': 'estimate',
  'overview.provisional': 'provisional',
  'overview.open': 'open',
  'unit.percent': '% of respondents',
  'unit.thermometer': '0–100 thermometer',
  'unit.count': 'visitors',
  'direction.KR-JP': 'Koreans on Japan',
  'direction.JP-KR': 'Japanese on Korea',
  'state.loading': 'Loading…',
  'state.retry': 'Retry',
  'error.network': 'Could not reach the data service. Check the connection and retry.',
  'error.timeout': 'The data service took too long to answer.',
  'error.http': 'The data service answered with an error ({status}).',
  'error.parse': 'The data service sent a response that could not be read.',
  'error.schema':
    'The data service sent data in an unexpected shape, so nothing is shown rather than a wrong number.',
  'error.unknown': 'Something went wrong while loading this part of the page.',
  'footer.data':
    'Data: published figures compiled from the sources listed with each series. Code and data are open source.',
  'footer.mock': 'Served by the built-in mock API.',
  'footer.live': 'Served by the live API at {url}.',
} as const

export type MessageKey = keyof typeof en
export type Messages = Record<MessageKey, string>
