import { useLayoutEffect, useRef, useState, type RefObject } from 'react'

/**
 * Width of a container, followed with ResizeObserver. Until measured (server render, tests,
 * happy-dom without layout) it reports `fallbackWidth`, so the first render is already a
 * complete chart. The first measure runs before the browser paints (a layout effect), so a
 * chart never flashes at the fallback width and then jumps (no layout shift on a phone).
 */
export function useChartSize<T extends HTMLElement = HTMLDivElement>(
  fallbackWidth = 640,
): { ref: RefObject<T | null>; width: number } {
  const ref = useRef<T | null>(null)
  const [width, setWidth] = useState(fallbackWidth)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el || typeof ResizeObserver === 'undefined') return
    const measure = (w: number) => {
      if (Number.isFinite(w) && w > 0) setWidth(Math.round(w))
    }
    measure(el.getBoundingClientRect().width)
    const ro = new ResizeObserver((entries) => {
      const entry = entries[0]
      if (entry) measure(entry.contentRect.width)
    })
    ro.observe(el)
    return () => ro.disconnect()
  }, [])
  return { ref, width }
}
