/**
 * Text measurement without a DOM: a deterministic estimate so layouts are identical in the
 * browser, in tests and in Node export. Latin ≈ 0.6 em per character; Hangul, kana and CJK
 * ideographs are full width (1 em).
 */

const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uff60]/u

/** Estimated rendered width of `text` at `fontSize` px. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0
  for (const ch of text) em += WIDE.test(ch) ? 1 : /[ .,:;'!|il1]/.test(ch) ? 0.35 : 0.6
  return em * fontSize
}

/** `text` cut with an ellipsis so its estimated width fits `maxWidth` (may return ""). */
export function truncateText(text: string, fontSize: number, maxWidth: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text
  const chars = [...text]
  while (chars.length > 0) {
    chars.pop()
    const candidate = `${chars.join('').trimEnd()}…`
    if (estimateTextWidth(candidate, fontSize) <= maxWidth) return chars.length ? candidate : ''
  }
  return ''
}
