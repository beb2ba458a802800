/** The "How to cite" text: site, title, data date and the address of the view, as plain text. */
import type { Translate } from '../../i18n'

export interface CitationParts {
  /** The data's "as of" period, already formatted for the reader; null when unknown. */
  date: string | null
  /** The address of the current view (its query string holds the filters). */
  url: string
}

/**
 * One citation line in the reader's language. The URL is inserted as text: callers render
 * it as a text node or copy it to the clipboard, never as markup.
 */
export function citationText(t: Translate, { date, url }: CitationParts): string {
  const site = t('app.title')
  const title = t('about.cite.title')
  return date
    ? t('about.cite.text', { site, title, date, url })
    : t('about.cite.textNoDate', { site, title, url })
}
