/**
 * "Latest figures": one card per main series with its latest all-ages value, source, period and
 * the change since the previous published wave (or why there is none). Every card loads and
 * fails on its own, and holds its height while loading so the page does not shift.
 */
import { useQuery } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import { useApiBase } from '../../data/api-context'
import { observationsOptions, seriesListOptions } from '../../data/queries'
import { createFormatters, type Formatters, type Lang } from '../../domain/format'
import type { Translate } from '../../i18n'
import { useLocale } from '../../i18n/context'
import { ErrorState } from '../../ui/ErrorState'
import { Skeleton } from '../../ui/Skeleton'
import { favorabilityRefs } from '../../data/chart-inputs'
import { creditIn, profileSeriesList, type SeriesProfile } from '../../data/series-profile'
import { useSeriesData } from '../../data/use-series-data'
import { questionFamilyOf } from '../../domain/measures'
import { fill } from '../../i18n/fill'
import { hostOf } from '../../charts/core/table'
import { headlineSeries, selectHeadline, type HeadlineDatum } from './headline'

const signedCache = new Map<Lang, Intl.NumberFormat>()

/** "+10.7" / "-3.2" / "0.0": one decimal, always signed unless zero. */
function signed(lang: Lang, value: number): string {
  let f = signedCache.get(lang)
  if (!f) {
    f = new Intl.NumberFormat(lang, {
      signDisplay: 'exceptZero',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    })
    signedCache.set(lang, f)
  }
  return f.format(value)
}

function changeText(d: HeadlineDatum, t: Translate, fmt: Formatters): string {
  const c = d.change
  if (c.kind === 'none')
    return c.previous
      ? t('headline.change.zeroBase', { period: fmt.period(c.previous.period) })
      : t('headline.change.first')
  const period = fmt.period(c.previous.period)
  if (c.kind === 'break') {
    const kinds = [...new Set(c.breaks.map((b) => b.kind))]
      .map((k) => t(`sources.break.${k}`))
      .join(', ')
    return t('headline.change.break', { period, kinds })
  }
  if (c.measure === 'percent')
    return t('headline.change.percent', { delta: signed(fmt.lang, c.delta), period })
  return t(d.unit === 'percent' ? 'headline.change.pp' : 'headline.change.points', {
    delta: signed(fmt.lang, c.delta),
    period,
  })
}

function CardBody({
  datum,
  profile,
  t,
  fmt,
  readFrom,
}: {
  datum: HeadlineDatum
  profile: SeriesProfile
  readFrom: string
  t: Translate
  fmt: Formatters
}) {
  const { latest, unit } = datum
  const big = unit === 'count' ? fmt.countCompact(latest.value) : fmt.value(latest.value, unit)
  const detail =
    unit === 'count'
      ? t('headline.unit.count', { value: fmt.count(latest.value) })
      : t(unit === 'percent' ? 'headline.unit.percent' : 'headline.unit.thermometer')
  return (
    <>
      <p className="headline-value">
        <span className="num">{big}</span>
        {latest.estimated ? <span className="tag">{t('headline.estimated')}</span> : null}
        {datum.provisional ? <span className="tag">{t('headline.provisional')}</span> : null}
        {latest.confidence === 'low' ? (
          <span className="tag">{t('headline.lowConfidence')}</span>
        ) : null}
      </p>
      <p className="headline-detail">{detail}</p>
      <p className={`headline-change headline-change--${datum.change.kind}`}>
        {changeText(datum, t, fmt)}
      </p>
      {profile.topic === 'opinion' ? (
        <OtherPolls profile={profile} year={latest.period.slice(0, 4)} fmt={fmt} />
      ) : null}
      <p className="headline-source">
        {/* the wave's own credit (who ran it), then a link named by where it goes */}
        {t('headline.sourceLine', {
          source: creditIn(latest, fmt.lang) ?? profile.sourceLabel,
          period: fmt.period(latest.period),
        })}
        {' · '}
        {readFrom}:{' '}
        <a href={latest.sourceUrl} target="_blank" rel="noopener noreferrer">
          {hostOf(latest.sourceUrl)}
        </a>
      </p>
    </>
  )
}

/**
 * How other polls of the same respondents read in the same year: each source's latest all-ages
 * figure of that year, with its question's wording family, so one card never stands for all.
 * The observations are the favourability chart's (one shared cache).
 */
function OtherPolls({
  profile,
  year,
  fmt,
}: {
  profile: SeriesProfile
  year: string
  fmt: Formatters
}) {
  const { charts: s } = useLocale()
  const select = useCallback(
    (profiles: readonly SeriesProfile[]) =>
      favorabilityRefs(profiles, { respondents: profile.meta.respondents, sources: [] }).filter(
        (p) => p.id !== profile.id && p.meta.ageGroups.includes('all'),
      ),
    [profile.id, profile.meta.respondents],
  )
  const data = useSeriesData(fmt.lang, select)
  const others = useMemo(
    () =>
      data.inputs.flatMap(({ ref, rows }) => {
        const row = rows
          .filter((r) => r.ageGroup === 'all' && r.period.startsWith(year))
          .sort((a, b) => (a.period < b.period ? 1 : -1))[0]
        if (!row) return []
        const family = questionFamilyOf(ref.meta.measure, ref.meta.unit)
        const wording = family ? ` (${s.questionFamilies[family]})` : ''
        // credited to who ran that wave (e.g. EAI in 2025), not to the family's name
        const by = creditIn(row, fmt.lang) ?? ref.sourceLabel
        return [`${by} ${fmt.value(row.value, ref.meta.unit)}${wording}`]
      }),
    [data.inputs, year, fmt, s],
  )
  // the line keeps its place while the other series load, so the card does not shift
  return (
    <p className="headline-detail headline-others">
      {others.length > 0
        ? fill(s.otherPolls, { year, list: others.slice(0, 3).join(' · ') })
        : '\u00a0'}
    </p>
  )
}

function CardSkeleton({ label }: { label: string }) {
  return (
    <div className="headline-skeleton" aria-busy="true">
      <Skeleton width="6rem" height="2rem" label={label} />
      <Skeleton width="9rem" height="0.9rem" />
      <Skeleton width="11rem" height="0.9rem" />
      <Skeleton width="8rem" height="0.9rem" />
    </div>
  )
}

/** One card: its series' latest all-ages figure; loads and fails on its own. */
function HeadlineCard({ profile }: { profile: SeriesProfile }) {
  const base = useApiBase()
  const { t, lang, charts } = useLocale()
  const fmt = createFormatters(lang)
  const obsQuery = useQuery(observationsOptions(base, profile.id))
  const headingId = `headline-${profile.id}`

  let body
  if (obsQuery.isError)
    body = <ErrorState compact error={obsQuery.error} onRetry={() => void obsQuery.refetch()} />
  else if (obsQuery.isPending) body = <CardSkeleton label={t('state.loading')} />
  else {
    const datum = selectHeadline(profile.meta, obsQuery.data.observations)
    body = datum ? (
      <CardBody datum={datum} profile={profile} t={t} fmt={fmt} readFrom={charts.labels.readFrom} />
    ) : (
      <p className="headline-empty muted">{t('headline.noAllAges')}</p>
    )
  }

  return (
    <li className="headline-card" data-series-id={profile.id} aria-labelledby={headingId}>
      <h3 id={headingId} className="headline-label">
        {profile.title}
      </h3>
      <div className="headline-body">{body}</div>
    </li>
  )
}

/** Cards shown while the series list loads, so the section holds its height. */
const PLACEHOLDER_CARDS = 6

/** The "Latest figures" section: one card per main series, each loading on its own. */
export function HeadlineSummary() {
  const { t, lang } = useLocale()
  const seriesQuery = useQuery(seriesListOptions(useApiBase()))
  const profiles = seriesQuery.data ? profileSeriesList(seriesQuery.data.series, lang) : null
  const cards = profiles ? headlineSeries(profiles) : null
  return (
    <section className="panel headline" aria-labelledby="headline-heading">
      <h2 id="headline-heading">{t('headline.heading')}</h2>
      <p className="lede">{t('headline.intro')}</p>
      {seriesQuery.isError ? (
        <ErrorState error={seriesQuery.error} onRetry={() => void seriesQuery.refetch()} />
      ) : cards && cards.length === 0 ? (
        <p className="headline-empty muted">{t('state.empty')}</p>
      ) : (
        <ul className="headline-grid">
          {cards
            ? cards.map((p) => <HeadlineCard key={p.id} profile={p} />)
            : Array.from({ length: PLACEHOLDER_CARDS }, (_, i) => (
                <li key={i} className="headline-card">
                  <CardSkeleton label={t('state.loading')} />
                </li>
              ))}
        </ul>
      )}
    </section>
  )
}
