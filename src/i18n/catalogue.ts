/**
 * What a translator is built from, without any catalogue in it: the dashboard's full messages
 * (./index) and the embed's few (./status) both plug in here, so the embed bundles no page
 * messages.
 */
import type { Lang } from '../url/state'
import type { MessageKey, Messages } from './en'
import { fill } from './fill'

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string

/** Where a provider tree gets its messages: English at once, any language on demand. */
export interface MessageCatalogue {
  /** Shown first and used for any key a language lacks. */
  fallback: Partial<Messages>
  /** A language's messages; may reject (the provider then keeps the fallback). */
  load: (lang: Lang) => Promise<Partial<Messages>>
}

/** Builds `t()`: looks a key up and fills `{name}` placeholders (as text, never as HTML). */
export function translatorFor(messages: Partial<Messages>, fallback: Partial<Messages>): Translate {
  return (key, vars) => {
    const template = messages[key] ?? fallback[key] ?? key
    return vars ? fill(template, vars) : template
  }
}

/** BCP 47 locale used with Intl for each UI language. */
export const LOCALES: Record<Lang, string> = { en: 'en-US', ko: 'ko-KR', ja: 'ja-JP' }
