/**
 * The states around a chart: a skeleton of the chart's own height while loading (so nothing
 * shifts), an error with a retry in the chart's place, a notice naming series that failed
 * while the rest still draws, and the chart itself.
 */
import type { ReactNode } from 'react'
import type { SeriesDataState } from '../data/use-series-data'
import { useLocale } from '../i18n/context'
import { ErrorState } from './ErrorState'
import { Skeleton } from './Skeleton'

export interface ChartSlotProps<R extends { label: string }> {
  title: string
  /** The chart's data as `useSeriesData` reports it. */
  data: Pick<SeriesDataState<R>, 'status' | 'error' | 'retry' | 'failed'>
  /** How a failed series is named in the notice; default its label. */
  failedLabel?: (ref: R) => string
  /** Approximate height of the finished chart in px, kept while loading. */
  height?: number
  children: () => ReactNode
}

export function ChartSlot<R extends { label: string }>({
  title,
  data,
  failedLabel = (ref) => ref.label,
  height = 460,
  children,
}: ChartSlotProps<R>) {
  const { status, error, retry: onRetry } = data
  const failed = data.failed.map((f) => failedLabel(f.ref))
  const { t, charts: s } = useLocale()
  if (status === 'pending')
    return (
      <div className="chart-slot" style={{ minHeight: height }} aria-busy="true">
        <p className="chart-slot__title">{title}</p>
        <Skeleton height={`${height - 40}px`} label={t('state.loading')} />
      </div>
    )
  if (status === 'error')
    return (
      <div className="chart-slot" style={{ minHeight: height }}>
        <p className="chart-slot__title">{title}</p>
        <ErrorState error={error} onRetry={onRetry} context={title} />
      </div>
    )
  if (status === 'empty')
    return (
      <div className="chart-slot">
        <p className="chart-slot__title">{title}</p>
        <p className="empty-state">{t('state.empty')}</p>
      </div>
    )
  return (
    <div className="chart-slot">
      {failed.length > 0 ? (
        <div className="notice" role="status">
          <p>
            {s.partialFailure} {failed.join(', ')}
          </p>
          <button type="button" className="button button--quiet" onClick={onRetry}>
            {t('state.retry')}
          </button>
        </div>
      ) : null}
      {children()}
    </div>
  )
}
