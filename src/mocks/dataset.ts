/**
 * The mock's dataset: `data/processed/` imported as JSON through Vite (`import.meta.glob`), so
 * it is bundled only into the chunk that imports this module (the dynamically imported mock in
 * the browser, Vitest in Node). Parsed and indexed on first use, then reused.
 */
import { createDatasetIndex, parseDataset, type DatasetIndex } from '../data/api-v1'

const top = import.meta.glob<unknown>('../../data/processed/*.json', {
  eager: true,
  import: 'default',
})
const observationFiles = import.meta.glob<unknown>('../../data/processed/observations/*.json', {
  eager: true,
  import: 'default',
})

const prefix = '../../data/processed/'

let index: DatasetIndex | null = null

/**
 * The processed dataset as a resolver index. Throws `DatasetError` when a file is missing or
 * violates the schemas (the handlers turn that into a 500 problem naming the file).
 */
export function getMockIndex(): DatasetIndex {
  if (index) return index
  const observations: Record<string, unknown> = {}
  for (const [file, json] of Object.entries(observationFiles))
    observations[file.slice(prefix.length)] = json
  index = createDatasetIndex(
    parseDataset({
      series: top[`${prefix}series.json`],
      observations,
      events: top[`${prefix}events.json`],
      leaders: top[`${prefix}leaders.json`],
      manifest: top[`${prefix}manifest.json`],
    }),
  )
  return index
}
