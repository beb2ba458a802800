/**
 * "Sources and methodology": every publishing organisation with its surveys, each series'
 * question as published, method, coverage, method breaks, caveats and source pages. One
 * <details> per organisation keeps the section short while everything stays one click (or key)
 * away; printing opens them all.
 */
import { profileSeriesList } from '../../data/series-profile'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, type RefObject } from 'react'
import { useApiBase } from '../../data/api-context'
import { seriesListOptions } from '../../data/queries'
import type { SeriesBreak, SeriesMeta } from '../../data/schemas'
import { createFormatters, type Formatters } from '../../domain/format'
import type { Translate } from '../../i18n'
import { useLocale } from '../../i18n/context'
import { ErrorState } from '../../ui/ErrorState'
import { sourceAnchorId } from '../../ui/source-links'
import { Skeleton } from '../../ui/Skeleton'
import {
  groupSources,
  isHttpUrl,
  linkLabel,
  type SeriesEntry,
  type SourceGroup,
  type SurveyGroup,
} from './group'

function range(fmt: Formatters, from: string, to: string): string {
  return from === to ? fmt.period(from) : `${fmt.period(from)}–${fmt.period(to)}`
}

function BreakList({ breaks, t, fmt }: { breaks: SeriesBreak[]; t: Translate; fmt: Formatters }) {
  return (
    <ul className="sources-list">
      {breaks.map((b) => (
        <li key={`${b.period}-${b.kind}-${b.note}`}>
          <strong>
            {fmt.period(b.period)} · {t(`sources.break.${b.kind}`)}:
          </strong>{' '}
          <span>{b.note}</span>
        </li>
      ))}
    </ul>
  )
}

function NoteList({ notes }: { notes: string[] }) {
  return (
    <ul className="sources-list">
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  )
}

function SourceLinks({ series, fmt }: { series: SeriesMeta; fmt: Formatters }) {
  const links = series.sources.filter((s) => isHttpUrl(s.url))
  return (
    <ul className="sources-list sources-links">
      {series.officialUrl && isHttpUrl(series.officialUrl) ? (
        <li>
          <a href={series.officialUrl} target="_blank" rel="noopener noreferrer">
            {linkLabel(series.officialUrl, null)}
          </a>{' '}
          <span className="muted">({series.sourceLabel ?? series.sourceOrg})</span>
        </li>
      ) : null}
      {links.map((s) => (
        <li key={s.url}>
          <a href={s.url} target="_blank" rel="noopener noreferrer">
            {linkLabel(s.url, s.title)}
          </a>
          {/* which figures this page gives */}
          {s.periods?.length ? (
            <span className="muted"> · {s.periods.map((p) => fmt.period(p)).join(', ')}</span>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

function SeriesBlock({
  entry,
  showMethod,
  t,
  fmt,
}: {
  entry: SeriesEntry
  showMethod: boolean
  t: Translate
  fmt: Formatters
}) {
  const s = entry.series
  return (
    <div className="sources-series" data-series-id={s.id}>
      <h4 lang="en">{s.title}</h4>
      <dl className="sources-dl">
        <dt>{t('sources.question')}</dt>
        <dd>
          {s.question ? (
            <span lang="en">{s.question}</span>
          ) : (
            <span className="muted">{t('sources.noQuestion')}</span>
          )}
        </dd>
        {showMethod ? (
          <>
            <dt>{t('sources.method')}</dt>
            <dd lang={s.method ? 'en' : undefined}>
              {s.method ?? <span className="muted">{t('sources.noMethod')}</span>}
            </dd>
          </>
        ) : null}
        {s.coverage ? (
          <>
            <dt>{t('sources.coverage')}</dt>
            <dd>
              {t('sources.coverageValue', {
                range: range(fmt, s.coverage.from, s.coverage.to),
                count: fmt.integer(s.coverage.observations),
              })}
            </dd>
          </>
        ) : null}
        {entry.breaks.length > 0 ? (
          <>
            <dt>{t('sources.breaks')}</dt>
            <dd>
              <BreakList breaks={entry.breaks} t={t} fmt={fmt} />
            </dd>
          </>
        ) : null}
        {entry.notes.length > 0 ? (
          <>
            <dt>{t('sources.notes')}</dt>
            <dd>
              <NoteList notes={entry.notes} />
            </dd>
          </>
        ) : null}
        <dt>{t('sources.links')}</dt>
        <dd>
          <SourceLinks series={s} fmt={fmt} />
        </dd>
      </dl>
    </div>
  )
}

function SurveyBlock({ group, t, fmt }: { group: SurveyGroup; t: Translate; fmt: Formatters }) {
  const { shared } = group
  const sharedMethod = shared.method !== undefined
  const hasShared = sharedMethod || shared.breaks.length > 0 || shared.notes.length > 0
  return (
    <section className="sources-survey">
      <h3 lang="en">{group.survey}</h3>
      {hasShared ? (
        <dl className="sources-dl">
          {sharedMethod ? (
            <>
              <dt>{t('sources.method')}</dt>
              <dd lang={shared.method ? 'en' : undefined}>
                {shared.method ?? <span className="muted">{t('sources.noMethod')}</span>}
              </dd>
            </>
          ) : null}
          {shared.breaks.length > 0 ? (
            <>
              <dt>{t('sources.breaks')}</dt>
              <dd>
                <BreakList breaks={shared.breaks} t={t} fmt={fmt} />
              </dd>
            </>
          ) : null}
          {shared.notes.length > 0 ? (
            <>
              <dt>{t('sources.notes')}</dt>
              <dd>
                <NoteList notes={shared.notes} />
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {group.series.map((entry) => (
        <SeriesBlock
          key={entry.series.id}
          entry={entry}
          showMethod={!sharedMethod}
          t={t}
          fmt={fmt}
        />
      ))}
    </section>
  )
}

function SourceDetails({ group, t, fmt }: { group: SourceGroup; t: Translate; fmt: Formatters }) {
  return (
    <details className="sources-org" data-source-org={group.org} id={sourceAnchorId(group.org)}>
      <summary>
        <span className="sources-org-name" lang="en">
          {group.org}
        </span>{' '}
        <span className="sources-org-meta">
          {group.from !== null && group.to !== null
            ? t('sources.summary', {
                count: fmt.integer(group.seriesCount),
                range: range(fmt, group.from, group.to),
              })
            : t('sources.summaryCount', { count: fmt.integer(group.seriesCount) })}
        </span>
      </summary>
      <div className="sources-org-body">
        {group.surveys.map((s) => (
          <SurveyBlock key={s.survey} group={s} t={t} fmt={fmt} />
        ))}
      </div>
    </details>
  )
}

/**
 * Opens every closed <details> of `root` for printing and closes them again afterwards
 * (browsers without `::details-content` print closed details closed).
 */
function useOpenDetailsForPrint(root: RefObject<HTMLElement | null>) {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = []
    const before = () => {
      opened = [...(root.current?.querySelectorAll('details:not([open])') ?? [])].filter(
        (d): d is HTMLDetailsElement => d instanceof HTMLDetailsElement,
      )
      for (const d of opened) d.open = true
    }
    const after = () => {
      for (const d of opened) d.open = false
      opened = []
    }
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
    }
  }, [root])
}

/**
 * Opens and shows the entry a link points at (`#source-…`, from a chart's source line), also
 * when the link was followed before this lazily loaded section was drawn. The one place that
 * reads the location's hash: an in-page anchor, not view state.
 */
function useOpenEntryFromHash(ready: boolean) {
  useEffect(() => {
    if (!ready) return
    const open = () => {
      const id = decodeURIComponent(window.location.hash.slice(1))
      if (!id.startsWith('source-')) return
      const el = document.getElementById(id)
      if (el instanceof HTMLDetailsElement) {
        el.open = true
        el.scrollIntoView({ block: 'start' })
        el.querySelector('summary')?.focus({ preventScroll: true })
      }
    }
    open()
    window.addEventListener('hashchange', open)
    return () => window.removeEventListener('hashchange', open)
  }, [ready])
}

/** The "Sources and methodology" section; its heading has id `sources` for `#sources` links. */
export function SourcesAndMethods() {
  const base = useApiBase()
  const { t, lang } = useLocale()
  const fmt = createFormatters(lang)
  const query = useQuery(seriesListOptions(base))
  const ref = useRef<HTMLElement>(null)
  useOpenDetailsForPrint(ref)
  // notes and break notes in the reader's language (the i18n extension), English where none
  const groups = useMemo(
    () =>
      query.data
        ? groupSources(
            profileSeriesList(query.data.series, lang).map((p) => ({
              ...p.meta,
              notes: p.notes,
              breaks: p.breaks,
            })),
          )
        : [],
    [query.data, lang],
  )
  useOpenEntryFromHash(groups.length > 0)

  let body
  if (query.isPending)
    body = (
      <div className="skeleton-block" aria-busy="true">
        <Skeleton height="12rem" label={t('state.loading')} />
      </div>
    )
  else if (query.isError)
    body = (
      <ErrorState
        error={query.error}
        onRetry={() => void query.refetch()}
        context={t('sources.heading')}
      />
    )
  else if (query.data.series.length === 0)
    body = <p className="empty-state">{t('sources.empty')}</p>
  else
    body = (
      <div className="sources-orgs">
        {groups.map((g) => (
          <SourceDetails key={g.org} group={g} t={t} fmt={fmt} />
        ))}
      </div>
    )

  return (
    <section className="panel sources" aria-labelledby="sources" ref={ref}>
      <h2 id="sources">{t('sources.heading')}</h2>
      <p className="lede">{t('sources.intro')}</p>
      <ul className="sources-key">
        <li>{t('sources.key.confidence')}</li>
        <li>{t('sources.key.estimated')}</li>
        <li>{t('sources.key.gaps')}</li>
      </ul>
      {body}
    </section>
  )
}
