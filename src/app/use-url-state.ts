/**
 * Binds {@link DashboardState} to the address bar: the only place that reads `location`.
 * Changes push a history entry (so Back returns to the previous view); Back/Forward re-parse.
 *
 * The history write waits until the page is idle, after the frame that shows the change:
 * `history.pushState` costs 1–4 ms in Chromium (it also re-checks the favicon), and a filter
 * click should spend its frame on the charts. Changes quicker than that make one entry. Anything that reads the address
 * ("Copy link", share snippets, an export's link) calls {@link currentHref}, and a pointer or
 * key press, Back/Forward or leaving the page flushes a pending write first, so nobody ever
 * sees a stale address.
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
let pending: { href: string; id: number } | null = null
let writes = 0

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

/** Writes `href` after the next paint (a timer too: hidden tabs get no animation frames). */
function scheduleUrl(href: string): void {
  const id = ++writes
  pending = { href, id }
  const write = () => {
    if (pending?.id === id) flushUrl()
  }
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(write, 0))
  setTimeout(write, 500)
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
      // the bar is the truth now (a pending write was flushed by the key or pointer press)
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
