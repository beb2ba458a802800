import { useCallback, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react'
import type { PointGeometry } from './types'

/** Where the pointer finds points: the nearest point, or the nearest x (shared crosshair). */
export type PickMode = 'point' | 'x'

/**
 * Keyboard and pointer navigation over a chart's points. `nav` is the layout's list of
 * visible series, each a list of points in x order. ArrowLeft/Right move along a series,
 * ArrowUp/Down jump to the nearest-x point of the previous/next series, Home/End go to the
 * ends, Escape clears. The active point is kept by id, so it survives re-layout (resize) and
 * is dropped when its series is hidden.
 */
export function useChartNavigation(nav: PointGeometry[][], mode: PickMode = 'point') {
  const [activeId, setActiveId] = useState<string | null>(null)

  const position = useMemo(() => {
    const map = new Map<string, [number, number]>()
    nav.forEach((series, s) => series.forEach((p, i) => map.set(p.id, [s, i])))
    return map
  }, [nav])

  const pos = activeId === null ? undefined : position.get(activeId)
  const active = pos ? (nav[pos[0]]?.[pos[1]] ?? null) : null

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const keys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Escape']
      if (!keys.includes(e.key)) return
      if (e.key === 'Escape') {
        if (activeId !== null) e.preventDefault()
        setActiveId(null)
        return
      }
      e.preventDefault()
      const firstSeries = nav.findIndex((s) => s.length > 0)
      if (firstSeries < 0) return
      if (!pos) {
        setActiveId(nav[firstSeries]![0]!.id)
        return
      }
      const [s, i] = pos
      const series = nav[s] ?? []
      let next: PointGeometry | undefined
      if (e.key === 'ArrowRight') next = series[Math.min(series.length - 1, i + 1)]
      else if (e.key === 'ArrowLeft') next = series[Math.max(0, i - 1)]
      else if (e.key === 'Home') next = series[0]
      else if (e.key === 'End') next = series[series.length - 1]
      else {
        const step = e.key === 'ArrowDown' ? 1 : -1
        const x = series[i]?.x ?? 0
        for (let t = s + step; t >= 0 && t < nav.length; t += step) {
          const cand = nav[t]
          if (!cand || cand.length === 0) continue
          next = cand.reduce((best, p) => (Math.abs(p.x - x) < Math.abs(best.x - x) ? p : best))
          break
        }
      }
      if (next) setActiveId(next.id)
    },
    [nav, pos, activeId],
  )

  const pick = useCallback(
    (x: number, y: number): PointGeometry | null => {
      let best: PointGeometry | null = null
      let bestD = Infinity
      for (const series of nav)
        for (const p of series) {
          const dx = p.x - x
          const dy = p.y - y
          const d = mode === 'x' ? Math.abs(dx) : dx * dx + dy * dy
          if (d < bestD) {
            bestD = d
            best = p
          }
        }
      return best
    },
    [nav, mode],
  )

  const onPointerMove = useCallback(
    (e: PointerEvent<SVGSVGElement>) => {
      const svg = e.currentTarget
      const rect = svg.getBoundingClientRect()
      const vb = svg.viewBox?.baseVal
      const sxScale = vb && rect.width > 0 ? vb.width / rect.width : 1
      const syScale = vb && rect.height > 0 ? vb.height / rect.height : 1
      const p = pick((e.clientX - rect.left) * sxScale, (e.clientY - rect.top) * syScale)
      setActiveId(p ? p.id : null)
    },
    [pick],
  )

  const onPointerLeave = useCallback(() => setActiveId(null), [])

  return { active, activeId, setActiveId, onKeyDown, onPointerMove, onPointerLeave }
}
