/**
 * Reads a processed dataset directory (layout of `data/processed/`) from disk and validates it
 * with the API v1 schemas. Node only: the browser mock imports the same files instead.
 */
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { DatasetError, parseDataset, type Dataset, type DatasetFiles } from '../data/api-v1'

/** `data/processed/` of this checkout, whatever the working directory. */
export const defaultDataDir = fileURLToPath(new URL('../../data/processed/', import.meta.url))

async function readJson(file: string, optional: boolean): Promise<unknown> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (optional && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new DatasetError(`cannot read ${file}: ${(error as Error).message}`)
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new DatasetError(`${file} is not JSON: ${(error as Error).message}`)
  }
}

/**
 * Loads `series.json`, `observations/*.json` and the optional `events.json`, `leaders.json`,
 * `manifest.json` from `dir`. Throws {@link DatasetError} when a file is missing, unreadable or
 * violates the schemas.
 */
export async function loadDatasetFromDir(dir: string): Promise<Dataset> {
  const obsDir = path.join(dir, 'observations')
  let names: string[]
  try {
    names = (await readdir(obsDir)).filter((n) => n.endsWith('.json')).sort()
  } catch (error) {
    throw new DatasetError(`cannot list ${obsDir}: ${(error as Error).message}`)
  }
  const observations: DatasetFiles['observations'] = {}
  for (const name of names)
    observations[`observations/${name}`] = await readJson(path.join(obsDir, name), false)
  return parseDataset({
    series: await readJson(path.join(dir, 'series.json'), false),
    observations,
    events: await readJson(path.join(dir, 'events.json'), true),
    leaders: await readJson(path.join(dir, 'leaders.json'), true),
    manifest: await readJson(path.join(dir, 'manifest.json'), true),
  })
}
