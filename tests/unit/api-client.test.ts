import { describe, expect, it, vi } from 'vitest'
import { apiUrl, ApiError, fetchJson } from '../../src/data/client'
import { holdRequestsUntil } from '../../src/data/request-gate'
import { observationsResponseSchema, seriesListResponseSchema } from '../../src/data/schemas'
import { observationsOptions, queryKeys } from '../../src/data/queries'

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': type },
  })

async function failure(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p
  } catch (e) {
    if (e instanceof ApiError) return e
    throw e
  }
  throw new Error('expected the request to fail')
}

describe('API client', () => {
  it('builds URLs from the base, skipping empty parameters', () => {
    expect(apiUrl('/api/', '/v1/series')).toBe('/api/v1/series')
    expect(
      apiUrl('http://127.0.0.1:8787/api', '/v1/x', { ageGroup: '70+', from: undefined, to: '' }),
    ).toBe('http://127.0.0.1:8787/api/v1/x?ageGroup=70%2B')
  })

  it('returns parsed data for a valid body', async () => {
    const data = await fetchJson('/api/v1/series', seriesListResponseSchema, {
      fetchImpl: async () => json({ series: [] }),
    })
    expect(data).toEqual({ series: [] })
  })

  it('classifies a body that breaks the contract as a schema error, naming the field', async () => {
    const err = await failure(
      fetchJson('/x', seriesListResponseSchema, {
        fetchImpl: async () => json({ series: [{ id: 'Not Kebab' }] }),
      }),
    )
    expect(err.kind).toBe('schema')
    expect(err.detail).toContain('series.0')
  })

  it('classifies non-JSON as a parse error', async () => {
    const err = await failure(
      fetchJson('/x', seriesListResponseSchema, { fetchImpl: async () => json('<html>oops') }),
    )
    expect(err.kind).toBe('parse')
  })

  it('keeps the problem detail of an HTTP error', async () => {
    const err = await failure(
      fetchJson('/x', seriesListResponseSchema, {
        fetchImpl: async () =>
          json(
            { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No series "nope".' },
            404,
            'application/problem+json',
          ),
      }),
    )
    expect(err).toMatchObject({ kind: 'http', status: 404, detail: 'No series "nope".' })
  })

  it('classifies a refused connection as a network error', async () => {
    const err = await failure(
      fetchJson('/x', seriesListResponseSchema, {
        fetchImpl: async () => {
          throw new TypeError('fetch failed')
        },
      }),
    )
    expect(err.kind).toBe('network')
  })

  it('gives up after the timeout', async () => {
    const never: typeof fetch = (_u, init) =>
      new Promise((_r, reject) =>
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        ),
      )
    const err = await failure(
      fetchJson('/x', seriesListResponseSchema, { fetchImpl: never, timeoutMs: 20 }),
    )
    expect(err.kind).toBe('timeout')
  })

  it('puts every input in the observations query key', () => {
    const a = observationsOptions('/api', 'x', { ageGroup: '18-29' }).queryKey
    const b = observationsOptions('/api', 'x', { ageGroup: '18-29', from: '2019' }).queryKey
    const c = observationsOptions('http://other/api', 'x', { ageGroup: '18-29' }).queryKey
    expect(a).not.toEqual(b)
    expect(a).not.toEqual(c)
    expect(queryKeys.all('/api')).toEqual(a.slice(0, 2))
  })
})

describe('request gate (mock mode renders before the mock is up)', () => {
  it('holds requests until the mock is ready, then sends them', async () => {
    let ready!: () => void
    holdRequestsUntil(new Promise<void>((r) => (ready = r)))
    const calls: string[] = []
    const pending = fetchJson('/api/v1/series', seriesListResponseSchema, {
      fetchImpl: async (url) => {
        calls.push(String(url))
        return json({ series: [] })
      },
    })
    await new Promise((r) => setTimeout(r, 20))
    expect(calls).toEqual([])
    ready()
    await expect(pending).resolves.toEqual({ series: [] })
    expect(calls).toEqual(['/api/v1/series'])
  })

  it('uses the fetch in place when the gate opens (an in-page mock swaps it in meanwhile)', async () => {
    let ready!: () => void
    holdRequestsUntil(new Promise<void>((r) => (ready = r)))
    const pending = fetchJson('/api/v1/series', seriesListResponseSchema)
    const mocked = vi.fn(async () => json({ series: [] }))
    vi.stubGlobal('fetch', mocked)
    ready()
    await expect(pending).resolves.toEqual({ series: [] })
    expect(mocked).toHaveBeenCalledTimes(1)
    vi.unstubAllGlobals()
  })

  it('a mock that never starts opens the gate after the timeout (no endless skeleton)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    holdRequestsUntil(new Promise(() => {}), 30)
    const calls: string[] = []
    await fetchJson('/api/v1/series', seriesListResponseSchema, {
      fetchImpl: async (url) => {
        calls.push(String(url))
        return json({ series: [] })
      },
    })
    expect(calls).toEqual(['/api/v1/series'])
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
    holdRequestsUntil(Promise.resolve())
  })

  it('a mock that fails to start opens the gate: the request goes out and fails visibly', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    holdRequestsUntil(Promise.reject(new Error('no service worker')))
    const err = await failure(
      fetchJson('/api/v1/series', seriesListResponseSchema, {
        fetchImpl: async () => json('<!doctype html>', 200, 'text/html'),
      }),
    )
    expect(err.kind).toBe('parse')
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
    holdRequestsUntil(Promise.resolve())
  })
})

describe('API client as a tolerant reader (contract required, extensions optional)', () => {
  const contractOnly = {
    id: 'acme-like-jp',
    title: 'Koreans who like Japan',
    sourceOrg: 'Acme Polling',
    survey: 'Acme Survey',
    question: null,
    respondents: 'KR',
    target: 'JP',
    measure: 'like',
    unit: 'percent',
    granularity: 'wave',
    ageGroups: ['all'],
    breaks: [],
    sources: [{ url: 'https://example.org/acme', title: null }],
  }
  const list = (series: unknown[]) => async () => json({ series })

  it('accepts a series with the contract fields only', async () => {
    const data = await fetchJson('/x', seriesListResponseSchema, {
      fetchImpl: list([contractOnly]),
    })
    expect(data.series[0]).toEqual(contractOnly)
  })

  it('ignores fields it does not know', async () => {
    const data = await fetchJson('/x', seriesListResponseSchema, {
      fetchImpl: list([{ ...contractOnly, colour: 'red', owner: { name: 'x' } }]),
    })
    expect(data.series[0]).toEqual(contractOnly)
  })

  it('drops a malformed extension and keeps the series', async () => {
    const data = await fetchJson('/x', seriesListResponseSchema, {
      fetchImpl: list([
        {
          ...contractOnly,
          topic: 'economy',
          notes: 'one string',
          coverage: { from: 'x' },
          i18n: { ko: { title: 42 } },
          family: 'Genron NPO',
          label: 'Acme',
          primary: false,
        },
      ]),
    })
    // the well-formed extensions stay, the malformed ones are gone
    expect(data.series[0]).toEqual({ ...contractOnly, label: 'Acme', primary: false })
  })

  it('drops a malformed observation extension and keeps the row', async () => {
    const row = {
      period: '2025',
      ageGroup: '18-29',
      value: 61,
      sampleSize: null,
      fieldwork: null,
      sourceUrl: 'https://example.org/a',
      confidence: 'high',
      estimated: false,
      note: null,
    }
    const data = await fetchJson('/x', observationsResponseSchema, {
      fetchImpl: async () =>
        json({ seriesId: 'a', observations: [{ ...row, surveySampleSize: 'about 1000' }] }),
    })
    expect(data.observations[0]).toEqual(row)
  })

  it('still refuses a response that breaks the contract, with or without extensions', async () => {
    for (const bad of [
      { ...contractOnly, respondents: 'CN' },
      { ...contractOnly, sources: undefined, topic: 'opinion' },
      { ...contractOnly, unit: 'score', topic: 'bad' },
    ]) {
      const err = await failure(
        fetchJson('/x', seriesListResponseSchema, { fetchImpl: list([bad]) }),
      )
      expect(err.kind).toBe('schema')
    }
  })
})
