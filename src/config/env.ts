/**
 * Build-time configuration, parsed once. `VITE_API_BASE_URL` unset means mock mode: MSW answers
 * at `/api` in the browser. Set, the dashboard talks to that live API and ships no MSW code.
 */
import { z } from 'zod'

const envSchema = z.object({
  VITE_API_BASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.replace(/\/+$/, '') : undefined)),
})

export interface AppConfig {
  /** Base URL of API v1's parent, without a trailing slash, e.g. `/api` or `http://127.0.0.1:8787/api`. */
  apiBaseUrl: string
  /** True when the in-browser MSW mock serves the API. */
  mock: boolean
}

/** Parses the Vite env into {@link AppConfig}; an empty value counts as unset. */
export function parseConfig(env: Record<string, unknown>): AppConfig {
  const parsed = envSchema.safeParse(env)
  const base = parsed.success ? parsed.data.VITE_API_BASE_URL : undefined
  return base ? { apiBaseUrl: base, mock: false } : { apiBaseUrl: '/api', mock: true }
}

export const config: AppConfig = parseConfig(import.meta.env)
