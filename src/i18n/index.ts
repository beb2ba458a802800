/**
 * Message lookup for en, ko and ja. English ships in the main bundle; Korean and Japanese are
 * loaded on demand so each reader downloads one language.
 */
import { en, type MessageKey, type Messages } from './en'
import type { Lang } from '../url/state'
import { LOCALES, translatorFor, type MessageCatalogue, type Translate } from './catalogue'

export type { MessageCatalogue, MessageKey, Messages, Translate }
export { en, LOCALES }

const loaders: Record<Lang, () => Promise<Messages>> = {
  en: () => Promise.resolve(en),
  ko: () => import('./ko').then((m) => m.ko),
  ja: () => import('./ja').then((m) => m.ja),
}

/** Loads the catalogue of `lang`; falls back to English if the chunk cannot be fetched. */
export async function loadMessages(lang: Lang): Promise<Messages> {
  try {
    return await loaders[lang]()
  } catch {
    return en
  }
}

/** The dashboard's catalogue: every page message, English first. */
export const DASHBOARD_MESSAGES: MessageCatalogue = { fallback: en, load: loadMessages }

/** Builds `t()`: looks a key up and fills `{name}` placeholders (as text, never as HTML). */
export function createTranslator(messages: Messages): Translate {
  return translatorFor(messages, en)
}
