/**
 * "Share / embed" for one chart: the link, the iframe snippet and the loader snippet of the
 * current view, each with a copy button, and a choice of the compact embed (default: one part
 * at a time, fits about one screen) or the whole chart as on the dashboard (`full=1`), in a native modal dialog (focus kept inside, Escape
 * closes, focus returns to the button).
 */
import { useId, useRef, useState } from 'react'
import { useLocale } from '../i18n/context'
import type { DashboardState } from '../url/state'
import { BUILD_DATA_AS_OF } from '../config/data-version'
import { shareSnippets } from './share-snippets'
import { currentHref } from './use-url-state'

export interface ShareDialogProps {
  chart: string
  title: string
  state: DashboardState
}

function CopyField({ label, value }: { label: string; value: string }) {
  const { t } = useLocale()
  const id = useId()
  const [status, setStatus] = useState('')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value)
      setStatus(t('share.copied'))
    } catch {
      setStatus(t('share.failed'))
    }
  }
  return (
    <div className="share-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        readOnly
        value={value}
        rows={value.length > 120 ? 4 : 2}
        onFocus={(e) => e.target.select()}
      />
      <div className="share-field__actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('share.copyField')}
        </button>
        <span role="status">{status}</span>
      </div>
    </div>
  )
}

export function ShareDialog({ chart, title, state }: ShareDialogProps) {
  const { t } = useLocale()
  const ref = useRef<HTMLDialogElement>(null)
  const [open, setOpen] = useState(false)
  const [full, setFull] = useState(false)
  const headingId = useId()
  const snippets = open
    ? shareSnippets(currentHref(), chart, state, title, BUILD_DATA_AS_OF, { full })
    : null
  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => {
          setOpen(true)
          ref.current?.showModal()
        }}
      >
        {t('share.open')}
      </button>
      <dialog
        ref={ref}
        className="share-dialog"
        aria-labelledby={headingId}
        onClose={() => setOpen(false)}
      >
        <h2 id={headingId}>
          {t('share.heading')}: {title}
        </h2>
        {snippets ? (
          <>
            <CopyField label={t('share.link')} value={snippets.link} />
            <label className="share-option">
              <input type="checkbox" checked={full} onChange={(e) => setFull(e.target.checked)} />{' '}
              {t('share.full')}
            </label>
            <CopyField label={t('share.iframe')} value={snippets.iframe} />
            <CopyField label={t('share.loader')} value={snippets.loader} />
            <p className="muted">{t('share.note')}</p>
          </>
        ) : null}
        <form method="dialog">
          <button type="submit" className="button button--quiet">
            {t('share.close')}
          </button>
        </form>
      </dialog>
    </>
  )
}
