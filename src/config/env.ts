/**
 * Build-time configuration, parsed once. `VITE_API_BASE_URL` unset means mock mode: MSW answers
 * at `/api` in the browser. Set, the dashboard talks to that live API and ships no MSW code.
 */

export interface AppConfig {
  /** Base URL of API v1's parent, without a trailing slash, e.g. `/api` or `http://127.0.0.1:8787/api`. */
  apiBaseUrl: string
  /** True when the in-browser MSW mock serves the API. */
  mock: boolean
}

/** Parses the Vite env into {@link AppConfig}; an empty value counts as unset. */
export function parseConfig(env: Record<string, unknown>): AppConfig {
  // a string, trimmed, without trailing slashes; anything else counts as unset (no zod here:
  // this module is in every embed, where zod would be most of the size budget)
  const raw = env.VITE_API_BASE_URL
  const base = typeof raw === 'string' ? raw.trim().replace(/\/+$/, '') : undefined
  return base ? { apiBaseUrl: base, mock: false } : { apiBaseUrl: '/api', mock: true }
}

export const config: AppConfig = parseConfig(import.meta.env)
