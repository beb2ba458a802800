/**
 * Binds {@link DashboardState} to the address bar: the only place that reads `location`.
 * Changes push a history entry (so Back returns to the previous view); Back/Forward re-parse.
 */
import { useCallback, useEffect, useState } from 'react'
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

  useEffect(() => {
    const onPop = () => setParsed(parseDashboardState(window.location.search))
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [])

  const setState = useCallback((next: Partial<DashboardState>) => {
    setParsed((prev) => {
      const state = { ...prev.state, ...next }
      const search = serializeDashboardState(state, passthrough(window.location.search))
      if (search !== window.location.search) {
        window.history.pushState(
          null,
          '',
          `${window.location.pathname}${search}${window.location.hash}`,
        )
      }
      return { state, ignored: [] }
    })
  }, [])

  return { state: parsed.state, ignored: parsed.ignored, setState }
}
