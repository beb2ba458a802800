/**
 * The foot of the dashboard: how current the data is, its licence, how to cite this view (with
 * a copy button that works without clipboard permission) and the whole dataset as CSV and JSON.
 * Every text, the page address included, is rendered as text, never as markup.
 */
import { useEffect, useRef, useState } from 'react'
import { createFormatters } from '../../domain/format'
import { useLocale } from '../../i18n/context'
import { ErrorState } from '../../ui/ErrorState'
import { citationText } from './citation'
import { useDataAsOf } from './data-date'
import { useDatasetDownload, type DatasetFormat, type DownloadStatus } from './use-dataset-download'

export interface DataFooterProps {
  /** Absolute address of the view on screen (the dashboard's state is its query string). */
  pageUrl: string
}

const MIT_URL = 'https://opensource.org/license/mit'
const CC_BY_URL = 'https://creativecommons.org/licenses/by/4.0/'

/** Selects the element's text, so the reader can copy it with Ctrl+C / ⌘C. */
function selectText(el: HTMLElement | null): void {
  const selection = el ? window.getSelection() : null
  if (!el || !selection) return
  const range = document.createRange()
  range.selectNodeContents(el)
  selection.removeAllRanges()
  selection.addRange(range)
}

function Citation({ text }: { text: string }) {
  const { t } = useLocale()
  const ref = useRef<HTMLParagraphElement>(null)
  const [status, setStatus] = useState<'idle' | 'copied' | 'selected'>('idle')
  useEffect(() => {
    if (status !== 'copied') return
    const timer = window.setTimeout(() => setStatus('idle'), 4000)
    return () => window.clearTimeout(timer)
  }, [status])
  const copy = async () => {
    try {
      // undefined on insecure origins and in some embedded browsers
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('no clipboard')
      await navigator.clipboard.writeText(text)
      setStatus('copied')
    } catch {
      selectText(ref.current)
      setStatus('selected')
    }
  }
  return (
    <>
      <p className="about__citation" ref={ref}>
        {text}
      </p>
      <div className="about__actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('about.cite.copy')}
        </button>
        <span role="status" className="about__status">
          {status === 'copied'
            ? t('about.cite.copied')
            : status === 'selected'
              ? t('about.cite.selected')
              : ''}
        </span>
      </div>
    </>
  )
}

function DownloadStatusLine({
  status,
  onRetry,
}: {
  status: DownloadStatus
  onRetry: (format: DatasetFormat) => void
}) {
  const { t, lang } = useLocale()
  const fmt = createFormatters(lang)
  if (status.kind === 'failed')
    return (
      <ErrorState
        error={status.error}
        onRetry={() => onRetry(status.format)}
        context={t('about.download.failed', {
          done: fmt.integer(status.done),
          total: fmt.integer(status.total),
        })}
        compact
      />
    )
  let text = ''
  if (status.kind === 'preparing')
    text =
      status.total > 0
        ? t('about.download.preparing', {
            done: fmt.integer(status.done),
            total: fmt.integer(status.total),
          })
        : t('about.download.starting')
  else if (status.kind === 'saved')
    text = t('about.download.saved', {
      file: status.file,
      series: fmt.integer(status.series),
      rows: fmt.integer(status.rows),
    })
  return (
    <p role="status" className="about__status">
      {text}
      {status.kind === 'preparing' && status.total > 0 ? (
        <progress
          className="about__progress"
          max={status.total}
          value={status.done}
          aria-hidden="true"
        />
      ) : null}
    </p>
  )
}

function DatasetDownload({ pageUrl }: { pageUrl: string }) {
  const { t } = useLocale()
  const { status, start } = useDatasetDownload()
  const busy = status.kind === 'preparing'
  const download = (format: DatasetFormat) => void start(format, pageUrl)
  return (
    <>
      <p>{t('about.download.intro')}</p>
      <div className="about__actions">
        <button
          type="button"
          className="button"
          data-format="csv"
          disabled={busy}
          onClick={() => download('csv')}
        >
          {t('about.download.csv')}
        </button>
        <button
          type="button"
          className="button"
          data-format="json"
          disabled={busy}
          onClick={() => download('json')}
        >
          {t('about.download.json')}
        </button>
      </div>
      <DownloadStatusLine status={status} onRetry={download} />
    </>
  )
}

/** The footer's data block: data date, licence, citation and the whole-dataset downloads. */
export function DataFooter({ pageUrl }: DataFooterProps) {
  const { t, lang } = useLocale()
  const asOf = useDataAsOf()
  const date = asOf ? createFormatters(lang).period(asOf) : null
  return (
    <div className="about">
      <section className="about__block" aria-labelledby="about-data-heading">
        <h2 id="about-data-heading">{t('about.data.heading')}</h2>
        {date ? (
          <p className="about__as-of">
            <strong>{t('about.asOf', { date })}</strong>{' '}
            <span className="muted">{t('about.asOf.note')}</span>
          </p>
        ) : null}
        <p>{t('about.licence')}</p>
        <p className="about__links">
          <span>{t('about.licence.texts')}</span>
          <a href={MIT_URL} rel="license noopener noreferrer" target="_blank">
            MIT<span className="visually-hidden"> ({t('about.newTab')})</span>
          </a>
          <a href={CC_BY_URL} rel="license noopener noreferrer" target="_blank">
            CC BY 4.0<span className="visually-hidden"> ({t('about.newTab')})</span>
          </a>
        </p>
      </section>
      <section className="about__block about__block--cite" aria-labelledby="about-cite-heading">
        <h2 id="about-cite-heading">{t('about.cite.heading')}</h2>
        <Citation text={citationText(t, { date, url: pageUrl })} />
      </section>
      <section className="about__block" aria-labelledby="about-download-heading">
        <h2 id="about-download-heading">{t('about.download.heading')}</h2>
        <DatasetDownload pageUrl={pageUrl} />
      </section>
    </div>
  )
}
