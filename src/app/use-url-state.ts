/**
 * Binds {@link DashboardState} to the address bar: the only place that reads `location`.
 * Changes push a history entry (so Back returns to the previous view); Back/Forward re-parse.
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
      const next = parseDashboardState(window.location.search)
      shown.current = serializeDashboardState(next.state)
      setParsed(next)
    }
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [])

  useEffect(() => {
    const view = serializeDashboardState(parsed.state)
    if (view === shown.current) return
    shown.current = view
    const search = serializeDashboardState(parsed.state, passthrough(window.location.search))
    window.history.pushState(
      null,
      '',
      `${window.location.pathname}${search}${window.location.hash}`,
    )
  }, [parsed])

  const setState = useCallback((next: Partial<DashboardState>) => {
    setParsed((prev) => ({ state: { ...prev.state, ...next }, ignored: [] }))
  }, [])

  return { state: parsed.state, ignored: parsed.ignored, setState }
}
