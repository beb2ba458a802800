/**
 * Data check: validates the raw inputs by re-running the build in memory, fails if
 * data/processed differs from what the build would write (stale or hand-edited), and verifies
 * the manifest checksums. Prints one summary line on success; exit code 1 with every problem
 * listed otherwise.
 *
 * Usage: `npm run data:check` (or `tsx data/scripts/check.ts [rawDir] [processedDir]`).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { manifestSchema } from '../../src/data/schemas'
import { PROCESSED_DIR, RAW_DIR, buildDataset, readSources, sha256, summaryLine } from './build'

/** Files present under a processed directory, as paths relative to it. */
export function listProcessedFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  const top = readdirSync(dir).filter((n) => n.endsWith('.json'))
  const obsDir = join(dir, 'observations')
  const obs = existsSync(obsDir) ? readdirSync(obsDir).map((n) => `observations/${n}`) : []
  return [...top, ...obs].sort()
}

/** All problems of a processed directory against the raw inputs; empty when up to date. */
export function checkDataset(
  rawDir: string,
  processedDir: string,
): {
  problems: string[]
  summary: string | null
} {
  const result = buildDataset(readSources(rawDir))
  if (result.errors.length > 0) return { problems: result.errors, summary: null }
  const problems: string[] = []
  const onDisk = new Set(listProcessedFiles(processedDir))
  for (const [path, content] of result.outputs) {
    if (!onDisk.has(path)) problems.push(`data/processed/${path}: missing (run npm run data:build)`)
    else if (readFileSync(join(processedDir, path), 'utf8') !== content)
      problems.push(
        `data/processed/${path}: stale, differs from the build (run npm run data:build)`,
      )
  }
  for (const path of onDisk)
    if (!result.outputs.has(path))
      problems.push(`data/processed/${path}: not produced by the build (remove it or rebuild)`)

  const manifestPath = join(processedDir, 'manifest.json')
  if (existsSync(manifestPath)) {
    const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(manifestPath, 'utf8')))
    if (!parsed.success) problems.push('data/processed/manifest.json: does not match its schema')
    else {
      const listed = parsed.data.files
      for (const [path, digest] of Object.entries(listed)) {
        const file = join(processedDir, path)
        if (!existsSync(file)) problems.push(`data/processed/manifest.json: lists missing ${path}`)
        else if (sha256(readFileSync(file)) !== digest)
          problems.push(`data/processed/${path}: sha256 does not match manifest.json`)
      }
      for (const path of onDisk)
        if (path !== 'manifest.json' && !(path in listed))
          problems.push(`data/processed/manifest.json: does not list ${path}`)
    }
  }
  return { problems, summary: summaryLine(result.counts) }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { problems, summary } = checkDataset(
    process.argv[2] ?? RAW_DIR,
    process.argv[3] ?? PROCESSED_DIR,
  )
  if (problems.length > 0) {
    for (const p of problems) console.error(p)
    console.error(`data: ${problems.length} problem(s)`)
    process.exitCode = 1
  } else console.log(summary)
}
