/**
 * Descriptive download names: what a file is should be readable from its name in a folder of
 * twenty charts, e.g. `rokjp-pulse_favorability-trend_age-18-29_2018-2025.svg`.
 */

/** The view a file shows (a structural subset of the dashboard state). */
export interface ExportView {
  age?: string | null
  from?: number | null
  to?: number | null
  lang?: string | null
  respondents?: string | null
  /** Extra qualifier: a facet ("kr-jp") or mode ("monthly"). */
  variant?: string | null
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/\+/g, 'plus')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** `rokjp-pulse_<chart>[_<variant>][_age-<age>][_<from>-<to>][_<respondents>][_<lang>].<ext>` */
export function fileName(chartId: string, view: ExportView = {}, ext = 'svg'): string {
  const parts = ['rokjp-pulse', slug(chartId) || 'chart']
  if (view.variant) parts.push(slug(view.variant))
  if (view.age && view.age !== 'all') parts.push(`age-${slug(view.age)}`)
  if (view.from != null || view.to != null)
    parts.push(`${view.from ?? 'start'}-${view.to ?? 'latest'}`)
  if (view.respondents && view.respondents !== 'both')
    parts.push(`${slug(view.respondents)}-respondents`)
  if (view.lang && view.lang !== 'en') parts.push(slug(view.lang))
  return `${parts.filter(Boolean).join('_')}.${slug(ext) || 'svg'}`
}

/** {@link fileName} without the extension (the menu adds `.svg`, `.png`, `@2x.png`, `.csv`). */
export function fileBaseName(chartId: string, view: ExportView = {}): string {
  return fileName(chartId, view, 'x').replace(/\.x$/, '')
}
