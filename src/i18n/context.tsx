/** The reader's language, its messages, chart strings and Intl locale, for every component below it. */
import { createContext, useContext } from 'react'
import { LOCALES, translatorFor, type Translate } from './catalogue'
import { chartStringsEn, type ChartStrings } from './chart-strings'
import { STATUS_MESSAGES_EN } from './status'
import type { Lang } from '../url/state'

export interface LocaleValue {
  lang: Lang
  locale: string
  t: Translate
  /** Chart titles, labels and notes in `lang` (./chart-strings). */
  charts: ChartStrings
}

/**
 * Outside a provider (never in the app or the embed): English chart strings and the status
 * messages only, so this module pulls no page messages into the embed.
 */
export const LocaleContext = createContext<LocaleValue>({
  lang: 'en',
  locale: LOCALES.en,
  t: translatorFor(STATUS_MESSAGES_EN, STATUS_MESSAGES_EN),
  charts: chartStringsEn,
})

/** Current language, Intl locale, translator and chart strings. */
export function useLocale(): LocaleValue {
  return useContext(LocaleContext)
}
