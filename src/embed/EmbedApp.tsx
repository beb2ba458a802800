/**
 * One chart, chrome-less: the chart feature itself (title, subtitle, plot, source line and
 * notes), then a footer with the data date and a link to the same view in the dashboard.
 * Missing or unknown chart ids get a readable message listing the valid ones, never a blank frame.
 */
import { useIsFetching, useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useApiBase } from '../data/api-context'
import { seriesListOptions } from '../data/queries'
import { createFormatters } from '../domain/format'
import { LOCALES } from '../i18n/catalogue'
import { fill } from '../i18n/chart-strings'
import { useLocale } from '../i18n/context'
import type { DashboardState, IgnoredParam, Lang } from '../url/state'
import type { EmbedChartComponent } from './charts'
import { EMBED_CHART_IDS, type EmbedChartId, type EmbedParams } from './params'
import { EMBED_STRINGS } from './strings'

export interface EmbedAppProps {
  params: EmbedParams
  /** The chart's feature component (loaded by the entry); ignored when `params.chart` is null. */
  Chart: EmbedChartComponent | null
  /** `dataAsOf` of data/processed/manifest.json (YYYY-MM-DD), when the build had one. */
  dataAsOf: string | null
  /** URL of the dashboard for a state (the "View in" link). */
  dashboardUrl: (state: DashboardState, chart: EmbedChartId) => string
}

export function EmbedApp({ params, Chart, dataAsOf, dashboardUrl }: EmbedAppProps) {
  const [state, setState] = useState(params.state)
  const { chart } = params
  if (!chart || !Chart)
    return <UnknownChart lang={params.state.lang} requested={params.requestedChart} />
  return (
    <main className={params.full ? 'embed' : 'embed embed--compact'}>
      <Chart
        state={state}
        isStatic={params.isStatic}
        onStateChange={
          params.isStatic ? undefined : (next) => setState((prev) => ({ ...prev, ...next }))
        }
        headingLevel={2}
        methodsPage={dashboardUrl(state, chart)}
        compact={!params.full}
      />
      <EmbedFooter
        lang={state.lang}
        dataAsOf={dataAsOf}
        pinnedTo={params.asOf}
        href={dashboardUrl(state, chart)}
        ignored={params.ignored}
      />
    </main>
  )
}

function formatDate(iso: string, lang: Lang): string {
  const d = new Date(`${iso}T00:00:00Z`)
  if (Number.isNaN(d.getTime())) return iso
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(d)
}

/** The manifest's date, else the latest period any series reaches (from the shared cache). */
function useDataDate(dataAsOf: string | null, lang: Lang): string | null {
  const base = useApiBase()
  const list = useQuery({ ...seriesListOptions(base), enabled: !dataAsOf })
  if (dataAsOf) return formatDate(dataAsOf, lang)
  const latest = (list.data?.series ?? [])
    .flatMap((s) => (s.coverage ? [s.coverage.to] : []))
    .sort()
    .at(-1)
  return latest ? createFormatters(lang).period(latest) : null
}

/** Longest the footer waits for the chart's first data before it shows anyway. */
const FOOTER_WAIT_MS = 8000

/**
 * True once the chart's first requests have finished (or {@link FOOTER_WAIT_MS} passed). The
 * footer keeps its place but stays invisible until then: drawn under the skeleton, it would
 * jump down when the taller chart replaces it (a layout shift on every load).
 */
function useFirstDataSettled(): boolean {
  const fetching = useIsFetching()
  const [started, setStarted] = useState(false)
  // latched: a later refetch or retry never hides the footer again
  const [settled, setSettled] = useState(false)
  if (fetching > 0 && !started) setStarted(true)
  if (started && fetching === 0 && !settled) setSettled(true)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(true), FOOTER_WAIT_MS)
    return () => clearTimeout(timer)
  }, [])
  return settled
}

function EmbedFooter({
  lang,
  dataAsOf,
  pinnedTo,
  href,
  ignored,
}: {
  lang: Lang
  dataAsOf: string | null
  /** `asOf` of a published (pinned) embed. */
  pinnedTo: string | null
  href: string
  ignored: IgnoredParam[]
}) {
  const s = EMBED_STRINGS[lang]
  const date = useDataDate(dataAsOf, lang)
  // the numbers shown are the service's latest: never a silent change for a pinned embed
  const updated = pinnedTo !== null && dataAsOf !== null && dataAsOf > pinnedTo
  const params = ignored.map((p) => `${p.name}=${p.value.slice(0, 24)}`).join(', ')
  const settled = useFirstDataSettled()
  return (
    <footer className="embed__footer" style={settled ? undefined : { visibility: 'hidden' }}>
      {ignored.length > 0 ? (
        <p className="embed__ignored" role="note">
          {fill(s.ignored, { params })}
        </p>
      ) : null}
      {updated ? (
        <p className="embed__updated" role="note">
          {fill(s.updatedSince, { pinned: formatDate(pinnedTo, lang), date: date ?? dataAsOf })}
        </p>
      ) : null}
      <p className="embed__meta">
        {date ? <span>{fill(s.dataAsOf, { date })}</span> : null}
        <a href={href} target="_blank" rel="noopener">
          {s.viewInDashboard}
          <span className="visually-hidden"> {s.newTab}</span>
        </a>
      </p>
    </footer>
  )
}

function UnknownChart({ lang, requested }: { lang: Lang; requested: string }) {
  const s = EMBED_STRINGS[lang]
  // English until the reader's language has loaded, like the chart itself
  const titles = useLocale().charts.titles
  return (
    <main className="embed embed--unknown">
      <div role="alert">
        <h2 className="embed__unknown-title">{s.unknownTitle}</h2>
        <p>{requested ? fill(s.unknownChart, { chart: requested }) : s.missingChart}</p>
        <p>{s.validIds}</p>
        <ul>
          {EMBED_CHART_IDS.map((id) => (
            <li key={id}>
              <code>{id}</code> – {titles[id]}
            </li>
          ))}
        </ul>
      </div>
    </main>
  )
}
