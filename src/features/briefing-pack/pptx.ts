/**
 * A briefing pack as a PowerPoint file (pptxgenjs): one 16:9 slide per view with its title
 * (the slide's title placeholder, so outlines and screen readers find it), subtitle, the chart
 * image (PNG at 2×), the source line, notes, method breaks and a link back to the view, all
 * as real text; the full caption is in the speaker notes too. Works in Node (the export CLI)
 * and the browser. The dashboard loads this module only when a pack is downloaded.
 */
import PptxGenJS from 'pptxgenjs'
import type { ChartLabels } from '../../charts/core/labels'
import { exportTheme } from '../../charts/export'
import type { Lang } from '../../domain/format'
import { pageTextLines, type PackPage } from './pack-page'
import { fitImage, layoutSlide, LINE, SLIDE_W, type TextBox } from './slide-layout'

/** A page with its image as PNG. */
export interface PackSlide {
  page: PackPage
  /** The PNG, base64 without a data: prefix. */
  pngBase64: string
}

export interface PackDeckOptions {
  lang: Lang
  theme: 'light' | 'dark'
  labels: ChartLabels
  /** Document title (File › Properties). */
  title: string
  /** Appended to notes cut short on a slide, e.g. "(in full in the speaker notes)". */
  more: string
}

/** Fonts every PowerPoint has for each language (Keynote and LibreOffice substitute). */
const FONT_FACE: Record<Lang, string> = {
  en: 'Arial',
  ko: 'Malgun Gothic',
  ja: 'Yu Gothic',
}

/** Language of the slides' text runs (spell-checking, font fallback). */
const LANG_TAGS: Record<Lang, string> = { en: 'en-US', ko: 'ko-KR', ja: 'ja-JP' }

const LINK_COLOR = { light: '1F4FA3', dark: '8AB4F8' } as const

const hex = (css: string) => css.replace(/^#/, '').toUpperCase()

const MASTER = 'ROKJP_PULSE_VIEW'

/** The deck for `slides`, ready to `write()` (a Blob in the browser, a Buffer in Node). */
export function buildPackDeck(slides: readonly PackSlide[], options: PackDeckOptions): PptxGenJS {
  const theme = exportTheme(options.theme, options.lang)
  const fg = hex(theme.fg)
  const muted = hex(theme.muted)
  const fontFace = FONT_FACE[options.lang]
  const lang = LANG_TAGS[options.lang]
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = options.title
  pptx.author = 'ROK–Japan Pulse'
  pptx.company = 'ROK–Japan Pulse'
  pptx.subject = options.title
  pptx.theme = { headFontFace: fontFace, bodyFontFace: fontFace }
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: hex(theme.bg) },
    objects: [
      {
        placeholder: {
          options: {
            name: 'title',
            type: 'title',
            x: 0.5,
            y: 0.35,
            w: SLIDE_W - 1,
            h: 0.6,
            fontFace,
            fontSize: 24,
            bold: true,
            color: fg,
            align: 'left',
            valign: 'top',
            margin: 0,
          },
          text: '',
        },
      },
    ],
  })

  const box = (b: TextBox) => ({
    x: b.x,
    y: b.y,
    w: b.w,
    h: b.h,
    fontSize: b.fontSize,
    // an exact line pitch, so the text takes the height the layout gave it in any font
    lineSpacing: Math.round(b.fontSize * LINE * 10) / 10,
    fontFace,
    lang,
    margin: 0,
    align: 'left' as const,
    valign: 'top' as const,
    fit: 'none' as const,
  })

  for (const { page, pngBase64 } of slides) {
    const layout = layoutSlide(page.text, options.labels, options.more)
    const slide = pptx.addSlide({ masterName: MASTER })
    slide.addText(page.text.title, {
      ...box(layout.title),
      placeholder: 'title',
      bold: true,
      color: fg,
    })
    if (layout.subtitle)
      slide.addText(layout.subtitle.text, { ...box(layout.subtitle), color: muted })
    const img = fitImage(page.image, layout.imageBox)
    slide.addImage({
      data: `image/png;base64,${pngBase64}`,
      ...img,
      altText: page.alt,
    })
    if (layout.source) slide.addText(layout.source.text, { ...box(layout.source), color: fg })
    if (layout.notes) slide.addText(layout.notes.text, { ...box(layout.notes), color: muted })
    if (layout.breaks) slide.addText(layout.breaks.text, { ...box(layout.breaks), color: muted })
    if (layout.link)
      // one run: runs with their own paragraph options make pptxgenjs write a second <a:pPr>
      // inside the paragraph, which PowerPoint would "repair"
      slide.addText(layout.link.text, {
        ...box(layout.link),
        color: LINK_COLOR[options.theme],
        hyperlink: { url: layout.link.url, tooltip: options.labels.viewIn },
      })
    slide.addNotes(pageTextLines(page.text, options.labels).join('\n'))
  }
  return pptx
}
