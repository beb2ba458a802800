/** Composition root: URL state → providers → page layout. */
import { lazy, memo, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react'
import { config } from '../config/env'
import { useLocale } from '../i18n/context'
import { HeadlineSummary } from '../features/headline/HeadlineSummary'
import { Filters } from '../features/filters/Filters'
import { FavorabilityTrend } from '../features/favorability/FavorabilityTrend'
import { AgeCohorts } from '../features/cohorts/AgeCohorts'
import { TourismFlows } from '../features/tourism/TourismFlows'
import { OpinionVsTourism } from '../features/opinion-tourism/OpinionVsTourism'
import { AddToPack } from '../features/briefing-pack/AddToPack'
import { BriefingPack } from '../features/briefing-pack/BriefingPack'
import { sourceFamilies } from '../data/chart-inputs'
import { useSeriesProfiles } from '../data/use-series-data'
import {
  serializeDashboardState,
  unknownSources,
  type DashboardState,
  type IgnoredParam,
} from '../url/state'
import type { FeatureChartProps } from '../ui/feature-props'
import { CopyLink } from './CopyLink'
import { PrintChart } from './PrintChart'
import { ShareDialog } from './ShareDialog'
import { Header } from './Header'
import { createQueryClient, Providers } from './Providers'
import { currentHref, useUrlState } from './use-url-state'
import { DeferOffscreen } from '../ui/DeferOffscreen'

function IgnoredNotice({
  ignored: fromUrl,
  sources,
}: {
  ignored: IgnoredParam[]
  sources: readonly string[]
}) {
  const { t, lang } = useLocale()
  const [open, setOpen] = useState(true)
  // source families are the data's: the ones it lacks are known once the series list is in
  const profiles = useSeriesProfiles(lang)
  const ignored = useMemo(() => {
    if (profiles.length === 0 || fromUrl.some((p) => p.name === 'sources')) return fromUrl
    const families = new Set(sourceFamilies(profiles).map((f) => f.family))
    const unknown = unknownSources(sources, families)
    return unknown ? [...fromUrl, unknown] : fromUrl
  }, [fromUrl, sources, profiles])
  if (!open || ignored.length === 0) return null
  const params = ignored.map((p) => `${p.name}=${p.value.slice(0, 40)}`).join(', ')
  return (
    <div className="notice" role="status">
      <p>{t('notice.ignoredParams', { params })}</p>
      <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
        {t('notice.dismiss')}
      </button>
    </div>
  )
}

function SkipLink() {
  const { t } = useLocale()
  return (
    <a className="skip-link" href="#main">
      {t('app.skip')}
    </a>
  )
}

function Tagline() {
  const { t } = useLocale()
  return <p className="tagline">{t('app.tagline')}</p>
}

// Below everything: its own chunk, like the sections above it.
const DataFooter = lazy(() =>
  import('../features/about/DataFooter').then((m) => ({ default: m.DataFooter })),
)

/** The dashboard's address without view or fragment (what a pack's views link back under). */
function pageBase(): string {
  const url = new URL(currentHref())
  url.search = ''
  url.hash = ''
  return url.href
}

/** The absolute address of `state` (what a citation or a downloaded file points back to). */
function viewUrl(state: DashboardState): string {
  const url = new URL(currentHref())
  // the view only: no mock scenario or fragment in a citation
  url.search = serializeDashboardState(state)
  url.hash = ''
  return url.href
}

function Footer({ state }: { state: DashboardState }) {
  const { t } = useLocale()
  return (
    <footer className="site-footer">
      <Suspense fallback={null}>
        <DataFooter pageUrl={viewUrl(state)} />
      </Suspense>
      <p>{t('footer.data')}</p>
      <p className="muted">
        {config.mock ? t('footer.mock') : t('footer.live', { url: config.apiBaseUrl })}
      </p>
    </footer>
  )
}

// Sections that don't depend on the view state: memoised so a filter change never re-renders
// their thousands of rows.
const Headline = memo(HeadlineSummary)
// Below the fold: loaded after the charts, in their own chunks.
const Overview = memo(
  lazy(() =>
    import('../features/overview/SeriesOverview').then((m) => ({ default: m.SeriesOverview })),
  ),
)
const Sources = memo(
  lazy(() =>
    import('../features/sources/SourcesAndMethods').then((m) => ({ default: m.SourcesAndMethods })),
  ),
)

type ChartId = 'favorability-trend' | 'age-cohorts' | 'tourism-flows' | 'opinion-vs-tourism'

/** The four charts of CONTRACT.md, in page order. */
const CHARTS: {
  id: ChartId
  Chart: (props: FeatureChartProps) => ReactNode
  /** The parts of the view the chart depends on: a change elsewhere does not redraw it. */
  uses: readonly (keyof DashboardState)[]
}[] = [
  {
    id: 'favorability-trend',
    Chart: FavorabilityTrend,
    uses: ['age', 'from', 'to', 'theme', 'respondents', 'sources', 'measure'],
  },
  {
    id: 'age-cohorts',
    Chart: AgeCohorts,
    uses: ['age', 'from', 'to', 'theme', 'respondents', 'sources'],
  },
  // visitor counts have no age bands, sources or measures: a cohort click leaves them alone
  { id: 'tourism-flows', Chart: TourismFlows, uses: ['from', 'to', 'theme', 'respondents'] },
  {
    id: 'opinion-vs-tourism',
    Chart: OpinionVsTourism,
    uses: ['from', 'to', 'theme', 'respondents'],
  },
]

/**
 * One chart with its take-away actions: share/embed, print, and add to the briefing pack. The
 * chart itself is memoised on the parts of the view it reads, so a cohort click leaves the
 * tourism charts alone.
 */
const ChartCard = memo(function ChartCard({
  id,
  Chart,
  uses,
  state,
  onStateChange,
}: {
  id: ChartId
  Chart: (props: FeatureChartProps) => ReactNode
  uses: readonly (keyof DashboardState)[]
  state: DashboardState
  onStateChange: (next: Partial<DashboardState>) => void
}) {
  const { charts: s } = useLocale()
  const title = id === 'favorability-trend' ? s.measures[state.measure].title : s.titles[id]
  const slice = uses.map((k) => JSON.stringify(state[k])).join('|')
  const chart = useMemo(
    () => <Chart state={state} onStateChange={onStateChange} />,
    // `slice` stands for the parts of `state` this chart reads; the rest must not redraw it
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [Chart, slice, onStateChange],
  )
  return (
    <section className="chart-card" id={id}>
      <DeferOffscreen>{chart}</DeferOffscreen>
      <div className="chart-card__actions">
        <ShareDialog chart={id} title={title} state={state} />
        <PrintChart target={id} />
        <AddToPack chart={id} state={state} />
      </div>
    </section>
  )
})

export function App() {
  const { state, ignored, setState } = useUrlState()
  // One synchronous update: the filter and the charts change in the same frame. (A deferred
  // chart view was tried: it painted the filter first but settled later, 36 ms against
  // 24 ms in the bench; see docs/benchmarks.md.)
  const [queryClient] = useState(createQueryClient)

  useEffect(() => {
    document.documentElement.lang = state.lang
    if (state.theme === 'auto') delete document.documentElement.dataset.theme
    else document.documentElement.dataset.theme = state.theme
  }, [state.lang, state.theme])

  return (
    <Providers apiBase={config.apiBaseUrl} lang={state.lang} queryClient={queryClient}>
      <SkipLink />
      <Header
        theme={state.theme}
        onLang={(lang) => setState({ lang })}
        onTheme={(theme) => setState({ theme })}
      />
      <main id="main" className="page">
        <IgnoredNotice ignored={ignored} sources={state.sources} />
        <Tagline />
        <Headline />
        <Filters state={state} onChange={setState} actions={<CopyLink />} />
        <BriefingPack theme={state.theme} pageBase={pageBase()} />
        <div className="charts">
          {CHARTS.map(({ id, Chart, uses }) => (
            <ChartCard
              key={id}
              id={id}
              Chart={Chart}
              uses={uses}
              state={state}
              onStateChange={setState}
            />
          ))}
        </div>
        <Suspense fallback={<div className="section-placeholder" aria-busy="true" />}>
          <Overview />
          <Sources />
        </Suspense>
      </main>
      <Footer state={state} />
    </Providers>
  )
}
