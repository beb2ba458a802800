/**
 * `npm run export` end to end: real data/processed, real resvg. Spawns the script as the
 * contract's command does (tsx scripts/export.ts), so argument handling and exit codes count.
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import { afterAll, describe, expect, it } from 'vitest'
import { CHART_IDS, parseExportArgs } from '../../scripts/export'
import { splitBalanced } from '../../src/features/briefing-pack/chart-spec'
import { cropEmptyTitle } from '../../src/features/briefing-pack/pack-page'
import {
  fitImage,
  layoutSlide,
  SLIDE_H,
  SLIDE_W,
} from '../../src/features/briefing-pack/slide-layout'
import { DEFAULT_LABELS } from '../../src/charts/core/labels'

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
    'writes a briefing pack: one 16:9 slide per chart with title, source, notes, link and a PNG',
    async () => {
      const out = path.join(dir, 'pack.pptx')
      const r = await run([
        '--format',
        'pptx',
        '--out',
        out,
        '--chart',
        'tourism-flows',
        '--chart',
        'favorability-trend',
        '--from',
        '2018',
        '--base-url',
        'https://pulse.example.org/',
      ])
      expect(r.stderr).toBe('')
      expect(r.code).toBe(0)
      expect(r.stdout).toContain(`wrote ${out} (PPTX, 2 slides: tourism-flows, favorability-trend`)
      const zip = await JSZip.loadAsync(readFileSync(out))
      const text = async (name: string) => {
        const file = zip.file(name)
        expect(file, name).not.toBeNull()
        return file!.async('string')
      }
      // 16:9 (13.333 × 7.5 in in EMU)
      expect(await text('ppt/presentation.xml')).toMatch(/<p:sldSz cx="12192000" cy="6858000"/)
      expect(zip.file('ppt/slides/slide3.xml')).toBeNull()
      const runs = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!)
      const slides = [
        {
          title: 'Visitors between South Korea and Japan',
          source:
            /^Source: Japan National Tourism Organization \(JNTO\); Korea Tourism Organization/,
          link: 'https://pulse.example.org/?from=2018#tourism-flows',
        },
        {
          title: 'How favourably Koreans and Japanese see each other',
          source: /^Source: .*Genron NPO/,
          link: 'https://pulse.example.org/?from=2018#favorability-trend',
        },
      ]
      for (const [i, want] of slides.entries()) {
        const n = i + 1
        const xml = await text(`ppt/slides/slide${n}.xml`)
        const t = runs(xml)
        // title, source and notes are text on the slide, not only pixels in the image
        expect(t).toContain(want.title)
        expect(
          t.some((x) => want.source.test(x)),
          t.join(' | '),
        ).toBe(true)
        expect(t.some((x) => x.startsWith('Notes: '))).toBe(true)
        expect(t.some((x) => x.endsWith(want.link))).toBe(true)
        // the title is the slide's title placeholder (outline view, screen readers)
        expect(xml).toMatch(/<p:ph\s[^>]*type="title"/)
        // every paragraph has at most one paragraph-properties element, first
        for (const para of xml.match(/<a:p>.*?<\/a:p>/gs) ?? [])
          expect(para.match(/<a:pPr/g)?.length ?? 0).toBeLessThanOrEqual(1)
        // its image: a PNG in ppt/media, referenced from the slide, with alternative text
        const rels = await text(`ppt/slides/_rels/slide${n}.xml.rels`)
        const media = /Target="\.\.\/media\/([^"]+\.png)"/.exec(rels)?.[1]
        expect(media, rels).toBeTruthy()
        const png = await zip.file(`ppt/media/${media}`)!.async('nodebuffer')
        expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
        // 2× by default: wider than the slide's 96-dpi width
        expect(png.readUInt32BE(16)).toBeGreaterThan(1280)
        expect(xml).toMatch(new RegExp(`<p:cNvPr [^>]*descr="${want.title}`))
        // the link back is a real hyperlink
        expect(rels).toContain(`Target="${want.link}"`)
        // and the whole caption is in the speaker notes
        expect(runs(await text(`ppt/notesSlides/notesSlide${n}.xml`)).join('\n')).toContain(
          want.link,
        )
      }
    },
    SLOW,
  )

  it(
    'a pack with a chart that has nothing to draw exits 1 naming it, and writes no file',
    async () => {
      const out = path.join(dir, 'empty.pptx')
      const r = await run([
        '--format',
        'pptx',
        '--out',
        out,
        '--chart',
        'tourism-flows',
        '--chart',
        'favorability-trend',
        // Pew asked no trust question of Japanese about Korea
        '--sources',
        'pew',
        '--measure',
        'trust',
        '--respondents',
        'JP',
      ])
      expect(r.code).toBe(1)
      expect(r.stderr).toMatch(/^export: favorability-trend: None of the selected survey sources/)
      expect(existsSync(out)).toBe(false)
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
    expect(bad(['--measure', 'love'])).toThrow(/--measure "love" is not valid/)
    expect(bad(['--colour', 'red'])).toThrow(/colour/)
    expect(() => parseExportArgs(['--chart', 'age-cohorts'])).toThrow(/--out FILE is required/)
  })
})

describe('parseExportArgs: briefing packs', () => {
  it('takes --chart repeatedly for pptx, in order, with 2× images by default', () => {
    const a = parseExportArgs([
      '--format',
      'pptx',
      '--out',
      'deck.pptx',
      '--chart',
      'tourism-flows',
      '--chart',
      'age-cohorts',
      '--age',
      '18-29',
      '--lang',
      'ko',
      '--measure',
      'trust',
    ])
    expect(a).toMatchObject({
      format: 'pptx',
      chart: 'tourism-flows',
      charts: ['tourism-flows', 'age-cohorts'],
      scale: 2,
    })
    expect(a.state).toMatchObject({ age: '18-29', lang: 'ko', measure: 'trust' })
    // the format follows from the file name too
    expect(parseExportArgs(['--chart', 'age-cohorts', '--out', 'x.pptx']).format).toBe('pptx')
  })

  it('keeps --chart single for svg and png, and rejects a bad id in a pack', () => {
    const svg = ['--format', 'svg', '--out', 'x.svg']
    expect(() =>
      parseExportArgs([...svg, '--chart', 'tourism-flows', '--chart', 'age-cohorts']),
    ).toThrow(/--chart is given 2 times: svg takes one chart/)
    expect(() =>
      parseExportArgs(['--out', 'x.png', '--chart', 'tourism-flows', '--chart', 'age-cohorts']),
    ).toThrow(/png takes one chart/)
    expect(() =>
      parseExportArgs(['--out', 'x.pptx', '--chart', 'tourism-flows', '--chart', 'nope']),
    ).toThrow(/unknown chart "nope"; valid: favorability-trend/)
    expect(() =>
      parseExportArgs(['--out', 'x.pptx', '--chart', 'tourism-flows', '--width', '800']),
    ).toThrow(/--width does not apply to pptx/)
  })
})

describe('npm run export: pack usage errors', () => {
  it(
    'exits 2 for --chart repeated with svg and for a bad id in a pack',
    async () => {
      const twice = await run([
        '--chart',
        'tourism-flows',
        '--chart',
        'age-cohorts',
        '--format',
        'svg',
        '--out',
        path.join(dir, 'two.svg'),
      ])
      expect(twice.code).toBe(2)
      expect(twice.stderr.split('\n')[0]).toContain('--chart is given 2 times')
      const badId = await run([
        '--format',
        'pptx',
        '--out',
        path.join(dir, 'bad.pptx'),
        '--chart',
        'tourism-flows',
        '--chart',
        'generation-gaps',
      ])
      expect(badId.code).toBe(2)
      expect(badId.stderr.split('\n')[0]).toContain('unknown chart "generation-gaps"')
    },
    SLOW,
  )
})

describe('slide layout', () => {
  const text = {
    title: 'Visitors between South Korea and Japan',
    subtitle: 'Visitor arrivals · Annual',
    source: 'Japan National Tourism Organization (JNTO)',
    notes: ['Hollow points are provisional.'],
    breaks: [],
    link: 'https://pulse.example.org/?from=2018#tourism-flows',
  }

  it('stacks title, image and foot without overlap, inside the 16:9 slide', () => {
    const l = layoutSlide(text, DEFAULT_LABELS, '(more)')
    const boxes = [l.title, l.subtitle, l.imageBox, l.source, l.notes, l.link].filter(
      (b): b is NonNullable<typeof b> => b !== null,
    )
    for (const [a, b] of boxes.slice(0, -1).map((b, i) => [b, boxes[i + 1]!] as const))
      expect(a.y + a.h).toBeLessThanOrEqual(b.y + 1e-9)
    for (const b of boxes) {
      expect(b.x + b.w).toBeLessThanOrEqual(SLIDE_W)
      expect(b.y + b.h).toBeLessThanOrEqual(SLIDE_H)
    }
    expect(l.imageBox.h).toBeGreaterThan(4)
    expect(l.shortened).toBe(false)
  })

  it('shortens very long notes on the slide and says where the rest is', () => {
    const long = {
      ...text,
      notes: Array.from({ length: 60 }, (_, i) => `Note ${i} about a wave that was revised.`),
      breaks: Array.from({ length: 40 }, (_, i) => `Series ${i}: Survey mode changed (2020)`),
    }
    const l = layoutSlide(long, DEFAULT_LABELS, '(in full in the speaker notes)')
    expect(l.shortened).toBe(true)
    expect(l.notes!.text).toMatch(/… \(in full in the speaker notes\)$/)
    expect(l.imageBox.h).toBeGreaterThan(3)
    expect(l.link!.y + l.link!.h).toBeLessThanOrEqual(SLIDE_H)
  })

  it('fits an image into its box without distorting it', () => {
    const box = { x: 0.5, y: 1, w: 12, h: 4 }
    const tall = fitImage({ width: 400, height: 800 }, box)
    expect(tall.h).toBeCloseTo(4)
    expect(tall.w).toBeCloseTo(2)
    expect(tall.x).toBeCloseTo(0.5 + 5)
    const wide = fitImage({ width: 1200, height: 200 }, box)
    expect(wide.w).toBeCloseTo(12)
  })

  it('cuts a list into balanced runs, in order', () => {
    const runs = splitBalanced([5, 1, 1, 1, 1, 1, 5, 1], 3, (n) => n)
    expect(runs.flat()).toEqual([5, 1, 1, 1, 1, 1, 5, 1])
    expect(runs).toHaveLength(3)
    expect(splitBalanced([1, 1], 4, (n) => n).length).toBeLessThanOrEqual(2)
  })

  it('crops only an empty title line, and leaves other documents alone', () => {
    const doc = {
      svg: '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="80" viewBox="0 0 100 80" role="img"><title></title><rect width="100" height="80" fill="#fff"/><text x="20" y="38" font-size="18" font-weight="700" fill="#000"></text><g/></svg>',
      width: 100,
      height: 80,
    }
    const cropped = cropEmptyTitle(doc)
    expect(cropped.height).toBe(42)
    expect(cropped.svg).toContain('height="42" viewBox="0 38 100 42"')
    const titled = { ...doc, svg: doc.svg.replace('></text>', '>Title</text>') }
    expect(cropEmptyTitle(titled)).toBe(titled)
  })
})
