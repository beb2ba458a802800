/**
 * Tooltip: a positioned div next to the active point with value, unit, source, fieldwork,
 * sample size and the estimated/provisional flag. It is a polite live region, so keyboard
 * users hear the point they move to.
 */
import { hostOf } from '../core/table'
import type { Formatters } from '../../domain/format'
import type { ChartLabels } from '../core/labels'
import type { PointGeometry } from '../core/types'

export interface TooltipProps {
  /** Points to describe: one (nearest point) or several (shared crosshair). */
  points: PointGeometry[]
  /** Anchor in container pixels. */
  x: number
  y: number
  containerWidth: number
  labels: ChartLabels
  format: Formatters
  id?: string
}

function Detail({
  p,
  labels,
  format,
}: {
  p: PointGeometry
  labels: ChartLabels
  format: Formatters
}) {
  const i = p.info
  return (
    <div>
      <div style={{ fontWeight: 600 }}>{i.seriesLabel}</div>
      {i.category ? <div>{i.category}</div> : null}
      <div>
        <span>{i.periodLabel}</span>: <strong>{i.valueLabel}</strong>
        {i.unit === 'thermometer' ? <span> / 100</span> : null}
      </div>
      {i.marginOfError !== null ? (
        <div>
          {labels.marginOfError}: ±{format.thermometer(i.marginOfError)}
        </div>
      ) : null}
      {i.estimated ? <div>{labels.estimated}</div> : null}
      {i.provisional ? <div>{labels.provisional}</div> : null}
      {i.conductedBy || i.source ? (
        <div>
          {labels.conductedBy}: {i.conductedBy ?? i.source}
        </div>
      ) : null}
      {i.question ? (
        <div className="rjp-tooltip__question">
          {labels.question}: <span lang="en">{i.question}</span>
        </div>
      ) : null}
      {i.fieldwork ? (
        <div>
          {labels.fieldwork}: {i.fieldwork}
        </div>
      ) : null}
      {i.sampleSize !== null ? (
        <div>
          {labels.sampleSize}: {format.integer(i.sampleSize)}
        </div>
      ) : i.surveySampleSize ? (
        <div>
          {labels.surveySampleSize}: {format.integer(i.surveySampleSize)}
        </div>
      ) : null}
      {i.confidence ? (
        <div>
          {labels.confidence}: {labels.confidenceLevels[i.confidence]}
        </div>
      ) : null}
      {i.sourceUrl ? (
        <div>
          {labels.readFrom}: {hostOf(i.sourceUrl)}
        </div>
      ) : null}
      {i.note ? <div>{i.note}</div> : null}
    </div>
  )
}

export function Tooltip({ points, x, y, containerWidth, labels, format, id }: TooltipProps) {
  const flip = x > containerWidth * 0.55
  const visible = points.length > 0
  return (
    <div
      id={id}
      role="status"
      aria-live="polite"
      className="rjp-tooltip"
      style={{
        position: 'absolute',
        // anchored by the side nearer the pointer: a box placed with \`left\` near the right
        // edge would shrink to the little width left there and wrap a word per line
        ...(flip
          ? { right: visible ? Math.round(containerWidth - x) + 12 : 0 }
          : { left: visible ? Math.round(x) + 12 : 0 }),
        top: visible ? Math.round(y) : 0,
        transform: 'translateY(-50%)',
        pointerEvents: 'none',
        display: visible ? 'block' : 'none',
        maxWidth: Math.max(160, Math.min(280, containerWidth - 24)),
        padding: '6px 8px',
        borderRadius: 4,
        fontSize: 12,
        lineHeight: 1.35,
        background: 'var(--chart-tooltip-bg, #ffffff)',
        color: 'var(--chart-tooltip-fg, #1f2328)',
        border: '1px solid var(--chart-grid, #d8dee4)',
        boxShadow: '0 2px 8px rgba(0,0,0,0.15)',
        zIndex: 2,
      }}
    >
      {points.length === 1 ? (
        <Detail p={points[0]!} labels={labels} format={format} />
      ) : (
        points.map((p) => (
          <div key={p.id} style={{ marginBottom: 4 }}>
            <Detail p={p} labels={labels} format={format} />
          </div>
        ))
      )}
    </div>
  )
}
