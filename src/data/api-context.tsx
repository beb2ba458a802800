/** Which API the data hooks talk to; the app sets it from config, tests from their mock. */
import { createContext, useContext } from 'react'

export const ApiBaseContext = createContext<string>('/api')

/** The API base URL (e.g. `/api`), without a trailing slash. */
export function useApiBase(): string {
  return useContext(ApiBaseContext)
}
