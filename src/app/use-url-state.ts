/**
 * Binds {@link DashboardState} to the address bar: the only place that reads `location`.
 * Changes push a history entry (so Back returns to the previous view); Back/Forward re-parse.
 *
 * The history write waits until the page is idle after the frame that shows the change (at
 * most 300 ms): `history.pushState` costs 1–4 ms in Chromium (it also re-checks the favicon),
 * and a filter click should spend its frame on the charts. Changes quicker than that make one
 * entry. "Copy link" and the share snippets read {@link currentHref}; a pointer or key press
 * in the page and leaving it (`pagehide`) write a pending change first, so what reads
 * `location` on a click (an export's link) sees the new address too. Only the browser's own
 * Back button within those few milliseconds drops the pending entry (the view then follows
 * the address bar, as Back asks).
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import {
  parseDashboardState,
  serializeDashboardState,
  type DashboardState,
  type IgnoredParam,
} from '../url/state'

/** Parameters owned by the mock layer, kept in the URL across state changes. */
function passthrough(search: string): Record<string, string> {
  const mock = new URLSearchParams(search).get('mock')
  return mock ? { mock } : {}
}

/** The one pending address-bar write (the app has one URL). */
let pending: { href: string } | null = null

/** Writes a pending address now (no-op when none is pending). */
export function flushUrl(): void {
  if (!pending) return
  const { href } = pending
  pending = null
  window.history.pushState(null, '', href)
}

/** The address of the view on screen, including a change not yet written to the bar. */
export function currentHref(): string {
  return pending ? new URL(pending.href, window.location.href).href : window.location.href
}

/** Writes `href` once the page is idle after the change's frame, at the latest after 300 ms. */
function scheduleUrl(href: string): void {
  const mine = { href }
  pending = mine
  // a later change (or a flush) replaces or clears `pending`: this write is then void
  const write = () => {
    if (pending === mine) flushUrl()
  }
  if (typeof requestIdleCallback === 'function') requestIdleCallback(write, { timeout: 300 })
  else setTimeout(write, 50)
}

export function useUrlState(): {
  state: DashboardState
  ignored: IgnoredParam[]
  setState: (next: Partial<DashboardState>) => void
} {
  const [parsed, setParsed] = useState(() => parseDashboardState(window.location.search))
  // the view the address bar already shows (on load and after Back/Forward): not pushed again
  const shown = useRef(serializeDashboardState(parsed.state))

  useEffect(() => {
    const onPop = () => {
      // the bar is the truth now: a pending write (only possible with the browser's own Back
      // button; a key or pointer press flushes it first) is dropped
      pending = null
      const next = parseDashboardState(window.location.search)
      shown.current = serializeDashboardState(next.state)
      setParsed(next)
    }
    window.addEventListener('popstate', onPop)
    // a click or key press may read the address (copy, share, download): write it first
    window.addEventListener('pagehide', flushUrl)
    document.addEventListener('pointerdown', flushUrl, true)
    document.addEventListener('keydown', flushUrl, true)
    return () => {
      window.removeEventListener('popstate', onPop)
      window.removeEventListener('pagehide', flushUrl)
      document.removeEventListener('pointerdown', flushUrl, true)
      document.removeEventListener('keydown', flushUrl, true)
      flushUrl()
    }
  }, [])

  useEffect(() => {
    const view = serializeDashboardState(parsed.state)
    if (view === shown.current) return
    shown.current = view
    const search = serializeDashboardState(parsed.state, passthrough(window.location.search))
    scheduleUrl(`${window.location.pathname}${search}${window.location.hash}`)
  }, [parsed])

  const setState = useCallback((next: Partial<DashboardState>) => {
    setParsed((prev) => ({ state: { ...prev.state, ...next }, ignored: [] }))
  }, [])

  return { state: parsed.state, ignored: parsed.ignored, setState }
}
