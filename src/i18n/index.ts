/**
 * Message lookup for en, ko and ja. English ships in the main bundle; Korean and Japanese are
 * loaded on demand so each reader downloads one language.
 */
import { en, type MessageKey, type Messages } from './en'
import type { Lang } from '../url/state'
import { fill } from './fill'

export type { MessageKey, Messages }
export { en }

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

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string

/** Builds `t()`: looks a key up and fills `{name}` placeholders (as text, never as HTML). */
export function createTranslator(messages: Messages): Translate {
  return (key, vars) => {
    const template = messages[key] ?? en[key] ?? key
    return vars ? fill(template, vars) : template
  }
}

/** BCP 47 locale used with Intl for each UI language. */
export const LOCALES: Record<Lang, string> = { en: 'en-US', ko: 'ko-KR', ja: 'ja-JP' }
