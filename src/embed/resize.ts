/**
 * Tells the host page how tall the embed is: `{ type: 'rokjp-pulse:resize', chart, height }`
 * after the first render and whenever the height changes (integer px, duplicates skipped).
 * The message carries nothing but the chart id and a number, so it is posted to any origin:
 * the embed cannot know who frames it, and the loader checks the sender on its side.
 *
 * Why more than a ResizeObserver: Chromium pauses rendering work (ResizeObserver, rAF,
 * IntersectionObserver updates, resize events) in cross-origin frames that are off screen. A
 * frame that loads below the fold, or is scrolled past while its data arrives, would otherwise
 * keep the height of its skeleton until it is scrolled back into view (half a chart, no source
 * line, and a jump in the host page when it finally grows). So the height is also measured
 * - from a MutationObserver: its callbacks are microtasks and still run in a paused frame, and
 *   every render (skeleton, data, error, a toggle) changes the DOM; reading the height there
 *   forces the layout the paused frame skipped;
 * - when the window has loaded and when web fonts have loaded;
 * - on a low-frequency timer (timers still fire in paused frames, throttled), for anything that
 *   changes the layout without touching the DOM;
 * - when the host page asks: `{ type: 'rokjp-pulse:measure', chart }` from `window.parent`
 *   (the loader sends it when a frame loads, comes into view or the page is resized). That one
 *   message is the only thing read from the host, it must come from the parent window and name
 *   this chart, and all it does is post the current height again, even if unchanged (a loader
 *   that arrived late may have missed the first one).
 * The measurement is the content's height, never the viewport's, so a taller frame never makes
 * a taller report, and nothing here changes the DOM: no loop.
 */
import { RESIZE_MESSAGE_TYPE } from './params'

/** The `type` of the host's "measure now" request (docs/embedding.md, "Messages"). */
export const MEASURE_MESSAGE_TYPE = 'rokjp-pulse:measure'

/** How often the timer fallback measures, in ms. */
export const RESIZE_FALLBACK_INTERVAL_MS = 1000

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE_TYPE
  chart: string
  height: number
}

export interface ResizeTarget {
  postMessage: (message: ResizeMessage, targetOrigin: string) => void
}

/** What the reporter listens to on its window: load, message; `document.fonts` when there. */
export interface ResizeEvents {
  addEventListener: (type: string, listener: (event: Event) => void) => void
  removeEventListener: (type: string, listener: (event: Event) => void) => void
  document?: { fonts?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> }
}

export interface ResizeReporterOptions {
  /** Element(s) whose size (ResizeObserver) or content (MutationObserver) changes trigger a new measurement. */
  observe: Element[]
  /** Current content height in CSS px (may be fractional). */
  measure: () => number
  /** Where to post; nothing is posted when null (a top-level page). */
  target: ResizeTarget | null
  /** Injected for tests; defaults to the global ResizeObserver when there is one. */
  ResizeObserverImpl?: typeof ResizeObserver
  /** Injected for tests; defaults to the global MutationObserver when there is one. */
  MutationObserverImpl?: typeof MutationObserver
  /** The window to listen on (load, fonts, host requests); defaults to the global one. */
  events?: ResizeEvents | null
  /**
   * Period of the timer fallback in ms, 0 for none; default {@link RESIZE_FALLBACK_INTERVAL_MS}
   * in a window (`events` set), none elsewhere.
   */
  intervalMs?: number
}

/** Is `data` the host's "measure now" request for `chart`? */
export function isMeasureRequest(data: unknown, chart: string): boolean {
  if (!data || typeof data !== 'object') return false
  const { type, chart: requested } = data as { type?: unknown; chart?: unknown }
  return type === MEASURE_MESSAGE_TYPE && requested === chart
}

/**
 * Starts reporting; returns `report` (`report(true)` posts even an unchanged height) and a
 * function that stops everything it started. Never throws.
 */
export function startResizeReporter(
  chart: string,
  {
    observe,
    measure,
    target,
    ResizeObserverImpl = globalThis.ResizeObserver,
    MutationObserverImpl = globalThis.MutationObserver,
    events = typeof window === 'undefined' ? null : (window as unknown as ResizeEvents),
    intervalMs = events ? RESIZE_FALLBACK_INTERVAL_MS : 0,
  }: ResizeReporterOptions,
): { report: (force?: boolean) => void; stop: () => void } {
  let last = -1
  const report = (force = false) => {
    if (!target) return
    try {
      const raw = measure()
      if (!Number.isFinite(raw) || raw <= 0) return
      const height = Math.ceil(raw)
      if (height === last && !force) return
      last = height
      target.postMessage({ type: RESIZE_MESSAGE_TYPE, chart, height }, '*')
    } catch {
      // a detached parent or an exotic host: sizing is best effort, never an error in the frame
    }
  }
  const stops: (() => void)[] = []
  // nothing to tell at top level: no observers, timers or listeners either
  if (target) {
    try {
      const onChange = () => report()
      if (typeof ResizeObserverImpl === 'function') {
        const ro = new ResizeObserverImpl(onChange)
        for (const el of observe) ro.observe(el)
        stops.push(() => ro.disconnect())
      }
      if (typeof MutationObserverImpl === 'function') {
        const mo = new MutationObserverImpl(onChange)
        const what = { subtree: true, childList: true, attributes: true, characterData: true }
        for (const el of observe) mo.observe(el, what)
        stops.push(() => mo.disconnect())
      }
      if (intervalMs > 0) {
        const timer = setInterval(onChange, intervalMs)
        stops.push(() => clearInterval(timer))
      }
      if (events) {
        const onMessage = (event: Event) => {
          try {
            const { source, data } = event as MessageEvent
            if (source === (target as unknown) && isMeasureRequest(data, chart)) report(true)
          } catch {
            // a hostile message: ignored
          }
        }
        const listen = (
          on: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>,
          type: string,
          listener: (event: Event) => void,
        ) => {
          on.addEventListener(type, listener)
          stops.push(() => on.removeEventListener(type, listener))
        }
        listen(events, 'load', onChange)
        listen(events, 'message', onMessage)
        const fonts = events.document?.fonts
        if (fonts && typeof fonts.addEventListener === 'function')
          listen(fonts, 'loadingdone', onChange)
      }
    } catch {
      // an exotic environment: what was started keeps working, the first report still goes out
    }
  }
  report()
  return {
    report,
    stop: () => {
      for (const stop of stops.splice(0)) {
        try {
          stop()
        } catch {
          // already gone
        }
      }
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
