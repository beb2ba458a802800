/**
 * The printed pack: one view per page (A4 or Letter, portrait), each with its title,
 * subtitle, chart image (vector SVG), source, notes, method breaks and link as text. Rendered
 * into <body> beside the app and shown only in print while `body[data-print-pack]` is set; the
 * browser's print is called once every image has decoded, and the container goes away after.
 */
import { useEffect, useRef } from 'react'
import { createPortal } from 'react-dom'
import { useLocale } from '../../i18n/context'
import type { PackPage } from './pack-page'

function svgUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}

export function PrintPack({ pages, onDone }: { pages: readonly PackPage[]; onDone: () => void }) {
  const { t, charts: s } = useLocale()
  const L = s.labels
  const ref = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const body = document.body
    body.dataset.printPack = String(pages.length)
    let cancelled = false
    const after = () => onDone()
    const images = [...(ref.current?.querySelectorAll('img') ?? [])]
    const decoded = images.map((img) =>
      typeof img.decode === 'function' ? img.decode().catch(() => undefined) : undefined,
    )
    void Promise.all(decoded).then(() => {
      if (cancelled) return
      window.addEventListener('afterprint', after, { once: true })
      window.print()
    })
    return () => {
      cancelled = true
      window.removeEventListener('afterprint', after)
      delete body.dataset.printPack
    }
  }, [pages, onDone])

  return createPortal(
    <div className="print-pack" ref={ref} lang={document.documentElement.lang || undefined}>
      {pages.map((page, i) => (
        <article className="print-pack__page" key={`${page.chart}-${i}`} data-chart={page.chart}>
          <p className="print-pack__header">
            {t('pack.pageHeader', { n: i + 1, total: pages.length })}
          </p>
          <h2 className="print-pack__title">{page.text.title}</h2>
          {page.text.subtitle ? <p className="print-pack__subtitle">{page.text.subtitle}</p> : null}
          <img
            className="print-pack__image"
            src={svgUrl(page.image.svg)}
            alt={page.alt}
            width={page.image.width}
            height={page.image.height}
          />
          {page.text.source ? (
            <p className="print-pack__source">
              {L.source}: {page.text.source}
            </p>
          ) : null}
          {page.text.notes.length ? (
            <p className="print-pack__notes">
              {L.notes}: {page.text.notes.join(' ')}
            </p>
          ) : null}
          {page.text.breaks.length ? (
            <p className="print-pack__breaks">
              {L.methodBreaks}: {page.text.breaks.join('; ')}
            </p>
          ) : null}
          {page.text.link ? (
            <p className="print-pack__link">
              {L.viewIn}: <a href={page.text.link}>{page.text.link}</a>
            </p>
          ) : null}
        </article>
      ))}
    </div>,
    document.body,
  )
}
