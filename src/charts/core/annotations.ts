/**
 * Annotation label layout: labels for vertical rules (events, method breaks) are placed in
 * horizontal lanes so that no two labels overlap. Greedy: rules sorted by x; each label sits
 * to the right of its rule (or to the left near the right edge) in the first lane where it
 * overlaps nothing; when all `maxLanes` are taken, the label is hidden (its rule stays, and the
 * full text remains in the rule's <title> and in the table).
 */
import { estimateTextWidth, truncateText } from './text'

export interface LabelInput {
  id: string
  /** Position of the rule, in SVG x. */
  x: number
  text: string
}

export interface LabelPlacement {
  id: string
  x: number
  /** Possibly truncated with "…". */
  text: string
  fullText: string
  lane: number
  /** Occupied horizontal interval [x0, x1]. */
  x0: number
  x1: number
  /** Where the text is anchored (SVG text-anchor) and its anchor x. */
  anchor: 'start' | 'end'
  textX: number
  hidden: boolean
}

export interface LabelLayoutOptions {
  minX: number
  maxX: number
  fontSize: number
  maxLanes: number
  /** Longest label in px before truncation. */
  maxWidth: number
  /** Space between labels in a lane and between a rule and its label. */
  padding?: number
}

/** Place labels in lanes; visible labels in one lane never overlap. Pure. */
export function layoutLabels(items: LabelInput[], opts: LabelLayoutOptions): LabelPlacement[] {
  const { minX, maxX, fontSize, maxLanes, maxWidth, padding = 4 } = opts
  const lanes: [number, number][][] = Array.from({ length: Math.max(0, maxLanes) }, () => [])
  const sorted = items
    .filter((it) => Number.isFinite(it.x))
    .map((it, i) => ({ it, i }))
    .sort((a, b) => a.it.x - b.it.x || a.i - b.i)
  const available = Math.max(0, maxX - minX)
  return sorted.map(({ it }) => {
    const text = truncateText(it.text, fontSize, Math.min(maxWidth, available))
    const w = estimateTextWidth(text, fontSize)
    let anchor: 'start' | 'end' = 'start'
    let x0 = it.x + 2
    let x1 = x0 + w
    if (x1 > maxX) {
      anchor = 'end'
      x1 = it.x - 2
      x0 = x1 - w
      if (x0 < minX) {
        // Neither side fits: pin to the nearest edge.
        anchor = 'start'
        x0 = minX
        x1 = minX + w
      }
    }
    const textX = anchor === 'start' ? x0 : x1
    let lane = -1
    if (text !== '') {
      for (let l = 0; l < lanes.length; l++) {
        const taken = lanes[l]!
        if (taken.every(([a, b]) => x1 + padding <= a || x0 >= b + padding)) {
          taken.push([x0, x1])
          lane = l
          break
        }
      }
    }
    return {
      id: it.id,
      x: it.x,
      text,
      fullText: it.text,
      lane: Math.max(lane, 0),
      x0,
      x1,
      anchor,
      textX,
      hidden: lane < 0,
    }
  })
}

/** Number of lanes actually used by visible labels. */
export function lanesUsed(placements: LabelPlacement[]): number {
  let n = 0
  for (const p of placements) if (!p.hidden) n = Math.max(n, p.lane + 1)
  return n
}
