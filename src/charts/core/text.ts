/**
 * Text measurement without a DOM: a deterministic estimate so layouts are identical in the
 * browser, in tests and in Node export. Latin ≈ 0.6 em per character; Hangul, kana and CJK
 * ideographs are full width (1 em).
 */

const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uff60]/u

const NARROW = /[ .,:;'!|il1]/

/** Width of one character in em. */
function charEm(ch: string): number {
  return WIDE.test(ch) ? 1 : NARROW.test(ch) ? 0.35 : 0.6
}

// Layouts measure the same labels on every render: cache widths per string (bounded).
const EM_CACHE = new Map<string, number>()
const EM_CACHE_MAX = 5000

function textEm(text: string): number {
  const hit = EM_CACHE.get(text)
  if (hit !== undefined) return hit
  let em = 0
  for (const ch of text) em += charEm(ch)
  if (EM_CACHE.size >= EM_CACHE_MAX) EM_CACHE.clear()
  EM_CACHE.set(text, em)
  return em
}

/** Estimated rendered width of `text` at `fontSize` px. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return textEm(text) * fontSize
}

/** `text` cut with an ellipsis so its estimated width fits `maxWidth` (may return ""). */
export function truncateText(text: string, fontSize: number, maxWidth: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text
  // one pass of prefix widths instead of re-measuring every shorter candidate
  const chars = [...text]
  const prefix = [0]
  for (const ch of chars) prefix.push(prefix[prefix.length - 1]! + charEm(ch))
  const ellipsis = charEm('…')
  for (let n = chars.length - 1; n > 0; n--) {
    let end = n
    while (end > 0 && /\s/.test(chars[end - 1]!)) end--
    if ((prefix[end]! + ellipsis) * fontSize <= maxWidth) return `${chars.slice(0, end).join('')}…`
  }
  return ''
}
