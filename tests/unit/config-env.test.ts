import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/config/env'

describe('parseConfig (src/config/env.ts)', () => {
  it('uses a set VITE_API_BASE_URL, trimmed and without trailing slashes', () => {
    expect(parseConfig({ VITE_API_BASE_URL: ' http://127.0.0.1:8787/api// ' })).toEqual({
      apiBaseUrl: 'http://127.0.0.1:8787/api',
      mock: false,
    })
    expect(parseConfig({ VITE_API_BASE_URL: '/api' })).toEqual({ apiBaseUrl: '/api', mock: false })
  })

  it('is mock mode when the value is unset, empty, only slashes or not a string', () => {
    for (const value of [undefined, '', '   ', '/', '//', 42, null, true, {}])
      expect(parseConfig({ VITE_API_BASE_URL: value })).toEqual({ apiBaseUrl: '/api', mock: true })
    expect(parseConfig({})).toEqual({ apiBaseUrl: '/api', mock: true })
  })
})
