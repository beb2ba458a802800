/**
 * `npm run export` end to end: real data/processed, real resvg. Spawns the script as the
 * contract's command does (tsx scripts/export.ts), so argument handling and exit codes count.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CHART_IDS, parseExportArgs } from '../../scripts/export'

const TSX = path.resolve('node_modules/.bin/tsx')
const dir = mkdtempSync(path.join(tmpdir(), 'rokjp-export-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(TSX, ['scripts/export.ts', ...args], { timeout: 110_000 }, (error, stdout, stderr) =>
      resolve({
        code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
        stdout,
        stderr,
      }),
    )
  })
}

function svgSize(svg: string): [number, number] {
  const m = /^<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg)
  expect(m).not.toBeNull()
  return [Number(m![1]), Number(m![2])]
}

function pngSize(png: Buffer): [number, number] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR')
  return [png.readUInt32BE(16), png.readUInt32BE(20)]
}

const SLOW = 120_000

describe('npm run export', () => {
  it(
    'writes a captioned SVG of tourism-flows at the requested size',
    async () => {
      const out = path.join(dir, 'tourism.svg')
      const r = await run(['--chart', 'tourism-flows', '--format', 'svg', '--out', out])
      expect(r.stderr).toBe('')
      expect(r.code).toBe(0)
      expect(r.stdout).toContain(out)
      expect(r.stdout).toContain('960×540')
      const svg = readFileSync(out, 'utf8')
      expect(svgSize(svg)).toEqual([960, 540])
      expect(svg).toContain('<title>Visitors between South Korea and Japan</title>')
      expect(svg).toContain('Source: Japan National Tourism Organization (JNTO)')
      expect(svg).toContain('View in ROK–Japan Pulse: http')
      expect(svg).not.toMatch(/NaN|var\(--/)
    },
    SLOW,
  )

  it(
    'rasterises a PNG at width × scale',
    async () => {
      const out = path.join(dir, 'tourism@2x.png')
      const r = await run([
        '--chart',
        'tourism-flows',
        '--format',
        'png',
        '--out',
        out,
        '--width',
        '800',
        '--height',
        '450',
        '--scale',
        '2',
        '--from',
        '2018',
        '--to',
        '2025',
      ])
      expect(r.code).toBe(0)
      const [w, h] = pngSize(readFileSync(out))
      // the image is 800 px wide; it is at least 450 px high, taller when the caption needs it
      expect(w).toBe(1600)
      expect(h).toBeGreaterThanOrEqual(900)
      expect(r.stdout).toContain(`${w}×${h} px`)
      expect(r.stdout).toContain(`2× of 800×${h / 2}`)
    },
    SLOW,
  )

  it(
    'exports Korean text with --lang ko',
    async () => {
      const out = path.join(dir, 'fav-ko.svg')
      const r = await run([
        '--chart',
        'favorability-trend',
        '--lang',
        'ko',
        '--age',
        '18-29',
        '--format',
        'svg',
        '--out',
        out,
      ])
      expect(r.code).toBe(0)
      const svg = readFileSync(out, 'utf8')
      expect(svg).toContain('<title>한국인과 일본인의 상대국 호감도</title>')
      expect(svg).toContain('출처: ')
      expect(svg).toContain('한국인의 일본 인식')
      expect(svg).toContain('age=18-29')
    },
    SLOW,
  )

  it(
    'exits 2 with one line naming the valid ids for an unknown chart',
    async () => {
      const r = await run(['--chart', 'nope', '--format', 'svg', '--out', path.join(dir, 'x.svg')])
      expect(r.code).toBe(2)
      const first = r.stderr.split('\n')[0]!
      expect(first).toContain('unknown chart "nope"')
      for (const id of CHART_IDS) expect(first).toContain(id)
    },
    SLOW,
  )
})

describe('parseExportArgs', () => {
  const base = ['--chart', 'age-cohorts', '--out', 'x.png']
  const bad = (extra: string[]) => () => parseExportArgs([...base, ...extra])

  it('accepts the filters and infers the format from --out', () => {
    const a = parseExportArgs([...base, '--age', '18-29', '--from', '2018', '--to', '2025'])
    expect(a).toMatchObject({ chart: 'age-cohorts', format: 'png', width: 960, height: 540 })
    expect(a.state).toMatchObject({ age: '18-29', from: 2018, to: 2025, lang: 'en' })
    expect(parseExportArgs([...base, '--lang', 'ja', '--theme', 'dark']).theme).toBe('dark')
  })

  it('rejects bad values with a clear message', () => {
    expect(bad(['--age', '17-19'])).toThrow(/--age "17-19" is not valid: expected all, 18-29/)
    expect(bad(['--from', '2025', '--to', '2018'])).toThrow(/--from/)
    expect(bad(['--lang', 'fr'])).toThrow(/--lang "fr".*en, ko, ja/)
    expect(bad(['--theme', 'auto'])).toThrow(/--theme must be light or dark/)
    expect(bad(['--width', 'wide'])).toThrow(/--width must be a whole number/)
    expect(bad(['--scale', '9'])).toThrow(/--scale must be a number from 0.5 to 4/)
    expect(bad(['--format', 'gif'])).toThrow(/--format must be svg or png/)
    expect(bad(['--colour', 'red'])).toThrow(/colour/)
    expect(() => parseExportArgs(['--chart', 'age-cohorts'])).toThrow(/--out FILE is required/)
  })
})
