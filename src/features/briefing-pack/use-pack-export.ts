/**
 * Runs a pack's PowerPoint download or print, with a status the panel shows: progress, the
 * saved file, or a failure naming the view and step, with a retry (which refetches only what
 * failed: the rows come through the query cache).
 */
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef, useState } from 'react'
import { useApiBase } from '../../data/api-context'
import { useLocale } from '../../i18n/context'
import type { PackError, PackJob, PackJobView } from './build-pack'
import type { PackPage } from './pack-page'

export type PackJobKind = 'pptx' | 'print'

export type PackStatus =
  | { kind: 'idle' }
  | { kind: 'preparing'; job: PackJobKind; done: number; total: number }
  | { kind: 'saved'; file: string }
  | { kind: 'printing'; count: number }
  | { kind: 'failed'; job: PackJobKind; message: string }

export interface UsePackExport {
  status: PackStatus
  /** The pages to print while a print is under way. */
  printPages: PackPage[] | null
  start: (job: PackJobKind) => Promise<void>
  /** Called by the print container once the browser's print is over. */
  printDone: () => void
  /** Forgets the last run's status (the pack changed). */
  reset: () => void
}

/**
 * `views` are the pack's, with their states; `pageBase` is the dashboard's address without
 * query; `scheme` the page's colours (slides follow them; paper is light).
 */
export function usePackExport(
  views: readonly PackJobView[],
  pageBase: string,
  scheme: 'light' | 'dark',
  titleOf: (view: PackJobView) => string,
): UsePackExport {
  const client = useQueryClient()
  const apiBase = useApiBase()
  const { t, lang, charts: s } = useLocale()
  const [status, setStatus] = useState<PackStatus>({ kind: 'idle' })
  const [printPages, setPrintPages] = useState<PackPage[] | null>(null)
  // a newer run makes an older one's updates void
  const run = useRef(0)

  const explain = useCallback(
    (e: unknown): string => {
      const err = e as Partial<PackError>
      const view = typeof err.index === 'number' ? views[err.index] : undefined
      const named = view ? { n: (err.index ?? 0) + 1, title: titleOf(view) } : null
      switch (err.step) {
        case 'data':
          return named ? t('pack.failedData', named) : t('error.unknown')
        case 'empty':
          return named
            ? t('pack.failedEmpty', { ...named, reason: err.message ?? '' })
            : t('error.unknown')
        case 'image':
          return named ? t('pack.failedImage', named) : t('error.unknown')
        case 'file':
          return t('pack.failedFile')
        case 'load':
          return t('pack.failedLoad')
        default:
          // the builder itself could not be loaded (offline, or the site was updated)
          return t('pack.failedLoad')
      }
    },
    [t, titleOf, views],
  )

  const start = useCallback(
    async (kind: PackJobKind) => {
      const id = ++run.current
      const update = (next: PackStatus) => {
        if (run.current === id) setStatus(next)
      }
      const total = views.length
      if (total === 0) return
      update({ kind: 'preparing', job: kind, done: 0, total })
      const job: PackJob = {
        client,
        apiBase,
        pageBase,
        views: views.map((v) => ({ chart: v.chart, state: { ...v.state, lang } })),
        lang,
        s,
        more: t('pack.more'),
        onProgress: (done, all) => update({ kind: 'preparing', job: kind, done, total: all }),
      }
      try {
        const build = await import('./build-pack')
        if (kind === 'pptx') {
          const file = await build.downloadPackPptx({
            ...job,
            theme: scheme,
            title: t('pack.deckTitle'),
          })
          update({ kind: 'saved', file })
        } else {
          const pages = await build.makePrintPages(job)
          if (run.current !== id) return
          update({ kind: 'printing', count: pages.length })
          setPrintPages(pages)
        }
      } catch (e) {
        update({ kind: 'failed', job: kind, message: explain(e) })
      }
    },
    [apiBase, client, explain, lang, pageBase, s, scheme, t, views],
  )

  const printDone = useCallback(() => setPrintPages(null), [])
  const reset = useCallback(() => {
    run.current += 1
    setStatus({ kind: 'idle' })
  }, [])
  return { status, printPages, start, printDone, reset }
}
