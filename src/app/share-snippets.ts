/**
 * The three ways to take a chart away, all carrying the current view: a link to the
 * dashboard, an iframe snippet and a loader snippet (docs/embedding.md). Pure and escaped:
 * every value that came from the URL state is attribute-escaped before it enters HTML.
 */
import { serializeDashboardState, type DashboardState } from '../url/state'

export interface ShareSnippets {
  link: string
  embedUrl: string
  iframe: string
  loader: string
}

/** Escapes text for an HTML attribute or text node. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/**
 * The embed's own parameters: the chart, the whole view (defaults written out, so a published
 * embed never changes when a default does) and the data version it is pinned to.
 */
function embedQuery(
  chart: string,
  state: DashboardState,
  asOf: string | null,
  full: boolean,
): string {
  const extra: Record<string, string> = {}
  if (asOf) extra.asOf = asOf
  if (full) extra.full = '1'
  const qs = serializeDashboardState(state, extra, { defaults: true })
  return `chart=${encodeURIComponent(chart)}&${qs.replace(/^\?/, '')}`
}

/**
 * The iframe snippet's height, px: a compact chart's height on a 320 px phone column plus a few
 * per cent (docs/embedding.md, "Measured content heights"), so a frame with no script on the
 * page never cuts the source line off. A full view's height varies too much with the filters
 * for one number: the loader (or embed.js on the page) sizes it.
 */
const IFRAME_HEIGHT: Record<string, number> = {
  'favorability-trend': 1040,
  'age-cohorts': 510,
  'tourism-flows': 600,
  'opinion-vs-tourism': 830,
}
const IFRAME_HEIGHT_FULL = 1200

/**
 * Snippets for `chart` at `appBase` (the dashboard's URL without query, e.g.
 * `https://pulse.example.org/`), with `title` as the iframe's accessible name.
 */
export function shareSnippets(
  appBase: string,
  chart: string,
  state: DashboardState,
  title: string,
  asOf: string | null = null,
  { full = false }: { full?: boolean } = {},
): ShareSnippets {
  const base = new URL('.', appBase)
  const link = `${new URL(serializeDashboardState(state) || '.', base).href}#${chart}`
  const embedUrl = new URL(`embed.html?${embedQuery(chart, state, asOf, full)}`, base).href
  const t = escapeHtml(`ROK–Japan Pulse: ${title}`)
  const iframe = `<iframe src="${escapeHtml(embedUrl)}" title="${t}" width="100%" height="${full ? IFRAME_HEIGHT_FULL : (IFRAME_HEIGHT[chart] ?? 720)}" style="border:0" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" referrerpolicy="strict-origin-when-cross-origin"></iframe>`

  // the loader's attributes carry the whole view too, defaults included, and the data version
  const data: [string, string | null][] = [
    ['data-rokjp-chart', chart],
    ['data-age', state.age],
    ['data-from', state.from === null ? null : String(state.from)],
    ['data-to', state.to === null ? null : String(state.to)],
    ['data-respondents', state.respondents],
    ['data-sources', state.sources.length ? state.sources.join(',') : null],
    ['data-measure', state.measure],
    ['data-lang', state.lang],
    ['data-theme', state.theme],
    ['data-as-of', asOf],
    ['data-full', full ? '1' : null],
  ]
  const attrs = data
    .filter((d): d is [string, string] => d[1] !== null)
    .map(([k, v]) => `${k}="${escapeHtml(v)}"`)
    .join(' ')
  const png = new URL(`static/${encodeURIComponent(chart)}.png`, base).href
  const loader = [
    `<div ${attrs}>`,
    `  <noscript><img src="${escapeHtml(png)}" alt="${t}" style="max-width:100%"></noscript>`,
    `</div>`,
    `<script async src="${escapeHtml(new URL('embed.js', base).href)}"></script>`,
  ].join('\n')
  return { link, embedUrl, iframe, loader }
}
