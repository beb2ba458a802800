/**
 * Searching and sorting "All series", as pure functions: which series a search keeps and in
 * what order a column puts the rows. Missing values (a row still loading, failed, or without
 * an all-ages figure) go last in either direction.
 */
import type { SeriesMeta } from '../../data/schemas'

export const SORT_KEYS = ['series', 'source', 'latest', 'period', 'unit', 'link'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export type SortDirection = 'ascending' | 'descending'
export interface SortState {
  key: SortKey
  dir: SortDirection
}

/** The next sort after a click on `key`: ascending first, then the other way. */
export function nextSort(current: SortState | null, key: SortKey): SortState {
  if (current?.key !== key) return { key, dir: 'ascending' }
  return { key, dir: current.dir === 'ascending' ? 'descending' : 'ascending' }
}

/** Case-, width- and dash-insensitive form for matching ("18-29" finds "18–29"). */
export function normalizeForSearch(s: string): string {
  return s
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
}

/** Everything a search looks in: titles and source names in every language, and the survey. */
function haystack(s: SeriesMeta): string {
  const texts = [s.title, s.sourceOrg, s.survey, s.label, s.sourceLabel]
  for (const lang of ['ko', 'ja'] as const) {
    const tr = s.i18n?.[lang]
    texts.push(tr?.title, tr?.label, tr?.sourceLabel)
  }
  return normalizeForSearch(texts.filter(Boolean).join('\n'))
}

/** True when every word of `query` occurs in the series' title, source or survey. */
export function matchesSearch(s: SeriesMeta, query: string): boolean {
  const words = normalizeForSearch(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const text = haystack(s)
  return words.every((w) => text.includes(w))
}

/** A row's sort value for one column; null sorts last. */
export type SortValue = string | number | null

/**
 * The rows in `sort` order (stable: equal values keep their order). `valueOf` gives a row's
 * value for a column; strings compare with `collator`.
 */
export function sortRows<T>(
  rows: readonly T[],
  sort: SortState | null,
  valueOf: (row: T, key: SortKey) => SortValue,
  collator: Intl.Collator,
): T[] {
  if (!sort) return [...rows]
  const sign = sort.dir === 'ascending' ? 1 : -1
  const keyed = rows.map((row) => ({ row, v: valueOf(row, sort.key) }))
  keyed.sort((a, b) => {
    if (a.v === null || b.v === null) return a.v === b.v ? 0 : a.v === null ? 1 : -1
    const c =
      typeof a.v === 'number' && typeof b.v === 'number'
        ? a.v - b.v
        : collator.compare(String(a.v), String(b.v))
    return sign * c
  })
  return keyed.map((k) => k.row)
}
