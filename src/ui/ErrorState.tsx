/** A failed request, said plainly in the part of the page it affects, with a retry. */
import { ApiError } from '../data/client'
import { useLocale } from '../i18n/context'
import type { MessageKey } from '../i18n'

const KIND_KEYS: Record<ApiError['kind'], MessageKey> = {
  network: 'error.network',
  timeout: 'error.timeout',
  http: 'error.http',
  parse: 'error.parse',
  schema: 'error.schema',
}

export interface ErrorStateProps {
  error: unknown
  onRetry?: () => void
  /** What failed, for screen readers, e.g. the chart title. */
  context?: string
  compact?: boolean
}

export function ErrorState({ error, onRetry, context, compact = false }: ErrorStateProps) {
  const { t } = useLocale()
  const message =
    error instanceof ApiError
      ? t(KIND_KEYS[error.kind], { status: error.status ?? '' })
      : t('error.unknown')
  return (
    <div className={compact ? 'error-state error-state--compact' : 'error-state'} role="alert">
      <p>
        {context ? <strong>{context}: </strong> : null}
        {message}
      </p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      ) : null}
    </div>
  )
}
