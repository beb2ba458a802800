/**
 * Where the pack lives between visits: localStorage, read on every snapshot so a reload, a
 * second tab or the Back button all see the same pack. localStorage can throw (a cross-site
 * iframe with partitioned storage, private modes, a full quota, storage switched off): every
 * access is guarded, and the pack then lives in memory until the page is closed, which the
 * panel says (`persistent: false`).
 */
import { useSyncExternalStore } from 'react'
import {
  MAX_VIEWS,
  PACK_STORAGE_KEY,
  parsePack,
  sameView,
  serializePack,
  type PackView,
} from './pack'

export interface PackSnapshot {
  views: readonly PackView[]
  /** False when the browser refused storage: the pack lasts only as long as the page. */
  persistent: boolean
}

export type AddResult = 'added' | 'exists' | 'full'

export interface PackStore {
  subscribe: (listener: () => void) => () => void
  getSnapshot: () => PackSnapshot
  add: (view: PackView) => AddResult
  remove: (view: PackView) => void
  /** Empties the pack; returns what it held (for Undo). */
  clear: () => PackView[]
  replace: (views: readonly PackView[]) => void
}

/** The page's localStorage, or null where merely touching it throws. */
function browserStorage(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null
  } catch {
    return null
  }
}

/** A pack store over `storage` (a function, so tests can hand in a broken one). */
export function createPackStore(storage: () => Storage | null = browserStorage): PackStore {
  const listeners = new Set<() => void>()
  let memory: string | null = null
  let persistent = true
  let cached: { raw: string | null; persistent: boolean; snapshot: PackSnapshot } | null = null

  const read = (): string | null => {
    if (persistent) {
      try {
        const s = storage()
        if (s) return s.getItem(PACK_STORAGE_KEY)
      } catch {
        // fall through to memory
      }
      persistent = false
    }
    return memory
  }

  const write = (views: readonly PackView[]) => {
    const raw = views.length ? serializePack(views) : null
    memory = raw
    if (persistent) {
      try {
        const s = storage()
        if (!s) throw new Error('no storage')
        if (raw === null) s.removeItem(PACK_STORAGE_KEY)
        else s.setItem(PACK_STORAGE_KEY, raw)
      } catch {
        persistent = false
      }
    }
    for (const l of listeners) l()
  }

  const getSnapshot = (): PackSnapshot => {
    const raw = read()
    if (!cached || cached.raw !== raw || cached.persistent !== persistent)
      cached = { raw, persistent, snapshot: { views: parsePack(raw), persistent } }
    return cached.snapshot
  }

  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key === PACK_STORAGE_KEY) for (const l of listeners) l()
  }

  return {
    subscribe(listener) {
      listeners.add(listener)
      if (listeners.size === 1 && typeof window !== 'undefined')
        window.addEventListener('storage', onStorage)
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0 && typeof window !== 'undefined')
          window.removeEventListener('storage', onStorage)
      }
    },
    getSnapshot,
    add(view) {
      const { views } = getSnapshot()
      if (views.some((v) => sameView(v, view))) return 'exists'
      if (views.length >= MAX_VIEWS) return 'full'
      write([...views, view])
      return 'added'
    },
    remove(view) {
      const { views } = getSnapshot()
      write(views.filter((v) => !sameView(v, view)))
    },
    clear() {
      const { views } = getSnapshot()
      write([])
      return [...views]
    },
    replace(views) {
      write(views.slice(0, MAX_VIEWS))
    },
  }
}

let shared: PackStore | null = null

/** The page's one pack store. */
export function packStore(): PackStore {
  shared ??= createPackStore()
  return shared
}

const SERVER_SNAPSHOT: PackSnapshot = { views: [], persistent: true }

/** The pack and its actions, re-rendering when it changes (here, or in another tab). */
export function useBriefingPack(store: PackStore = packStore()): PackSnapshot & PackStore {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, () => SERVER_SNAPSHOT)
  return { ...store, ...snapshot }
}
