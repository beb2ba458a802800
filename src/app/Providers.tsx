/** Query client, API base and language for everything below, with the dashboard's messages. */
import type { QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { DASHBOARD_MESSAGES } from '../i18n'
import type { Lang } from '../url/state'
import { BaseProviders } from './BaseProviders'

export { createQueryClient } from './BaseProviders'

export interface ProvidersProps {
  apiBase: string
  lang: Lang
  queryClient: QueryClient
  children: ReactNode
}

export function Providers(props: ProvidersProps) {
  return <BaseProviders {...props} catalogue={DASHBOARD_MESSAGES} />
}
