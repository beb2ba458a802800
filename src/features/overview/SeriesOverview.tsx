/**
 * "All series": every series of the dataset with its latest all-ages figure, period, unit and
 * a link to the page it was read from (for a series published by age band only, the page of
 * its latest band figure, with the band named). Searchable by title (in every language the
 * server sends), source and survey; sortable by every column. Each row loads on its own, so
 * one failed series says so in its row and the rest still shows.
 */
import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query'
import { useId, useMemo, useState } from 'react'
import { useApiBase } from '../../data/api-context'
import { observationsOptions, seriesListOptions } from '../../data/queries'
import type { ObservationRow, ObservationsResponse } from '../../data/schemas'
import { profileSeriesList, type SeriesProfile } from '../../data/series-profile'
import type { Topic } from '../../domain/measures'
import { useLocale } from '../../i18n/context'
import type { MessageKey } from '../../i18n'
import { ErrorState } from '../../ui/ErrorState'
import { Skeleton } from '../../ui/Skeleton'
import { createFormatters } from '../../domain/format'
import { latestToLink } from './latest'
import {
  matchesSearch,
  nextSort,
  sortRows,
  type SortKey,
  type SortState,
  type SortValue,
} from './table-model'

interface RowModel {
  profile: SeriesProfile
  query: UseQueryResult<ObservationsResponse>
  /** The observation the row links: latest all-ages, else latest of any band. */
  latest: ObservationRow | null
}

/** A published band as a reader writes it: "18-29" → "18–29" (the label itself is kept). */
function bandText(band: string): string {
  return band.replace(/(\d)-(\d)/g, '$1–$2')
}

function SeriesRow({ row, topic }: { row: RowModel; topic: Topic }) {
  const { t, lang } = useLocale()
  const fmt = createFormatters(lang)
  const { profile, query, latest } = row
  const series = profile.meta
  const allAges = latest?.ageGroup === 'all'

  let valueCell
  if (query.isPending) valueCell = <Skeleton width="5em" label={t('state.loading')} />
  else if (query.isError)
    valueCell = <ErrorState error={query.error} onRetry={() => void query.refetch()} compact />
  else if (!latest || !allAges) valueCell = <span className="muted">{t('overview.noAllAges')}</span>
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
        <span className="series-title">{profile.title}</span>
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
          <a
            href={latest.sourceUrl}
            target="_blank"
            rel="noopener noreferrer"
            data-age-group={latest.ageGroup}
          >
            {allAges
              ? t('overview.open')
              : t('overview.openBand', { band: bandText(latest.ageGroup) })}
            <span className="visually-hidden"> ({profile.title})</span>
          </a>
        ) : null}
      </td>
    </tr>
  )
}

const COLUMNS: readonly { key: SortKey; label: MessageKey }[] = [
  { key: 'series', label: 'overview.col.series' },
  { key: 'source', label: 'overview.col.source' },
  { key: 'latest', label: 'overview.col.latest' },
  { key: 'period', label: 'overview.col.period' },
  { key: 'unit', label: 'overview.col.unit' },
  { key: 'link', label: 'overview.col.link' },
]

function SortHeader({
  label,
  dir,
  onSort,
}: {
  label: string
  dir: SortState['dir'] | undefined
  onSort: () => void
}) {
  return (
    <th scope="col" aria-sort={dir}>
      <button type="button" className="sort-button" onClick={onSort}>
        {label}
        <span className="sort-button__icon" aria-hidden="true">
          {dir === 'ascending' ? '▲' : dir === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  )
}

function SeriesTable({
  caption,
  profiles,
  topic,
}: {
  caption: string
  profiles: SeriesProfile[]
  topic: Topic
}) {
  const base = useApiBase()
  const { t, locale } = useLocale()
  const [sort, setSort] = useState<SortState | null>(null)
  // one subscription per row (each loads and fails on its own); the table needs all of them
  // to sort by value or period
  const results = useQueries({
    queries: profiles.map((p) => observationsOptions(base, p.id)),
  })
  const rows: RowModel[] = profiles.map((profile, i) => {
    const query = results[i]!
    return {
      profile,
      query,
      latest: query.data ? latestToLink(query.data.observations) : null,
    }
  })
  const collator = useMemo(() => new Intl.Collator(locale, { numeric: true }), [locale])
  const valueOf = (r: RowModel, key: SortKey): SortValue => {
    const l = r.latest
    switch (key) {
      case 'series':
        return r.profile.title
      case 'source':
        return r.profile.meta.sourceOrg
      case 'latest':
        return l && l.ageGroup === 'all' ? l.value : null
      case 'period':
        return l ? l.period : null
      case 'unit':
        return t(`unit.${r.profile.meta.unit}`)
      case 'link':
        return l ? l.sourceUrl : null
    }
  }
  const sorted = sortRows(rows, sort, valueOf, collator)

  return (
    <div className="table-scroll">
      <table className="data-table series-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <SortHeader
                key={c.key}
                label={t(c.label)}
                dir={sort?.key === c.key ? sort.dir : undefined}
                onSort={() => setSort((s) => nextSort(s, c.key))}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <SeriesRow key={r.profile.id} row={r} topic={topic} />
          ))}
        </tbody>
      </table>
    </div>
  )
}

function SearchBox({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useLocale()
  const id = useId()
  return (
    <div className="series-search">
      <label htmlFor={`${id}-q`}>{t('overview.search')}</label>
      <input
        id={`${id}-q`}
        type="search"
        value={value}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(e.target.value)}
      />
      <span id={`${id}-hint`} className="series-search__hint">
        {t('overview.searchHint')}
      </span>
    </div>
  )
}

/** The "All series" section. */
export function SeriesOverview() {
  const base = useApiBase()
  const { t, lang } = useLocale()
  const query = useQuery(seriesListOptions(base))
  const [search, setSearch] = useState('')
  const profiles = useMemo(
    () => (query.data ? profileSeriesList(query.data.series, lang) : []),
    [query.data, lang],
  )

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
  else if (profiles.length === 0) body = <p className="empty-state">{t('overview.empty')}</p>
  else {
    const shown = profiles.filter((p) => matchesSearch(p.meta, search))
    // topic as the server says, or derived from measure and unit (a contract-only server)
    const opinion = shown.filter((p) => p.topic === 'opinion')
    const tourism = shown.filter((p) => p.topic === 'tourism')
    const searching = search.trim() !== ''
    body = (
      <>
        <SearchBox value={search} onChange={setSearch} />
        <p role="status" className="series-search__count">
          {searching
            ? t('overview.matches', { shown: shown.length, total: profiles.length })
            : null}
        </p>
        {shown.length === 0 ? (
          <p className="empty-state">{t('overview.noMatches', { query: search.trim() })}</p>
        ) : null}
        {opinion.length > 0 ? (
          <SeriesTable caption={t('overview.topic.opinion')} profiles={opinion} topic="opinion" />
        ) : null}
        {tourism.length > 0 ? (
          <SeriesTable caption={t('overview.topic.tourism')} profiles={tourism} topic="tourism" />
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
