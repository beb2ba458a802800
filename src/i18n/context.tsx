/** The reader's language, its messages and Intl locale, for every component below it. */
import { createContext, useContext } from 'react'
import { createTranslator, en, LOCALES, type Translate } from './index'
import type { Lang } from '../url/state'

export interface LocaleValue {
  lang: Lang
  locale: string
  t: Translate
}

export const LocaleContext = createContext<LocaleValue>({
  lang: 'en',
  locale: LOCALES.en,
  t: createTranslator(en),
})

/** Current language, Intl locale and translator. */
export function useLocale(): LocaleValue {
  return useContext(LocaleContext)
}
