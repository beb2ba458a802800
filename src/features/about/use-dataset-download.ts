/**
 * Builds and saves the whole dataset: `GET /v1/series`, then each series' observations through
 * the app's own query options and client, so whatever the page has already loaded is not
 * fetched again and a retry asks only for what is missing. All or nothing: when a request
 * fails, no file is saved and the status says so.
 */
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef, useState } from 'react'
import { useApiBase } from '../../data/api-context'
import { observationsOptions, seriesListOptions } from '../../data/queries'
import type { ObservationRow } from '../../data/schemas'
import { latestCoverage } from './data-date'
import {
  datasetCsv,
  datasetFileName,
  datasetJson,
  latestObservedPeriod,
  saveFile,
  type DatasetEntry,
} from './dataset'

export type DatasetFormat = 'csv' | 'json'

export type DownloadStatus =
  | { kind: 'idle' }
  /** `total` is 0 until the series list is in. */
  | { kind: 'preparing'; format: DatasetFormat; done: number; total: number }
  | { kind: 'failed'; format: DatasetFormat; error: unknown; done: number; total: number }
  | { kind: 'saved'; format: DatasetFormat; file: string; series: number; rows: number }

/** Requests in flight at once: enough to be quick, few enough to leave the page responsive. */
const CONCURRENCY = 6

/**
 * `start(format, pageUrl)` fetches what is missing and saves the file; `status` says how far
 * it got. `pageUrl` is the view the reader downloaded from (the JSON's `source`).
 */
export function useDatasetDownload(): {
  status: DownloadStatus
  start: (format: DatasetFormat, pageUrl: string) => Promise<void>
} {
  const client = useQueryClient()
  const base = useApiBase()
  const [status, setStatus] = useState<DownloadStatus>({ kind: 'idle' })
  // a newer run makes an older one's updates void
  const run = useRef(0)

  const start = useCallback(
    async (format: DatasetFormat, pageUrl: string) => {
      const id = ++run.current
      const update = (next: DownloadStatus) => {
        if (run.current === id) setStatus(next)
      }
      let done = 0
      let total = 0
      update({ kind: 'preparing', format, done, total })
      try {
        const { series } = await client.fetchQuery(seriesListOptions(base))
        total = series.length
        update({ kind: 'preparing', format, done, total })
        const rows: (readonly ObservationRow[] | undefined)[] = []
        let next = 0
        const failures: unknown[] = []
        const worker = async () => {
          // after a failure no new request starts: the file would be incomplete anyway
          while (next < total && failures.length === 0) {
            const i = next++
            try {
              const res = await client.fetchQuery(observationsOptions(base, series[i]!.id))
              rows[i] = res.observations
              done += 1
              update({ kind: 'preparing', format, done, total })
            } catch (error) {
              failures.push(error)
            }
          }
        }
        await Promise.all(Array.from({ length: Math.min(CONCURRENCY, total) }, worker))
        if (failures.length > 0) throw failures[0]
        const entries: DatasetEntry[] = series.map((s, i) => ({
          series: s,
          observations: rows[i] ?? [],
        }))
        if (run.current !== id) return
        const file = datasetFileName(format)
        const blob =
          format === 'csv'
            ? new Blob([datasetCsv(entries)], { type: 'text/csv;charset=utf-8' })
            : new Blob(
                [
                  datasetJson(entries, {
                    dataAsOf: latestCoverage(series) ?? latestObservedPeriod(entries),
                    source: pageUrl,
                  }),
                ],
                { type: 'application/json' },
              )
        saveFile(blob, file)
        const count = entries.reduce((n, e) => n + e.observations.length, 0)
        update({ kind: 'saved', format, file, series: total, rows: count })
      } catch (error) {
        update({ kind: 'failed', format, error, done, total })
      }
    },
    [client, base],
  )

  return { status, start }
}
