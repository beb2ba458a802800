/**
 * "Download" menu of a chart: SVG, PNG 1×, PNG 2×, CSV and JSON of exactly what the chart shows. A
 * native disclosure (<details>), so it works with keyboard and screen readers without script
 * state. The export code is loaded on the first click.
 */
import { useRef, useState } from 'react'
import type { ChartLabels } from '../core/labels'
import type { DownloadFormat } from './build'
import type { ExportRequest } from './types'

export interface DownloadMenuProps {
  labels: ChartLabels
  /** File name without extension. */
  fileBase: string
  /** Snapshot of the chart as shown, taken at click time. */
  prepare: () => ExportRequest
}

const buttonStyle = { font: 'inherit', fontSize: '1em', textAlign: 'left' } as const

export function DownloadMenu({ labels, fileBase, prepare }: DownloadMenuProps) {
  const ref = useRef<HTMLDetailsElement>(null)
  const [error, setError] = useState<string | null>(null)
  const run = async (format: DownloadFormat) => {
    setError(null)
    try {
      const { downloadChart } = await import('./build')
      await downloadChart(prepare(), format, fileBase)
      if (ref.current) ref.current.open = false
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }
  const items: [DownloadFormat, string][] = [
    ['svg', labels.downloadSvg],
    ['png', labels.downloadPng],
    ['png2x', labels.downloadPng2x],
    ['csv', labels.downloadCsv],
    ['json', labels.downloadJson],
  ]
  return (
    <details
      ref={ref}
      className="rjp-download"
      style={{ display: 'inline-block', fontSize: '0.85em' }}
    >
      <summary style={{ cursor: 'pointer' }}>{labels.download}</summary>
      <div
        role="group"
        aria-label={labels.download}
        style={{ display: 'flex', flexDirection: 'column', gap: 2, padding: '4px 0' }}
      >
        {items.map(([format, label]) => (
          <button
            key={format}
            type="button"
            data-format={format}
            style={buttonStyle}
            onClick={() => void run(format)}
          >
            {label}
          </button>
        ))}
        {error ? (
          <p role="status" style={{ margin: 0 }}>
            {error}
          </p>
        ) : null}
      </div>
    </details>
  )
}
