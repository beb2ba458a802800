/**
 * A box whose content updates at once while it is on screen, and just after the next paint
 * while it is off screen. A filter click then spends its frame on the charts the reader is
 * looking at; charts scrolled out of view follow in the first idle moment after that frame,
 * as a transition (any newer input interrupts it), long before anyone can scroll to them. While an update waits the box
 * is `aria-busy`, so assistive technology does not read a view that is about to change, and
 * `data-pending` lets tests and the benchmark see it.
 *
 * Without IntersectionObserver (tests, old browsers) everything counts as on screen.
 */
import {
  startTransition,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { flushSync } from 'react-dom'

/** How far outside the viewport a box still counts as on screen (scrolling reaches it soon). */
const MARGIN_PX = 48

/** Is `el` within the viewport, give or take {@link MARGIN_PX}? */
function inViewport(el: Element): boolean {
  const r = el.getBoundingClientRect()
  const h = window.innerHeight || document.documentElement.clientHeight
  return r.bottom > -MARGIN_PX && r.top < h + MARGIN_PX
}

export function DeferOffscreen({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  const [onScreen, setOnScreen] = useState(true)
  useEffect(() => {
    const el = ref.current
    if (!el || typeof IntersectionObserver === 'undefined') return
    const io = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1]
        if (last) setOnScreen(last.isIntersecting)
      },
      { rootMargin: `${MARGIN_PX}px` },
    )
    io.observe(el)
    return () => io.disconnect()
  }, [])
  // the element last drawn: off screen, the urgent render hands it back (React then skips the
  // whole subtree) and a transition after the paint brings the new one
  const [held, setHeld] = useState(children)
  if (onScreen && held !== children) setHeld(children)
  useEffect(() => {
    if (onScreen || held === children) return
    let cancelled = false
    const update = () => {
      if (!cancelled) startTransition(() => setHeld(children))
    }
    // after the frame that shows the on-screen update, in the first idle slot (every task
    // already queued, such as that frame's own follow-up, goes first)
    const frame = requestAnimationFrame(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(update, { timeout: 200 })
      else setTimeout(update, 0)
    })
    return () => {
      cancelled = true
      cancelAnimationFrame(frame)
    }
  }, [children, held, onScreen])
  const shown = onScreen ? children : held
  const pending = shown !== children
  // An update may move a waiting box into view (a shorter chart above it): look before every
  // paint while it waits, and draw it in that same frame rather than show a stale one. (The
  // IntersectionObserver alone would only say so after the frame.)
  useLayoutEffect(() => {
    const el = ref.current
    if (pending && el && inViewport(el)) setOnScreen(true)
  }, [pending, children])
  // Scrolling into a waiting box (a key, a link, focus moving): scroll events come before the
  // frame is painted, so drawing it synchronously there never shows the old view.
  useEffect(() => {
    if (!pending) return
    const onMove = () => {
      const el = ref.current
      if (el && inViewport(el)) flushSync(() => setOnScreen(true))
    }
    window.addEventListener('scroll', onMove, { passive: true, capture: true })
    window.addEventListener('resize', onMove, { passive: true })
    return () => {
      window.removeEventListener('scroll', onMove, { capture: true })
      window.removeEventListener('resize', onMove)
    }
  }, [pending])
  return (
    <div
      ref={ref}
      aria-busy={pending || undefined}
      data-defer=""
      data-pending={pending || undefined}
    >
      {shown}
    </div>
  )
}
