/**
 * Where things go on a 16:9 slide (13.33 × 7.5 in): the title and subtitle on top, the chart
 * image in what is left, source, notes, method breaks and the link at the foot. Text heights
 * are estimated with the export kit's wrapping (Latin ≈ 0.6 em, CJK 1 em, generous for the
 * slide fonts), so boxes never overlap. Pure: no pptxgenjs here.
 */
import type { ChartLabels } from '../../charts/core/labels'
import { wrapText } from '../../charts/export'
import type { PageText } from './pack-page'

export const SLIDE_W = 13.333
export const SLIDE_H = 7.5
const MARGIN_X = 0.5
const TOP = 0.35
const BOTTOM = 0.3
const GAP = 0.12
/** Line pitch as a multiple of the font size; the slide sets it exactly (CJK fonts' own is larger). */
export const LINE = 1.3
/** The foot takes at most this much of the slide; longer notes are cut (in full in the speaker notes). */
const MAX_FOOT = 1.9
export const CONTENT_W = SLIDE_W - 2 * MARGIN_X
/** Font sizes (pt): notes and breaks start at NOTES_PT and shrink to 8 when long. */
const TITLE_PT = 24
const SUBTITLE_PT = 13
const SOURCE_PT = 11
const NOTES_PT = 9
const LINK_PT = 9
/**
 * Width the estimate wraps to (pt): a tenth less than the box, since the reader's font may be
 * wider than the estimate (a substitute for Arial, Latin in a CJK face).
 */
const WRAP_PT = CONTENT_W * 72 * 0.88

/** A text box: its lines as wrapped for the estimate, its font size (pt) and place (in). */
export interface TextBox {
  text: string
  fontSize: number
  bold?: boolean
  x: number
  y: number
  w: number
  h: number
}

export interface SlideLayout {
  title: TextBox
  subtitle: TextBox | null
  source: TextBox | null
  notes: TextBox | null
  breaks: TextBox | null
  /** The link line ("View in ROK–Japan Pulse: <address>"), hyperlinked to `url`. */
  link: (TextBox & { url: string }) | null
  /** The area the image is fitted into, and the image's place inside it. */
  imageBox: { x: number; y: number; w: number; h: number }
  /** Whether notes or breaks had to be shortened on the slide. */
  shortened: boolean
}

function lines(text: string, fontSize: number, bold = false): string[] {
  return wrapText(text, fontSize, WRAP_PT, { bold })
}

const height = (n: number, fontSize: number) => (n * fontSize * LINE) / 72

/** `text` cut to `max` wrapped lines, with an ellipsis and `more` when it was longer. */
function clip(text: string, fontSize: number, max: number, more: string): [string, boolean] {
  if (lines(text, fontSize).length <= max) return [text, false]
  const chars = [...text.replace(/\s+/g, ' ').trim()]
  const cut = (n: number) => `${chars.slice(0, n).join('').trimEnd()}… ${more}`
  // the longest prefix that still fits, by bisection
  let lo = 0
  let hi = chars.length
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (lines(cut(mid), fontSize).length <= max) lo = mid
    else hi = mid - 1
  }
  return [cut(lo), true]
}

/**
 * The layout of one slide for `text`. `more` is appended to notes cut short (e.g. "(in full in
 * the speaker notes)").
 */
export function layoutSlide(text: PageText, labels: ChartLabels, more: string): SlideLayout {
  let y = TOP
  const titleLines = lines(text.title, TITLE_PT, true).length
  const title: TextBox = {
    text: text.title,
    fontSize: TITLE_PT,
    bold: true,
    x: MARGIN_X,
    y,
    w: CONTENT_W,
    h: height(titleLines, TITLE_PT) + 0.05,
  }
  y += title.h
  let subtitle: TextBox | null = null
  if (text.subtitle) {
    const h = height(lines(text.subtitle, SUBTITLE_PT).length, SUBTITLE_PT) + 0.05
    subtitle = {
      text: text.subtitle,
      fontSize: SUBTITLE_PT,
      x: MARGIN_X,
      y: y + 0.04,
      w: CONTENT_W,
      h,
    }
    y += h + 0.04
  }
  const imageTop = y + GAP

  // the foot, from the bottom up; notes and breaks shrink, then are cut, to fit MAX_FOOT
  const sourceText = text.source ? `${labels.source}: ${text.source}` : null
  const notesText = text.notes.length ? `${labels.notes}: ${text.notes.join(' ')}` : null
  const breaksText = text.breaks.length ? `${labels.methodBreaks}: ${text.breaks.join('; ')}` : null
  const linkText = text.link ? `${labels.viewIn}: ${text.link}` : null
  // a long source line (many publishers) gets smaller too, but is never cut
  let sourcePt = SOURCE_PT
  const sourceH = (size: number) =>
    sourceText ? height(lines(sourceText, size).length, size) + 0.06 : 0
  while (sourcePt > 9 && sourceH(sourcePt) > MAX_FOOT / 3) sourcePt -= 1
  const fixed =
    sourceH(sourcePt) + (linkText ? height(lines(linkText, LINK_PT).length, LINK_PT) + 0.06 : 0)
  let small = NOTES_PT
  const flexible = (size: number) =>
    (notesText ? height(lines(notesText, size).length, size) + 0.06 : 0) +
    (breaksText ? height(lines(breaksText, size).length, size) + 0.06 : 0)
  while (small > 8 && fixed + flexible(small) > MAX_FOOT) small -= 1
  let notesOut = notesText
  let breaksOut = breaksText
  let shortened = false
  if (fixed + flexible(small) > MAX_FOOT) {
    // what is left, in lines of the small size, shared: breaks first get up to half
    const room = Math.max(2, Math.floor(((MAX_FOOT - fixed - 0.12) * 72) / (small * LINE)))
    const breakLines = breaksText ? lines(breaksText, small).length : 0
    const forBreaks = notesText ? Math.min(breakLines, Math.ceil(room / 2)) : room
    const forNotes = Math.max(1, room - forBreaks)
    if (breaksOut) [breaksOut, shortened] = clip(breaksOut, small, forBreaks, more)
    if (notesOut) {
      const [n, cut] = clip(notesOut, small, forNotes, more)
      notesOut = n
      shortened ||= cut
    }
  }

  let bottom = SLIDE_H - BOTTOM
  const place = (t: string | null, size: number, gap = 0.06): TextBox | null => {
    if (!t) return null
    const h = height(lines(t, size).length, size) + 0.02
    bottom -= h
    const box = { text: t, fontSize: size, x: MARGIN_X, y: bottom, w: CONTENT_W, h }
    bottom -= gap
    return box
  }
  const linkBox = place(linkText, LINK_PT)
  const breaks = place(breaksOut, small)
  const notes = place(notesOut, small)
  const source = place(sourceText, sourcePt)
  const link = linkBox && linkText ? { ...linkBox, url: text.link } : null
  const imageBottom = bottom - GAP
  return {
    title,
    subtitle,
    source,
    notes,
    breaks,
    link,
    imageBox: {
      x: MARGIN_X,
      y: imageTop,
      w: CONTENT_W,
      h: Math.max(1.5, imageBottom - imageTop),
    },
    shortened,
  }
}

/** `image` (px) fitted into `box` (in), centred across and kept at the top. */
export function fitImage(
  image: { width: number; height: number },
  box: { x: number; y: number; w: number; h: number },
): { x: number; y: number; w: number; h: number } {
  const scale = Math.min(box.w / image.width, box.h / image.height)
  const w = image.width * scale
  const h = image.height * scale
  return { x: box.x + (box.w - w) / 2, y: box.y, w, h }
}
