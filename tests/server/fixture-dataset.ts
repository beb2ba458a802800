/** The tiny edge-case dataset of `tests/fixtures/api/` (same layout as `data/processed/`). */
import { fileURLToPath } from 'node:url'
import { createDatasetIndex, type DatasetIndex } from '../../src/data/api-v1'
import { loadDatasetFromDir } from '../../src/server/load-dataset'

export const fixtureDir = fileURLToPath(new URL('../fixtures/api/', import.meta.url))
export const processedDir = fileURLToPath(new URL('../../data/processed/', import.meta.url))

/** Loads and indexes the fixture dataset. */
export async function loadFixtureIndex(): Promise<DatasetIndex> {
  return createDatasetIndex(await loadDatasetFromDir(fixtureDir))
}
