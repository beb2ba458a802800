/**
 * Text helpers for exported images: XML escaping, the font stack, and line wrapping by
 * estimated width (the same estimate as the layouts: Latin ≈ 0.6 em, Hangul/kana/CJK 1 em).
 */
import { estimateTextWidth } from '../core/text'
import type { Lang } from '../../domain/format'

/** Escapes the five XML special characters (text content and attribute values). */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/**
 * Font stack of exported images: Noto (what `npm run export` rasterises with) first, then the
 * platform's Korean and Japanese fonts. The reader's language picks which CJK face leads, so
 * shared Han characters take that language's glyph forms.
 */
export function exportFontStack(lang: Lang): string {
  const cjk =
    lang === 'ja'
      ? ['Noto Sans CJK JP', 'Noto Sans JP', 'Noto Sans CJK KR', 'Noto Sans KR']
      : ['Noto Sans CJK KR', 'Noto Sans KR', 'Noto Sans CJK JP', 'Noto Sans JP']
  const platform =
    lang === 'ja'
      ? ['Hiragino Sans', 'Yu Gothic', 'Apple SD Gothic Neo', 'Malgun Gothic']
      : ['Apple SD Gothic Neo', 'Malgun Gothic', 'Hiragino Sans', 'Yu Gothic']
  return ['Noto Sans', ...cjk, ...platform, 'sans-serif']
    .map((f) => (f === 'sans-serif' ? f : `'${f}'`))
    .join(', ')
}

/**
 * Where a line may break inside a run of text: between Han ideographs, kana and full-width
 * punctuation (Japanese has no spaces). Hangul is not here: Korean wraps at spaces, like Latin.
 */
const BREAK_ANYWHERE = /[\u2e80-\u3129\u3190-\u9fff\uf900-\ufaff\uff00-\uff60]/u
/** Characters that must not start a line (closing punctuation, small kana marks). */
const NO_LINE_START =
  /^[、。，．,.:;!?)\]}」』）〕】〉》！？：；ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]/u

/** Splits text into wrap units: a word (Latin or Hangul) with its trailing spaces, or one Han or kana character. */
function tokens(text: string): string[] {
  const out: string[] = []
  let word = ''
  for (const ch of text) {
    if (BREAK_ANYWHERE.test(ch)) {
      if (word) out.push(word)
      word = ''
      out.push(ch)
    } else if (ch === ' ') {
      word += ch
      out.push(word)
      word = ''
    } else if (word.endsWith(' ')) {
      out.push(word)
      word = ch
    } else word += ch
  }
  if (word) out.push(word)
  // keep closing punctuation on the line before (no line starts with "、" or ")")
  const merged: string[] = []
  for (const t of out) {
    if (merged.length && NO_LINE_START.test(t) && !/\s$/.test(merged[merged.length - 1]!))
      merged[merged.length - 1] += t
    else merged.push(t)
  }
  return merged
}

/** `bold` text is wider than the estimate for regular weight. */
function width(text: string, fontSize: number, bold: boolean): number {
  return estimateTextWidth(text, fontSize) * (bold ? 1.1 : 1)
}

/**
 * Greedy line wrapping to `maxWidth` px at `fontSize`. Breaks between words and between CJK
 * characters; a word longer than a line (a URL) is broken by characters. `indent` px is kept
 * free on every line after the first (hanging indent). Never returns an empty array.
 */
export function wrapText(
  text: string,
  fontSize: number,
  maxWidth: number,
  options: { bold?: boolean; indent?: number } = {},
): string[] {
  const bold = options.bold ?? false
  const indent = options.indent ?? 0
  const lines: string[] = []
  let line = ''
  const limit = () => Math.max(fontSize * 2, maxWidth - (lines.length ? indent : 0))
  const fits = (s: string) => width(s.trimEnd(), fontSize, bold) <= limit()
  for (const t of tokens(text.replace(/\s+/g, ' ').trim())) {
    if (fits(line + t)) {
      line += t
      continue
    }
    if (line.trim()) {
      lines.push(line.trimEnd())
      line = ''
    }
    if (fits(t)) {
      line = t
      continue
    }
    // a single unit wider than the line: cut it by characters
    for (const ch of t) {
      if (!fits(line + ch) && line) {
        lines.push(line.trimEnd())
        line = ''
      }
      line += ch
    }
  }
  if (line.trim() || lines.length === 0) lines.push(line.trimEnd())
  return lines
}

/** Estimated width of `text` (exported for legend layout). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return width(text, fontSize, bold)
}
