/**
 * ChartFrame: a chart travels with its caption. Title, subtitle, the plot, and a footer with
 * the source line, notes and method breaks are one unit; a data table of exactly the plotted
 * rows is one click away.
 */
import { useId, useState, type ReactNode } from 'react'
import type { ChartLabels } from '../core/labels'
import type { TableCell, TableData } from '../core/types'

export interface ChartFrameProps {
  title: string
  subtitle?: string
  /** Source line, e.g. "Genron NPO; Cabinet Office of Japan". */
  source?: ReactNode
  notes?: string[]
  methodBreaks?: string[]
  table?: TableData
  labels: ChartLabels
  /** Controls above the plot (legend, mode switch). */
  controls?: ReactNode
  /** Controls below the plot (range). */
  below?: ReactNode
  /** Actions beside the table button (the download menu). */
  actions?: ReactNode
  headingLevel?: 2 | 3 | 4
  /** Notes and method breaks one click away (compact embeds); the source line stays in view. */
  collapseNotes?: boolean
  children: ReactNode
}

// Focus rings of the plot surface, legend and chart buttons: in src/styles/global.css (a
// stylesheet, so the pages' CSP needs no 'unsafe-inline' for styles).

export function ChartFrame(props: ChartFrameProps) {
  const {
    title,
    subtitle,
    source,
    notes = [],
    methodBreaks = [],
    table,
    labels,
    controls,
    below,
    actions,
    headingLevel = 3,
    collapseNotes = false,
    children,
  } = props
  const [showTable, setShowTable] = useState(false)
  const tableId = useId()
  const H = `h${headingLevel}` as 'h2' | 'h3' | 'h4'
  return (
    <figure
      className="rjp-chart"
      style={{
        margin: 0,
        color: 'var(--chart-fg, #1f2328)',
        background: 'var(--chart-bg, #ffffff)',
        fontFamily: 'var(--chart-font, system-ui, sans-serif)',
        minWidth: 0,
      }}
    >
      <H style={{ margin: '0 0 2px', fontSize: '1.1em', lineHeight: 1.3 }}>{title}</H>
      {subtitle ? (
        <p style={{ margin: '0 0 6px', color: 'var(--chart-muted, #59636e)', fontSize: '0.9em' }}>
          {subtitle}
        </p>
      ) : null}
      {controls}
      {children}
      {below}
      <figcaption style={{ fontSize: '0.8em', color: 'var(--chart-muted, #59636e)', marginTop: 6 }}>
        {source ? (
          <p style={{ margin: '2px 0' }}>
            {labels.source}: {source}
          </p>
        ) : null}
        {collapseNotes && (notes.length || methodBreaks.length) ? (
          <details className="rjp-notes" style={{ margin: '2px 0' }}>
            <summary style={{ cursor: 'pointer' }}>
              {[
                notes.length ? labels.notes : null,
                methodBreaks.length ? labels.methodBreaks : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </summary>
            <Notes notes={notes} methodBreaks={methodBreaks} labels={labels} />
          </details>
        ) : (
          <Notes notes={notes} methodBreaks={methodBreaks} labels={labels} />
        )}
      </figcaption>
      {table || actions ? (
        <div>
          <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: 12 }}>
            {table ? (
              <button
                type="button"
                aria-expanded={showTable}
                aria-controls={tableId}
                onClick={() => setShowTable((v) => !v)}
                style={{ font: 'inherit', fontSize: '0.85em', marginTop: 4 }}
              >
                {showTable ? labels.hideTable : labels.showTable}
              </button>
            ) : null}
            {actions ? <div style={{ marginTop: 4 }}>{actions}</div> : null}
          </div>
          {table ? (
            <div id={tableId} style={{ overflowX: 'auto' }}>
              {showTable ? (
                <DataTable caption={title} table={table} questionLabel={labels.question} />
              ) : null}
            </div>
          ) : null}
        </div>
      ) : null}
    </figure>
  )
}

/** The notes and the method breaks of the caption. */
function Notes({
  notes,
  methodBreaks,
  labels,
}: {
  notes: string[]
  methodBreaks: string[]
  labels: ChartLabels
}) {
  return (
    <>
      {notes.length ? (
        <p style={{ margin: '2px 0' }}>
          {labels.notes}: {notes.join(' ')}
        </p>
      ) : null}
      {methodBreaks.length ? (
        <div style={{ margin: '2px 0' }}>
          {labels.methodBreaks}:
          <ul style={{ margin: '2px 0', paddingLeft: 18 }}>
            {methodBreaks.map((b, i) => (
              <li key={`${i}-${b}`}>{b}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  )
}

/** Only http(s) links are rendered; anything else stays text. */
const isHttp = (href: string) => /^https?:\/\//i.test(href)

function Cell({ cell }: { cell: TableCell }) {
  if (typeof cell === 'string') return <>{cell}</>
  return isHttp(cell.href) ? (
    <a href={cell.href} target="_blank" rel="noopener noreferrer">
      {cell.text}
    </a>
  ) : (
    <>{cell.text}</>
  )
}

/** The plotted rows as an HTML table, with the question behind each series above it. */
export function DataTable({
  caption,
  table,
  questionLabel,
}: {
  caption: string
  table: TableData
  questionLabel?: string
}) {
  return (
    <>
      {table.questions?.length ? (
        <dl className="rjp-table-questions" style={{ fontSize: '0.8em', margin: '6px 0 0' }}>
          {table.questions.map((q) => (
            <div key={q.series}>
              <dt style={{ fontWeight: 600 }}>
                {q.series}
                {questionLabel ? ` · ${questionLabel}` : ''}
              </dt>
              <dd lang="en" style={{ margin: '0 0 4px' }}>
                {q.text}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      <table style={{ borderCollapse: 'collapse', fontSize: '0.8em', marginTop: 6 }}>
        <caption style={{ textAlign: 'left' }}>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col" style={{ textAlign: 'left', padding: '2px 8px 2px 0' }}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <td key={j} style={{ padding: '1px 8px 1px 0' }}>
                  <Cell cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
