/** Renders UI through the app's real providers against the MSW mock at http://localhost/api. */
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { createQueryClient, Providers } from '../../src/app/Providers'
import type { Lang } from '../../src/url/state'

export const TEST_API_BASE = 'http://localhost/api'

export function renderWithProviders(ui: ReactNode, { lang = 'en' as Lang } = {}) {
  const queryClient = createQueryClient()
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  })
  return render(
    <Providers apiBase={TEST_API_BASE} lang={lang} queryClient={queryClient}>
      {ui}
    </Providers>,
  )
}
