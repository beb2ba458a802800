/**
 * Query client, API base and language for everything below, with the message catalogue passed
 * in: the dashboard's (./Providers) or the embed's few (src/i18n/status.ts), so the embed
 * bundles no page messages.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useEffect, useMemo, useState, type ReactNode } from 'react'
import { ApiBaseContext } from '../data/api-context'
import { ApiError } from '../data/client'
import { LOCALES, translatorFor, type MessageCatalogue } from '../i18n/catalogue'
import { chartStringsEn, loadChartStrings, type ChartStrings } from '../i18n/chart-strings'
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

export interface BaseProvidersProps {
  apiBase: string
  lang: Lang
  queryClient: QueryClient
  /** Messages for `t()`. */
  catalogue: MessageCatalogue
  children: ReactNode
}

interface Loaded {
  lang: Lang
  messages: MessageCatalogue['fallback']
  charts: ChartStrings
}

export function BaseProviders({
  apiBase,
  lang,
  queryClient,
  catalogue,
  children,
}: BaseProvidersProps) {
  const [loaded, setLoaded] = useState<Loaded>({
    lang: 'en',
    messages: catalogue.fallback,
    charts: chartStringsEn,
  })

  useEffect(() => {
    let alive = true
    void Promise.all([
      catalogue.load(lang).catch(() => catalogue.fallback),
      loadChartStrings(lang),
    ]).then(([messages, charts]) => {
      if (alive) setLoaded({ lang, messages, charts })
    })
    return () => {
      alive = false
    }
  }, [lang, catalogue])

  // Until a language's messages and chart strings arrive, keep showing the previous language
  // consistently.
  const locale = useMemo(
    () => ({
      lang: loaded.lang,
      locale: LOCALES[loaded.lang],
      t: translatorFor(loaded.messages, catalogue.fallback),
      charts: loaded.charts,
    }),
    [loaded, catalogue],
  )

  return (
    <QueryClientProvider client={queryClient}>
      <ApiBaseContext.Provider value={apiBase}>
        <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>
      </ApiBaseContext.Provider>
    </QueryClientProvider>
  )
}
