/**
 * The briefing pack panel: the views collected with "Add to briefing pack" (chart title and
 * filters, as text), each removable and openable, and the pack's actions: Download PowerPoint,
 * Print pack, Clear (with Undo). Shown only while the pack holds something. Building a pack
 * loads its code on first use; a failure names the view and offers a retry, and the rest of
 * the page keeps working.
 */
import { useCallback, useId, useMemo, useRef, useState } from 'react'
import { sourceFamilies } from '../../data/chart-inputs'
import { useSeriesProfiles } from '../../data/use-series-data'
import { useLocale } from '../../i18n/context'
import type { Theme } from '../../url/state'
import { useColorScheme } from '../../ui/use-color-scheme'
import { chartTitle } from './chart-ids'
import { describeView } from './describe'
import { stateOf, viewLink, type PackView } from './pack'
import { useBriefingPack } from './pack-store'
import { PACK_PANEL_ID } from './AddToPack'
import { PrintPack } from './PrintPack'
import type { PackJobView } from './build-pack'
import { usePackExport, type PackStatus } from './use-pack-export'
import '../../styles/briefing-pack.css'

export interface BriefingPackProps {
  /** The page's theme setting: slides follow its colours. */
  theme: Theme
  /** The dashboard's address without query or fragment: views link back under it. */
  pageBase: string
}

/** What the status line says of the pack's last run ("" when idle or failed). */
function statusText(status: PackStatus, t: ReturnType<typeof useLocale>['t']): string {
  if (status.kind === 'preparing')
    return t(status.job === 'pptx' ? 'pack.preparing' : 'pack.preparingPrint', {
      done: Math.min(status.done + 1, status.total),
      total: status.total,
    })
  if (status.kind === 'saved') return t('pack.saved', { file: status.file })
  if (status.kind === 'printing')
    return t('pack.printed', {
      count:
        status.count === 1 ? t('pack.countOne') : t('pack.countOther', { count: status.count }),
    })
  return ''
}

export function BriefingPack({ theme, pageBase }: BriefingPackProps) {
  const { t, lang, charts: s } = useLocale()
  const pack = useBriefingPack()
  const profiles = useSeriesProfiles(lang)
  const scheme = useColorScheme(theme)
  const headingId = useId()
  const sectionRef = useRef<HTMLElement>(null)
  const removeRefs = useRef<(HTMLButtonElement | null)[]>([])
  const undoRef = useRef<HTMLButtonElement>(null)
  const [undo, setUndo] = useState<PackView[] | null>(null)
  const [note, setNote] = useState<string | null>(null)

  const labels = useMemo(() => {
    const known = new Map(sourceFamilies(profiles).map((f) => [f.family, f.label]))
    return (family: string) => known.get(family) ?? family
  }, [profiles])
  const items = useMemo(
    () =>
      pack.views.map((view) => {
        const state = stateOf(view, lang)
        return { view, state, ...describeView(view, state, s, t, labels) }
      }),
    [pack.views, lang, s, t, labels],
  )
  const titleOf = useCallback((v: PackJobView) => chartTitle(v.chart, v.state, s), [s])
  const jobs = useMemo(() => items.map((i) => ({ chart: i.view.chart, state: i.state })), [items])
  const exporter = usePackExport(jobs, pageBase, scheme, titleOf)
  const [lastJob, setLastJob] = useState<'pptx' | 'print'>('pptx')

  const countOf = (n: number) => (n === 1 ? t('pack.countOne') : t('pack.countOther', { count: n }))
  const count = countOf(items.length)
  const busy = exporter.status.kind === 'preparing'
  const run = (job: 'pptx' | 'print') => {
    setNote(null)
    setLastJob(job)
    void exporter.start(job)
  }

  const remove = (i: number) => {
    const item = items[i]
    if (!item) return
    pack.remove(item.view)
    exporter.reset()
    setNote(t('pack.removed', { count: countOf(items.length - 1) }))
    // keep the keyboard in the list: the next view's Remove, else the previous one's, else the panel
    requestAnimationFrame(() => {
      const next = removeRefs.current[i] ?? removeRefs.current[i - 1]
      if (next) next.focus()
      else sectionRef.current?.focus()
    })
  }
  const clear = () => {
    exporter.reset()
    setUndo(pack.clear())
    setNote(t('pack.cleared'))
    requestAnimationFrame(() => undoRef.current?.focus())
  }
  const restore = () => {
    if (undo) pack.replace(undo)
    setUndo(null)
    setNote(null)
    requestAnimationFrame(() => sectionRef.current?.focus())
  }

  if (items.length === 0 && !undo && !exporter.printPages) return null
  return (
    <section
      id={PACK_PANEL_ID}
      ref={sectionRef}
      className="briefing-pack"
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <div className="briefing-pack__head">
        <h2 id={headingId} className="briefing-pack__heading">
          {t('pack.heading')}
        </h2>
        {items.length ? <span className="briefing-pack__count">{count}</span> : null}
      </div>
      {items.length ? <p className="briefing-pack__intro">{t('pack.intro')}</p> : null}
      {!pack.persistent ? <p className="briefing-pack__warning">{t('pack.noStorage')}</p> : null}
      {items.length ? (
        <ol className="briefing-pack__list" aria-label={t('pack.list')}>
          {items.map((item, i) => (
            <li key={`${item.view.chart}${item.view.query}`} className="briefing-pack__item">
              <span className="briefing-pack__text">
                <span className="briefing-pack__title">{item.title}</span>
                <span className="briefing-pack__filters">{item.filters}</span>
              </span>
              <span className="briefing-pack__item-actions">
                <a
                  className="button button--quiet"
                  href={viewLink(item.state, pageBase, item.view.chart)}
                  aria-label={t('pack.openLabel', { n: i + 1, title: item.title })}
                >
                  {t('pack.open')}
                </a>
                <button
                  type="button"
                  className="button button--quiet"
                  ref={(el) => {
                    removeRefs.current[i] = el
                  }}
                  aria-label={t('pack.removeLabel', { n: i + 1, title: item.title })}
                  disabled={busy}
                  onClick={() => remove(i)}
                >
                  {t('pack.removeView')}
                </button>
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      <div className="briefing-pack__actions">
        {items.length ? (
          <>
            <button
              type="button"
              className="button"
              data-pack-action="pptx"
              disabled={busy}
              onClick={() => run('pptx')}
            >
              {t('pack.pptx')}
            </button>
            <button
              type="button"
              className="button"
              data-pack-action="print"
              disabled={busy}
              onClick={() => run('print')}
            >
              {t('pack.print')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              data-pack-action="clear"
              disabled={busy}
              onClick={clear}
            >
              {t('pack.clear')}
            </button>
          </>
        ) : undo ? (
          <button type="button" className="button" ref={undoRef} onClick={restore}>
            {t('pack.undo')}
          </button>
        ) : null}
      </div>
      {/* one live region for every message, so each change is announced */}
      <p role="status" className="briefing-pack__status">
        {note ?? statusText(exporter.status, t)}
      </p>
      {exporter.status.kind === 'failed' ? (
        <div className="error-state error-state--compact briefing-pack__error" role="alert">
          <p>{exporter.status.message}</p>
          <button type="button" className="button" onClick={() => run(lastJob)}>
            {t('state.retry')}
          </button>
        </div>
      ) : null}
      {exporter.printPages ? (
        <PrintPack pages={exporter.printPages} onDone={exporter.printDone} />
      ) : null}
    </section>
  )
}
