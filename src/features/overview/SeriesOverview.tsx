/**
 * "All series": every series of the dataset with its latest all-ages figure, period, unit and
 * a link to the page it was read from. The first page that proves the chain from API to screen.
 * Each row loads on its own, so one failed series says so in its row and the rest still shows.
 */
import { useQuery } from '@tanstack/react-query'
import { useApiBase } from '../../data/api-context'
import { observationsOptions, seriesListOptions } from '../../data/queries'
import type { SeriesMeta } from '../../data/schemas'
import { profileSeriesList } from '../../data/series-profile'
import type { Topic } from '../../domain/measures'
import { useLocale } from '../../i18n/context'
import { ErrorState } from '../../ui/ErrorState'
import { Skeleton } from '../../ui/Skeleton'
import { createFormatters } from '../../domain/format'
import { latestAllAges } from './latest'

function SeriesRow({ series, topic }: { series: SeriesMeta; topic: Topic }) {
  const base = useApiBase()
  const { t, lang } = useLocale()
  const fmt = createFormatters(lang)
  const query = useQuery(observationsOptions(base, series.id))
  const latest = query.data ? latestAllAges(query.data.observations) : null

  let valueCell
  if (query.isPending) valueCell = <Skeleton width="5em" label={t('state.loading')} />
  else if (query.isError)
    valueCell = <ErrorState error={query.error} onRetry={() => void query.refetch()} compact />
  else if (!latest) valueCell = <span className="muted">{t('overview.noAllAges')}</span>
  else
    valueCell = (
      <span className="num">
        {fmt.value(latest.value, series.unit)}
        {latest.estimated ? <span className="tag">{t('overview.estimated')}</span> : null}
      </span>
    )

  return (
    <tr data-series-id={series.id}>
      <th scope="row">
        <span className="series-title">{series.title}</span>
        <span className="series-sub">
          {t(
            `${topic === 'tourism' ? 'travel' : 'direction'}.${series.respondents === 'KR' ? 'KR-JP' : 'JP-KR'}`,
          )}
        </span>
      </th>
      <td>{series.sourceOrg}</td>
      <td className="cell-value">{valueCell}</td>
      <td>{latest ? fmt.period(latest.period) : null}</td>
      <td>{t(`unit.${series.unit}`)}</td>
      <td>
        {latest ? (
          <a href={latest.sourceUrl} target="_blank" rel="noopener noreferrer">
            {t('overview.open')}
            <span className="visually-hidden"> ({series.title})</span>
          </a>
        ) : null}
      </td>
    </tr>
  )
}

function SeriesTable({
  caption,
  series,
  topic,
}: {
  caption: string
  series: SeriesMeta[]
  topic: Topic
}) {
  const { t } = useLocale()
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('overview.col.series')}</th>
            <th scope="col">{t('overview.col.source')}</th>
            <th scope="col">{t('overview.col.latest')}</th>
            <th scope="col">{t('overview.col.period')}</th>
            <th scope="col">{t('overview.col.unit')}</th>
            <th scope="col">{t('overview.col.link')}</th>
          </tr>
        </thead>
        <tbody>
          {series.map((s) => (
            <SeriesRow key={s.id} series={s} topic={topic} />
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** The "All series" section. */
export function SeriesOverview() {
  const base = useApiBase()
  const { t, lang } = useLocale()
  const query = useQuery(seriesListOptions(base))

  let body
  if (query.isPending)
    body = (
      <div className="skeleton-block" aria-busy="true">
        <Skeleton height="18rem" label={t('state.loading')} />
      </div>
    )
  else if (query.isError)
    body = (
      <ErrorState
        error={query.error}
        onRetry={() => void query.refetch()}
        context={t('overview.heading')}
      />
    )
  else if (query.data.series.length === 0)
    body = <p className="empty-state">{t('overview.empty')}</p>
  else {
    // topic as the server says, or derived from measure and unit (a contract-only server)
    const profiles = profileSeriesList(query.data.series, lang)
    const opinion = profiles.filter((p) => p.topic === 'opinion').map((p) => p.meta)
    const tourism = profiles.filter((p) => p.topic === 'tourism').map((p) => p.meta)
    body = (
      <>
        {opinion.length > 0 ? (
          <SeriesTable caption={t('overview.topic.opinion')} series={opinion} topic="opinion" />
        ) : null}
        {tourism.length > 0 ? (
          <SeriesTable caption={t('overview.topic.tourism')} series={tourism} topic="tourism" />
        ) : null}
      </>
    )
  }

  return (
    <section className="panel" aria-labelledby="series-list-heading">
      <h2 id="series-list-heading">{t('overview.heading')}</h2>
      <p className="lede">{t('overview.intro')}</p>
      {body}
    </section>
  )
}
