/**
 * The address bar follows the view: a change is pushed as a history entry just after it is
 * painted (not inside the click), Back re-parses, and whoever reads the address in between
 * (Copy link, share snippets) gets the view on screen, never the previous one.
 */
import { act, renderHook, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { currentHref, flushUrl, useUrlState } from '../../src/app/use-url-state'

beforeEach(() => window.history.replaceState(null, '', '/?mock=slow'))
afterEach(() => flushUrl())

describe('useUrlState', () => {
  it('writes a change to the address bar after the frame, and pushes one entry', async () => {
    const { result } = renderHook(() => useUrlState())
    const entries = window.history.length
    act(() => result.current.setState({ age: '18-29' }))
    expect(result.current.state.age).toBe('18-29')
    // not written inside the update itself…
    expect(window.location.search).toBe('?mock=slow')
    // …but whoever asks for the address already gets the new view
    expect(new URL(currentHref()).searchParams.get('age')).toBe('18-29')
    await waitFor(() => expect(window.location.search).toContain('age=18-29'))
    // mock-layer parameters survive, and exactly one history entry was added
    expect(new URLSearchParams(window.location.search).get('mock')).toBe('slow')
    expect(window.history.length).toBe(entries + 1)
  })

  it('a pointer or key press writes a pending change first', () => {
    const { result } = renderHook(() => useUrlState())
    act(() => result.current.setState({ lang: 'ko' }))
    expect(window.location.search).not.toContain('lang=ko')
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'c' }))
    expect(window.location.search).toContain('lang=ko')
  })

  it('Back and Forward re-parse the address, without pushing it again', async () => {
    const { result } = renderHook(() => useUrlState())
    act(() => result.current.setState({ age: '30-39' }))
    await waitFor(() => expect(window.location.search).toContain('age=30-39'))
    const entries = window.history.length
    act(() => {
      window.history.replaceState(null, '', '/?age=60-69')
      window.dispatchEvent(new PopStateEvent('popstate'))
    })
    expect(result.current.state.age).toBe('60-69')
    await new Promise((r) => setTimeout(r, 600))
    expect(window.history.length).toBe(entries)
    expect(window.location.search).toBe('?age=60-69')
  })

  it('an unknown or malformed parameter falls back to the default and is reported', () => {
    window.history.replaceState(null, '', '/?age=__proto__&from=abc&lang=en')
    const { result } = renderHook(() => useUrlState())
    expect(result.current.state.age).toBe('all')
    expect(result.current.state.from).toBeNull()
    expect(result.current.ignored.map((p) => p.name).sort()).toEqual(['age', 'from'])
  })
})
