/**
 * Which published series each chart draws, declared as data. Charts show like with like: the
 * favourability chart takes each source's headline "positive" measure (good impression, like,
 * affinity, favourable, thermometer), never mixing in "relations are good" or "dislike" shares.
 * Order here is legend order.
 */
import type { SourceFamily } from './palette'

export type Direction = 'KR-JP' | 'JP-KR'

/**
 * How often a series is fielded, which decides what counts as a missing wave: an annual
 * survey with no wave for a year is a gap; an irregular one is joined across at most
 * {@link MAX_JOIN_MONTHS}.irregular months. Month-level series are joined month to month.
 */
export type Cadence = 'annual' | 'quarterly' | 'monthly' | 'irregular'

/** Longest distance in months between two consecutive published waves drawn as one line. */
export const MAX_JOIN_MONTHS: Record<Cadence, number> = {
  annual: 18,
  quarterly: 5,
  monthly: 1.5,
  irregular: 48,
}

export interface ChartSeriesRef {
  id: string
  family: SourceFamily
  direction: Direction
  /** Short legend label (source name); the full title comes from the API. */
  label: string
  cadence: Cadence
}

/** Headline favourability series, one per source and direction. */
export const FAVORABILITY_SERIES: readonly ChartSeriesRef[] = [
  {
    id: 'genron-kr-good-impression-jp',
    family: 'genron',
    direction: 'KR-JP',
    label: 'Genron NPO/EAI',
    cadence: 'annual',
  },
  {
    id: 'gallup-kr-like-jp',
    family: 'gallup',
    direction: 'KR-JP',
    label: 'Gallup Korea',
    cadence: 'irregular',
  },
  {
    id: 'jpri-kr-favorable-jp',
    family: 'jpri',
    direction: 'KR-JP',
    label: 'Japan Press Research Inst.',
    cadence: 'annual',
  },
  {
    id: 'yomiuri-hankook-kr-affinity-jp',
    family: 'yh',
    direction: 'KR-JP',
    label: 'Yomiuri–Hankook Ilbo',
    cadence: 'irregular',
  },
  {
    id: 'asahi-donga-kr-like-jp',
    family: 'asahi',
    direction: 'KR-JP',
    label: 'Asahi–Dong-A',
    cadence: 'irregular',
  },
  {
    id: 'chosun-mainichi-kr-friendly-japanese',
    family: 'chosun-mainichi',
    direction: 'KR-JP',
    label: 'Chosun–Mainichi',
    cadence: 'irregular',
  },
  {
    id: 'pew-kr-favorable-jp',
    family: 'pew',
    direction: 'KR-JP',
    label: 'Pew',
    cadence: 'irregular',
  },
  {
    id: 'hrc-kr-thermometer-jp',
    family: 'hrc',
    direction: 'KR-JP',
    label: 'Hankook Research',
    cadence: 'quarterly',
  },
  {
    id: 'genron-jp-good-impression-kr',
    family: 'genron',
    direction: 'JP-KR',
    label: 'Genron NPO/EAI',
    cadence: 'annual',
  },
  {
    id: 'cao-jp-affinity-kr',
    family: 'cao',
    direction: 'JP-KR',
    label: 'Cabinet Office',
    cadence: 'annual',
  },
  {
    id: 'yomiuri-hankook-jp-affinity-kr',
    family: 'yh',
    direction: 'JP-KR',
    label: 'Yomiuri–Hankook Ilbo',
    cadence: 'irregular',
  },
  {
    id: 'asahi-donga-jp-like-kr',
    family: 'asahi',
    direction: 'JP-KR',
    label: 'Asahi–Dong-A',
    cadence: 'irregular',
  },
  {
    id: 'nikkei-jp-like-kr',
    family: 'nikkei',
    direction: 'JP-KR',
    label: 'Nikkei',
    cadence: 'irregular',
  },
  {
    id: 'chosun-mainichi-jp-like-koreans',
    family: 'chosun-mainichi',
    direction: 'JP-KR',
    label: 'Chosun–Mainichi',
    cadence: 'irregular',
  },
  {
    id: 'pew-jp-favorable-kr',
    family: 'pew',
    direction: 'JP-KR',
    label: 'Pew',
    cadence: 'irregular',
  },
]

const ref = (
  id: string,
  family: SourceFamily,
  direction: Direction,
  label: string,
  cadence: Cadence,
): ChartSeriesRef => ({ id, family, direction, label, cadence })

/** Unfavourable views: bad impression, dislike, no affinity. */
export const UNFAVORABILITY_SERIES: readonly ChartSeriesRef[] = [
  ref('genron-kr-bad-impression-jp', 'genron', 'KR-JP', 'Genron NPO/EAI', 'annual'),
  ref('gallup-kr-dislike-jp', 'gallup', 'KR-JP', 'Gallup Korea', 'irregular'),
  ref('yomiuri-hankook-kr-no-affinity-jp', 'yh', 'KR-JP', 'Yomiuri–Hankook Ilbo', 'irregular'),
  ref('asahi-donga-kr-dislike-jp', 'asahi', 'KR-JP', 'Asahi–Dong-A', 'irregular'),
  ref('genron-jp-bad-impression-kr', 'genron', 'JP-KR', 'Genron NPO/EAI', 'annual'),
  ref('cao-jp-no-affinity-kr', 'cao', 'JP-KR', 'Cabinet Office', 'annual'),
  ref('yomiuri-hankook-jp-no-affinity-kr', 'yh', 'JP-KR', 'Yomiuri–Hankook Ilbo', 'irregular'),
  ref('nikkei-jp-dislike-kr', 'nikkei', 'JP-KR', 'Nikkei', 'irregular'),
]

/** Whether relations between the two countries are good. */
export const RELATIONS_SERIES: readonly ChartSeriesRef[] = [
  ref('yomiuri-hankook-kr-relations-good', 'yh', 'KR-JP', 'Yomiuri–Hankook Ilbo', 'irregular'),
  ref('yomiuri-hankook-jp-relations-good', 'yh', 'JP-KR', 'Yomiuri–Hankook Ilbo', 'irregular'),
  ref('cao-jp-relations-good-kr', 'cao', 'JP-KR', 'Cabinet Office', 'annual'),
]

/** Trust in the other country. */
export const TRUST_SERIES: readonly ChartSeriesRef[] = [
  ref('yomiuri-hankook-kr-trust-jp', 'yh', 'KR-JP', 'Yomiuri–Hankook Ilbo', 'irregular'),
  ref('yomiuri-hankook-jp-trust-kr', 'yh', 'JP-KR', 'Yomiuri–Hankook Ilbo', 'irregular'),
]

/** The trend chart's series for each opinion measure. */
export const MEASURE_SERIES = {
  favourable: FAVORABILITY_SERIES,
  unfavourable: UNFAVORABILITY_SERIES,
  relations: RELATIONS_SERIES,
  trust: TRUST_SERIES,
} as const

/** Series that publish age bands, for the age-cohorts chart (waves chosen from the data). */
export const COHORT_SERIES: readonly ChartSeriesRef[] = [
  {
    id: 'cao-jp-affinity-kr',
    family: 'cao',
    direction: 'JP-KR',
    label: 'Cabinet Office',
    cadence: 'annual',
  },
  {
    id: 'gallup-kr-like-jp',
    family: 'gallup',
    direction: 'KR-JP',
    label: 'Gallup Korea',
    cadence: 'irregular',
  },
  {
    id: 'hrc-kr-thermometer-jp',
    family: 'hrc',
    direction: 'KR-JP',
    label: 'Hankook Research',
    cadence: 'quarterly',
  },
  {
    id: 'genron-jp-good-impression-kr',
    family: 'genron',
    direction: 'JP-KR',
    label: 'Genron NPO/EAI',
    cadence: 'annual',
  },
  {
    id: 'genron-kr-good-impression-jp',
    family: 'genron',
    direction: 'KR-JP',
    label: 'Genron NPO/EAI',
    cadence: 'annual',
  },
  {
    id: 'asahi-2019-jp-like-kr',
    family: 'asahi',
    direction: 'JP-KR',
    label: 'Asahi (2019)',
    cadence: 'irregular',
  },
  {
    id: 'yomiuri-hankook-kr-affinity-jp',
    family: 'yh',
    direction: 'KR-JP',
    label: 'Yomiuri–Hankook Ilbo',
    cadence: 'irregular',
  },
  {
    id: 'yomiuri-hankook-jp-affinity-kr',
    family: 'yh',
    direction: 'JP-KR',
    label: 'Yomiuri–Hankook Ilbo',
    cadence: 'irregular',
  },
  {
    id: 'chosun-snu-kr-thermometer-jp',
    family: 'chosun-snu',
    direction: 'KR-JP',
    label: 'Chosun–SNU',
    cadence: 'irregular',
  },
  {
    id: 'gallup-kr-like-japanese-people',
    family: 'gallup',
    direction: 'KR-JP',
    label: 'Gallup Korea (people)',
    cadence: 'irregular',
  },
]

/** Visitor flows: annual and monthly counts by direction, one definition per line. */
export const TOURISM_SERIES = {
  annual: [
    {
      id: 'jnto-kr-visitors-to-jp',
      family: 'jnto',
      direction: 'KR-JP',
      label: 'Koreans visiting Japan (JNTO)',
      cadence: 'annual',
    },
    {
      id: 'kto-jp-visitors-to-kr',
      family: 'kto',
      direction: 'JP-KR',
      label: 'Japanese visiting Korea (KTO)',
      cadence: 'annual',
    },
  ],
  monthly: [
    {
      id: 'jnto-kr-visitors-to-jp-monthly',
      family: 'jnto',
      direction: 'KR-JP',
      label: 'Koreans visiting Japan (JNTO)',
      cadence: 'monthly',
    },
    {
      id: 'kto-jp-visitors-to-kr-monthly',
      family: 'kto',
      direction: 'JP-KR',
      label: 'Japanese visiting Korea (KTO)',
      cadence: 'monthly',
    },
  ],
} as const satisfies Record<'annual' | 'monthly', readonly ChartSeriesRef[]>

/** Opinion beside travel: each direction's longest sentiment series with the matching flow. */
export const OPINION_VS_TOURISM: Record<Direction, { opinionId: string; tourismId: string }> = {
  'KR-JP': { opinionId: 'genron-kr-good-impression-jp', tourismId: 'jnto-kr-visitors-to-jp' },
  'JP-KR': { opinionId: 'genron-jp-good-impression-kr', tourismId: 'kto-jp-visitors-to-kr' },
}
