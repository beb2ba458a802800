/** The colour scheme in effect: the URL's theme, or the reader's system setting for `auto`. */
import { useSyncExternalStore } from 'react'
import type { Theme } from '../url/state'

const QUERY = '(prefers-color-scheme: dark)'

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {}
  const mq = window.matchMedia(QUERY)
  mq.addEventListener('change', onChange)
  return () => mq.removeEventListener('change', onChange)
}

function systemDark(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia && window.matchMedia(QUERY).matches
}

export function useColorScheme(theme: Theme): 'light' | 'dark' {
  const dark = useSyncExternalStore(subscribe, systemDark, () => false)
  return theme === 'auto' ? (dark ? 'dark' : 'light') : theme
}
