/** Query client, API base and language for everything below. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useEffect, useMemo, useState, type ReactNode } from 'react'
import { ApiBaseContext } from '../data/api-context'
import { ApiError } from '../data/client'
import { createTranslator, en, loadMessages, LOCALES, type Messages } from '../i18n'
import { LocaleContext } from '../i18n/context'
import type { Lang } from '../url/state'

/** Retries network hiccups once; a 4xx or a malformed body will not fix itself. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (count, error) =>
          count < 1 &&
          error instanceof ApiError &&
          (error.kind === 'network' || error.kind === 'timeout' || (error.status ?? 0) >= 500),
        refetchOnWindowFocus: false,
      },
    },
  })
}

export interface ProvidersProps {
  apiBase: string
  lang: Lang
  queryClient: QueryClient
  children: ReactNode
}

export function Providers({ apiBase, lang, queryClient, children }: ProvidersProps) {
  const [messages, setMessages] = useState<{ lang: Lang; messages: Messages }>({
    lang: 'en',
    messages: en,
  })

  useEffect(() => {
    let alive = true
    void loadMessages(lang).then((m) => {
      if (alive) setMessages({ lang, messages: m })
    })
    return () => {
      alive = false
    }
  }, [lang])

  // Until a language's messages arrive, keep showing the previous language consistently.
  const locale = useMemo(
    () => ({
      lang: messages.lang,
      locale: LOCALES[messages.lang],
      t: createTranslator(messages.messages),
    }),
    [messages],
  )

  return (
    <QueryClientProvider client={queryClient}>
      <ApiBaseContext.Provider value={apiBase}>
        <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>
      </ApiBaseContext.Provider>
    </QueryClientProvider>
  )
}
