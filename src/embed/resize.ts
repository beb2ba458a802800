/**
 * Tells the host page how tall the embed is: `{ type: 'rokjp-pulse:resize', chart, height }`
 * after the first render and whenever the height changes (integer px, duplicates skipped).
 * The message carries nothing but the chart id and a number, so it is posted to any origin:
 * the embed cannot know who frames it, and the loader checks the sender on its side.
 */
import { RESIZE_MESSAGE_TYPE } from './params'

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE_TYPE
  chart: string
  height: number
}

export interface ResizeTarget {
  postMessage: (message: ResizeMessage, targetOrigin: string) => void
}

export interface ResizeReporterOptions {
  /** Element(s) whose size changes trigger a new measurement. */
  observe: Element[]
  /** Current content height in CSS px (may be fractional). */
  measure: () => number
  /** Where to post; nothing is posted when null (a top-level page). */
  target: ResizeTarget | null
  /** Injected for tests; defaults to the global ResizeObserver when there is one. */
  ResizeObserverImpl?: typeof ResizeObserver
}

/** Starts reporting; returns a function that stops it. Never throws. */
export function startResizeReporter(
  chart: string,
  {
    observe,
    measure,
    target,
    ResizeObserverImpl = globalThis.ResizeObserver,
  }: ResizeReporterOptions,
): { report: () => void; stop: () => void } {
  let last = -1
  const report = () => {
    if (!target) return
    try {
      const raw = measure()
      if (!Number.isFinite(raw) || raw <= 0) return
      const height = Math.ceil(raw)
      if (height === last) return
      last = height
      target.postMessage({ type: RESIZE_MESSAGE_TYPE, chart, height }, '*')
    } catch {
      // a detached parent or an exotic host: sizing is best effort, never an error in the frame
    }
  }
  let observer: ResizeObserver | null = null
  if (typeof ResizeObserverImpl === 'function') {
    observer = new ResizeObserverImpl(() => report())
    for (const el of observe) observer.observe(el)
  }
  // fonts and late layout: one more look when everything has loaded
  const onLoad = () => report()
  if (typeof window !== 'undefined') window.addEventListener('load', onLoad)
  report()
  return {
    report,
    stop: () => {
      observer?.disconnect()
      if (typeof window !== 'undefined') window.removeEventListener('load', onLoad)
    },
  }
}

/** The parent window when this document is framed, else null. */
export function parentTarget(win: Window = window): ResizeTarget | null {
  try {
    return win.parent && win.parent !== win ? (win.parent as unknown as ResizeTarget) : null
  } catch {
    return null
  }
}
