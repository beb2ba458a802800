/**
 * Which published series each chart draws, declared as data. Charts show like with like: the
 * favourability chart takes each source's headline "positive" measure (good impression, like,
 * affinity, favourable, thermometer), never mixing in "relations are good" or "dislike" shares.
 * Order here is legend order.
 */
import type { SourceFamily } from './palette'

export type Direction = 'KR-JP' | 'JP-KR'

export interface ChartSeriesRef {
  id: string
  family: SourceFamily
  direction: Direction
  /** Short legend label (source name); the full title comes from the API. */
  label: string
}

/** Headline favourability series, one per source and direction. */
export const FAVORABILITY_SERIES: readonly ChartSeriesRef[] = [
  {
    id: 'genron-kr-good-impression-jp',
    family: 'genron',
    direction: 'KR-JP',
    label: 'Genron NPO/EAI',
  },
  { id: 'gallup-kr-like-jp', family: 'gallup', direction: 'KR-JP', label: 'Gallup Korea' },
  {
    id: 'jpri-kr-favorable-jp',
    family: 'jpri',
    direction: 'KR-JP',
    label: 'Japan Press Research Inst.',
  },
  {
    id: 'yomiuri-hankook-kr-affinity-jp',
    family: 'yh',
    direction: 'KR-JP',
    label: 'Yomiuri–Hankook Ilbo',
  },
  { id: 'asahi-donga-kr-like-jp', family: 'asahi', direction: 'KR-JP', label: 'Asahi–Dong-A' },
  {
    id: 'chosun-mainichi-kr-friendly-japanese',
    family: 'chosun-mainichi',
    direction: 'KR-JP',
    label: 'Chosun–Mainichi',
  },
  { id: 'pew-kr-favorable-jp', family: 'pew', direction: 'KR-JP', label: 'Pew' },
  { id: 'hrc-kr-thermometer-jp', family: 'hrc', direction: 'KR-JP', label: 'Hankook Research' },
  {
    id: 'genron-jp-good-impression-kr',
    family: 'genron',
    direction: 'JP-KR',
    label: 'Genron NPO/EAI',
  },
  { id: 'cao-jp-affinity-kr', family: 'cao', direction: 'JP-KR', label: 'Cabinet Office' },
  {
    id: 'yomiuri-hankook-jp-affinity-kr',
    family: 'yh',
    direction: 'JP-KR',
    label: 'Yomiuri–Hankook Ilbo',
  },
  { id: 'asahi-donga-jp-like-kr', family: 'asahi', direction: 'JP-KR', label: 'Asahi–Dong-A' },
  { id: 'nikkei-jp-like-kr', family: 'nikkei', direction: 'JP-KR', label: 'Nikkei' },
  {
    id: 'chosun-mainichi-jp-like-koreans',
    family: 'chosun-mainichi',
    direction: 'JP-KR',
    label: 'Chosun–Mainichi',
  },
  { id: 'pew-jp-favorable-kr', family: 'pew', direction: 'JP-KR', label: 'Pew' },
]

/** Series that publish age bands, for the age-cohorts chart (waves chosen from the data). */
export const COHORT_SERIES: readonly ChartSeriesRef[] = [
  { id: 'cao-jp-affinity-kr', family: 'cao', direction: 'JP-KR', label: 'Cabinet Office' },
  { id: 'gallup-kr-like-jp', family: 'gallup', direction: 'KR-JP', label: 'Gallup Korea' },
  { id: 'hrc-kr-thermometer-jp', family: 'hrc', direction: 'KR-JP', label: 'Hankook Research' },
  {
    id: 'genron-jp-good-impression-kr',
    family: 'genron',
    direction: 'JP-KR',
    label: 'Genron NPO/EAI',
  },
  {
    id: 'genron-kr-good-impression-jp',
    family: 'genron',
    direction: 'KR-JP',
    label: 'Genron NPO/EAI',
  },
  { id: 'asahi-2019-jp-like-kr', family: 'asahi', direction: 'JP-KR', label: 'Asahi (2019)' },
  {
    id: 'yomiuri-hankook-kr-affinity-jp',
    family: 'yh',
    direction: 'KR-JP',
    label: 'Yomiuri–Hankook Ilbo',
  },
  {
    id: 'yomiuri-hankook-jp-affinity-kr',
    family: 'yh',
    direction: 'JP-KR',
    label: 'Yomiuri–Hankook Ilbo',
  },
  {
    id: 'chosun-snu-kr-thermometer-jp',
    family: 'chosun-snu',
    direction: 'KR-JP',
    label: 'Chosun–SNU',
  },
  {
    id: 'gallup-kr-like-japanese-people',
    family: 'gallup',
    direction: 'KR-JP',
    label: 'Gallup Korea (people)',
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
    },
    {
      id: 'kto-jp-visitors-to-kr',
      family: 'kto',
      direction: 'JP-KR',
      label: 'Japanese visiting Korea (KTO)',
    },
  ],
  monthly: [
    {
      id: 'jnto-kr-visitors-to-jp-monthly',
      family: 'jnto',
      direction: 'KR-JP',
      label: 'Koreans visiting Japan (JNTO)',
    },
    {
      id: 'kto-jp-visitors-to-kr-monthly',
      family: 'kto',
      direction: 'JP-KR',
      label: 'Japanese visiting Korea (KTO)',
    },
  ],
} as const satisfies Record<'annual' | 'monthly', readonly ChartSeriesRef[]>

/** Opinion beside travel: each direction's longest sentiment series with the matching flow. */
export const OPINION_VS_TOURISM: Record<Direction, { opinionId: string; tourismId: string }> = {
  'KR-JP': { opinionId: 'genron-kr-good-impression-jp', tourismId: 'jnto-kr-visitors-to-jp' },
  'JP-KR': { opinionId: 'genron-jp-good-impression-kr', tourismId: 'kto-jp-visitors-to-kr' },
}
