/**
 * Fixed colours, declared as data. Every survey source family and every travel/opinion
 * direction has one colour, in a light and a dark variant, so that hiding a series never
 * reshuffles the others and a colour means the same thing on every chart.
 *
 * The first eight families follow Okabe–Ito hues (blue, vermillion, bluish green, reddish
 * purple, orange, teal, red, brown) and are the ones most often shown together; the rest are
 * Tableau-10-like hues. Light variants reach ≥3:1 contrast against #ffffff, dark variants
 * against #121417 (WCAG 1.4.11 for graphical objects); tests/charts/palette.test.ts checks it.
 * Colour is never the only channel: charts also label series directly or by legend, and the
 * directions use distinct marker shapes.
 */

/** A mark colour for light and dark backgrounds. */
export interface SchemeColor {
  light: string
  dark: string
}

/** Survey or statistic source families, in declared (legend) order. */
export const SOURCE_FAMILIES = [
  'genron',
  'cao',
  'hrc',
  'yh',
  'gallup',
  'jpri',
  'asahi',
  'nikkei',
  'chosun-mainichi',
  'pew',
  'keri',
  'nahf',
  'chosun-snu',
  'seoul2004',
  'jnto',
  'kto',
  'moj',
  'krgov',
  'kosis',
  'kcti',
  'jtb',
  'other',
] as const
export type SourceFamily = (typeof SOURCE_FAMILIES)[number]

/** One colour per source family. */
export const SOURCE_COLORS: Readonly<Record<SourceFamily, SchemeColor>> = {
  genron: { light: '#0072B2', dark: '#56B4E9' },
  cao: { light: '#D55E00', dark: '#FF8F4D' },
  hrc: { light: '#007F5F', dark: '#2EC4A0' },
  yh: { light: '#B0488C', dark: '#E08CC0' },
  gallup: { light: '#A86500', dark: '#E69F00' },
  jpri: { light: '#2F7F8F', dark: '#6FC3CF' },
  asahi: { light: '#C8243C', dark: '#FF7A88' },
  nikkei: { light: '#85603A', dark: '#C9A077' },
  'chosun-mainichi': { light: '#6E4FA3', dark: '#B39BE6' },
  pew: { light: '#5A6670', dark: '#A7B3BD' },
  keri: { light: '#4A7A1E', dark: '#93C75F' },
  nahf: { light: '#3A4FC4', dark: '#93A3FF' },
  'chosun-snu': { light: '#A2307E', dark: '#F08BD2' },
  seoul2004: { light: '#7D6F00', dark: '#D9C43A' },
  jnto: { light: '#1D5F9E', dark: '#7DB6F0' },
  kto: { light: '#B54A1C', dark: '#F29A6B' },
  moj: { light: '#2D6A4F', dark: '#74C69D' },
  krgov: { light: '#8E3B5F', dark: '#E59ABD' },
  kosis: { light: '#5C5C99', dark: '#A8A8E6' },
  kcti: { light: '#7A5C00', dark: '#D4AA2E' },
  jtb: { light: '#9C3D3D', dark: '#EE8E8E' },
  other: { light: '#666666', dark: '#9A9A9A' },
}

/** Directions: whose view of whom, or who travels where. Declared order. */
export const DIRECTIONS = ['KR-JP', 'JP-KR'] as const
export type Direction = (typeof DIRECTIONS)[number]

/** KR→JP is blue, JP→KR orange: the most robust colour-blind pair. */
export const DIRECTION_COLORS: Readonly<Record<Direction, SchemeColor>> = {
  'KR-JP': { light: '#1565C0', dark: '#64A8F0' },
  'JP-KR': { light: '#C2410C', dark: '#FB923C' },
}

/** Marker shape per direction, so direction never relies on colour alone. */
export const DIRECTION_SHAPES: Readonly<Record<Direction, 'circle' | 'square'>> = {
  'KR-JP': 'circle',
  'JP-KR': 'square',
}

/** Chart backgrounds the palette is checked against. */
export const BACKGROUNDS = { light: '#ffffff', dark: '#121417' } as const

/**
 * Colours for source families the palette does not declare (a survey added to the data, or a
 * live API's own families), chosen to differ from the declared hues; same contrast rules.
 */
export const FALLBACK_COLORS: readonly SchemeColor[] = [
  { light: '#0E7490', dark: '#22D3EE' },
  { light: '#9D174D', dark: '#F472B6' },
  { light: '#4D7C0F', dark: '#A3E635' },
  { light: '#7C3AED', dark: '#C4B5FD' },
  { light: '#B45309', dark: '#FBBF24' },
  { light: '#1E40AF', dark: '#93C5FD' },
  { light: '#BE123C', dark: '#FDA4AF' },
  { light: '#047857', dark: '#6EE7B7' },
]

/** Is `family` one of the families with a declared colour? */
export function isDeclaredFamily(family: string): family is SourceFamily {
  return Object.hasOwn(SOURCE_COLORS, family)
}

/**
 * A colour for every family of a dataset: declared families keep their declared colour;
 * the others take the fallback colours in alphabetical order of their ids, so a family's colour
 * depends only on which families the dataset has, never on which series a view shows.
 */
export function familyColors(families: Iterable<string>): Map<string, SchemeColor> {
  const out = new Map<string, SchemeColor>()
  const unknown = [...new Set(families)].filter((f) => !isDeclaredFamily(f)).sort()
  for (const f of new Set(families)) if (isDeclaredFamily(f)) out.set(f, SOURCE_COLORS[f])
  unknown.forEach((f, i) =>
    out.set(f, FALLBACK_COLORS[i % FALLBACK_COLORS.length] ?? SOURCE_COLORS.other),
  )
  return out
}

/** Colour of a declared source family; any other family gets `other` (see {@link familyColors}). */
export function sourceColor(family: string): SchemeColor {
  return isDeclaredFamily(family) ? SOURCE_COLORS[family] : SOURCE_COLORS.other
}

/** Colour of a direction given as countries (respondents/travellers → target/destination). */
export function directionColor(from: 'KR' | 'JP', to: 'KR' | 'JP'): SchemeColor {
  return from === 'KR' && to === 'JP' ? DIRECTION_COLORS['KR-JP'] : DIRECTION_COLORS['JP-KR']
}

function channel(v: number): number {
  const c = v / 255
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

/** WCAG relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`)
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => channel(parseInt(h ?? '0', 16))) as [
    number,
    number,
    number,
  ]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG contrast ratio between two #rrggbb colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ]
  return (hi + 0.05) / (lo + 0.05)
}
