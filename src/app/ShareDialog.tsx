/**
 * "Share / embed" for one chart: the link, the iframe snippet and the loader snippet of the
 * current view, each with a copy button, and a choice of the compact embed (default: one part
 * at a time, fits about one screen) or the whole chart as on the dashboard (`full=1`), in a native modal dialog (focus kept inside, Escape
 * closes, focus returns to the button).
 */
import { useId, useMemo, useRef, useState } from 'react'
import { sourceFamilies } from '../data/chart-inputs'
import { useSeriesProfiles } from '../data/use-series-data'
import { useLocale } from '../i18n/context'
import { RESPONDENTS, type DashboardState } from '../url/state'
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

/** One survey for the embed, or the dashboard's selection (all surveys when none). */
function SourceOption({
  state,
  value,
  onChange,
}: {
  state: DashboardState
  value: string
  onChange: (family: string) => void
}) {
  const { t, lang } = useLocale()
  const profiles = useSeriesProfiles(lang)
  const options = useMemo(() => sourceFamilies(profiles), [profiles])
  if (options.length < 2) return null
  return (
    <label className="share-option">
      <span>{t('filters.sources')}</span>{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">
          {state.sources.length ? t('share.asFiltered') : t('filters.allSources')}
        </option>
        {options.map(({ family, label }) => (
          <option key={family} value={family}>
            {label}
          </option>
        ))}
      </select>
    </label>
  )
}

export function ShareDialog({ chart, title, state }: ShareDialogProps) {
  const { t, charts: s } = useLocale()
  const ref = useRef<HTMLDialogElement>(null)
  const [open, setOpen] = useState(false)
  const [full, setFull] = useState(false)
  // the embed's own choices, starting from the dashboard's view: which direction, which survey
  const [respondents, setRespondents] = useState<DashboardState['respondents'] | null>(null)
  const [source, setSource] = useState('')
  const headingId = useId()
  const optionsId = useId()
  const embedState: DashboardState = {
    ...state,
    respondents: respondents ?? state.respondents,
    sources: source ? [source] : state.sources,
  }
  const snippets = open
    ? {
        ...shareSnippets(currentHref(), chart, embedState, title, BUILD_DATA_AS_OF, { full }),
        // the link is the reader's own dashboard view, not the embed's choices
        link: shareSnippets(currentHref(), chart, state, title).link,
      }
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
            <fieldset className="share-options" aria-describedby={optionsId}>
              <legend>{t('share.options')}</legend>
              <p id={optionsId} className="muted">
                {t('share.optionsNote')}
              </p>
              <label className="share-option">
                <span>{t('filters.respondents')}</span>{' '}
                <select
                  value={respondents ?? state.respondents}
                  onChange={(e) => setRespondents(e.target.value as DashboardState['respondents'])}
                >
                  {RESPONDENTS.map((r) => (
                    <option key={r} value={r}>
                      {s.respondents[r]}
                    </option>
                  ))}
                </select>
              </label>
              {chart === 'tourism-flows' ? null : (
                <SourceOption state={state} value={source} onChange={setSource} />
              )}
              <label className="share-option">
                <input type="checkbox" checked={full} onChange={(e) => setFull(e.target.checked)} />{' '}
                {t('share.full')}
              </label>
            </fieldset>
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
